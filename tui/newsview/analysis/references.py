"""References within one article: descriptions ("the 34-year-old actress") and pronouns, each linked to a
mention it stands for, so that the cross-article step can give it that mention's entity.

Links come from syntax, not from lists of people: an apposition ("X, the Y") and a role noun before a name
("actress Jane Roe") tie a description to a name, a later definite description with the same head noun
("a man ... the man") to the earlier one, a copular predicate ("Roe is the pilot") to its subject, a relative
pronoun to the noun its clause hangs on, a reflexive to its clause's subject; a personal pronoun, and a
description by a gendered noun ("the actress") or an organisation noun ("the company"), takes the nearest
earlier antecedent that agrees with it in number and sex, subjects first (for a possessive, its own
clause's subject first). Someone's description ("her sister") is never its owner, and stays whom the text
once set it beside ("Mary, the sister of Liz"). The only word lists are such closed classes of English nouns;
a person's sex is known only from what the article says: a gendered noun or title by the name, or a pronoun
already resolved to it.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from dataclasses import dataclass, field

from newsview.analysis.casing import title_case
from newsview.analysis.nlp import text_length
from newsview.analysis.statements.cues import PUBLISHED

MALE, FEMALE = "m", "f"
PERSONAL = {"he": MALE, "him": MALE, "his": MALE, "himself": MALE,
            "she": FEMALE, "her": FEMALE, "hers": FEMALE, "herself": FEMALE}
PLURAL = {"they", "them", "their", "theirs", "themselves"}
NEUTER = {"it", "its", "itself"}
RELATIVE = {"who", "whom", "whose", "which", "that", "where"}
REFLEXIVE = {"himself", "herself", "themselves", "itself"}
ANAPHORS = PERSONAL.keys() | PLURAL | NEUTER | RELATIVE
GENDERED = {  # closed-class English nouns and titles that say a person's sex
    MALE: {"man", "boy", "father", "son", "husband", "brother", "actor", "king", "prince", "uncle", "nephew",
           "grandfather", "boyfriend", "widower", "gentleman", "mr", "sir", "dad", "stepfather", "grandson",
           "businessman", "congressman", "chairman", "councilman", "spokesman"},
    FEMALE: {"woman", "girl", "mother", "daughter", "wife", "sister", "actress", "queen", "princess", "aunt",
             "niece", "grandmother", "girlfriend", "widow", "lady", "mrs", "ms", "miss", "mom", "mum",
             "stepmother", "granddaughter", "waitress", "hostess", "heiress", "businesswoman", "congresswoman"},
}
ORGANISATION = {"company", "firm", "corporation", "group", "team", "club", "agency", "organisation", "organization",
                "maker", "manufacturer", "carrier", "airline", "retailer", "chain", "network", "giant", "bank",
                "ministry", "department", "government", "party", "union", "league", "university", "school",
                "magazine", "newspaper", "tabloid", "broadcaster", "publication", "website"}
PLACE_NOUNS = {  # closed-class English nouns for a place, all a place's name is said to be
    "city", "town", "village", "hamlet", "country", "nation", "state", "capital", "island", "region", "province",
    "county", "area", "district", "neighborhood", "neighbourhood", "territory", "kingdom", "republic", "continent",
    "port", "suburb", "borough", "community", "municipality", "peninsula", "mountain", "peak", "river", "lake",
    "sea", "ocean", "gulf", "bay", "coast", "valley", "desert", "emirate", "enclave", "hometown", "resort",
    "metropolis", "archipelago", "strait", "channel", "canal", "volcano", "summit", "range", "prefecture",
    "governorate", "commonwealth", "colony", "outpost", "spot", "site", "place", "home", "birthplace", "seat"}
# Nouns for what a story's named people are, which it calls them by once named ("the four-term congressman", "the
# RNC chairman"): public offices and callings, not the nameless many ("the official", "the spokesman", "the officer")
PERSON_ROLES = {"congressman", "congresswoman", "senator", "lawmaker", "legislator", "governor", "mayor", "chairman",
                "chairwoman", "candidate", "nominee", "incumbent", "challenger", "president", "minister", "premier",
                "chancellor", "ambassador", "envoy", "businessman", "businesswoman", "billionaire", "tycoon", "mogul",
                "entrepreneur", "founder", "singer", "rapper", "actor", "actress", "star", "comedian", "musician",
                "director", "author", "novelist", "coach", "quarterback", "pitcher", "striker", "champion"}
INSTITUTIONS = {"committee", "commission", "council", "board", "court", "panel", "bureau", "foundation",  # words of
                "association", "coalition", "institute", "church", "hospital", "college", "tribunal"}  # a body's name
NAMED_BY = {"department", "ministry", "party", "government"}  # words of the name of the body they stand for
# nouns no person is: "People magazine, Jo Roe" and "sent Roe, R-Wis., a letter" are a parse's slips
IMPERSONAL = ORGANISATION | INSTITUTIONS | PLACE_NOUNS | PUBLISHED
# the last words of a group's name that say which kind of body it is: "the company" is no "Roe family" nor "Senate"
BODIES = {"family", "clan", "administration", "campaign", "cabinet", "camp", "team", "party", "senate", "house",
          "assembly", "parliament", "congress", "legislature"}
GENDER_OF = {word: sex for sex, words in GENDERED.items() for word in words}
SEXED_NOUNS = set(GENDER_OF) - {"king", "queen", "prince", "princess", "mr", "mrs", "ms", "miss", "sir", "lady"}
ARGUMENT = {"nsubj", "nsubjpass", "dobj", "pobj", "appos", "attr", "poss", "conj", "dative", "oprd", "agent",
            "npadvmod", "ROOT"}
EVERY = {"every", "each", "no", "any", "either", "neither"}  # determiners of a noun that is no one in particular
QUANTIFIERS = {"none", "all", "some", "any", "each", "both", "either", "neither", "one", "ones", "most", "many",
               "few", "several", "others", "another", "nothing", "something", "anything", "everything"}
# a measure of what its "of" phrase names ("a number of agencies", "part of the deal"): it describes no one
MEASURES = {"number", "lot", "lots", "couple", "handful", "total", "rest", "series", "kind", "sort", "type", "part",
            "portion", "spate", "string", "bunch", "variety", "raft", "plenty", "dozens", "hundreds", "thousands",
            "millions", "half", "majority", "minority"}
OFFICES = {"president", "minister", "secretary", "general", "governor", "mayor", "ambassador", "senator", "envoy",
           "premier", "chancellor", "prosecutor", "king", "queen", "prince", "princess", "consul"}  # a land's offices
PARTIES = {"republican", "democrat", "democratic", "gop", "tory", "labour", "conservative", "liberal",
           "libertarian", "socialist"}  # adjectives a politician's name may be run into
SEATS = {"president": "president", "senator": "senator", "sen": "senator", "representative": "representative",
         "rep": "representative", "congressman": "representative", "congresswoman": "representative",
         "governor": "governor", "gov": "governor", "mayor": "mayor"}  # elected offices, one held at a time
TITLE_DOMINANCE = 3  # how many times as often as any other one bearer of a title is named, for "the <title>" to be them
PAST = {"former", "ex", "late"}
RANKS = {"vice", "deputy", "assistant", "associate", "lieutenant", "under", "sub", "co"} | PAST
# "vice president" and "former president" are other offices than "president"
ROLE_PART = "ROLE_PART"  # the label of a land taken into the office it modifies (see _Linker._take_in_place)
DEFINITE = {"the", "this", "that", "these", "those"}
NOMINAL, PRONOUN = "NOMINAL", "PRONOUN"
TITLE_BEFORE = re.compile(r"(\w+)(\.?),?[^\S\n]+$")  # the word right before a name on its line, its point, comma
ABBREVIATED = {"mr", "mrs", "ms"}  # gendered titles written with a point: any other word's ends a sentence
WINDOW = 3  # sentences back that a pronoun looks for its antecedent
THINGS = ("ORG", "FAC", "PRODUCT", "EVENT", "PROPN", NOMINAL)  # what "it" may stand for
PLACES_AND_THINGS = ("ORG", "FAC", "PRODUCT", "EVENT", "GPE", "LOC", "WORK_OF_ART", "LAW")  # never a "who"


@dataclass
class Ref:
    """One mention, named or not, as the linking sees it."""

    row: int  # index in the article's mention list
    token: object  # its head token
    sent: int  # sentence number
    label: str  # spaCy label of a name, else NOMINAL / PRONOUN
    person: bool
    plural: bool
    gender: list = field(default_factory=lambda: [None])  # shared by the mentions of one name in the article


def references_of(text: str, pieces: list, mentions: list[list],
                  quotes: list[tuple[int, int]]) -> tuple[list[list], dict[tuple[int, int], str]]:
    """[start, end, NOMINAL|PRONOUN, text, linked row or None, said, owned, owner row or None] for each
    description and pronoun; a linked row is an index into `mentions` followed by these rows; `said` tells a link
    the text states (an apposition, a role noun) from one inferred; `owned`, a description that is someone's
    ("his father", "a Roe spokesman"), which is neither its owner nor whoever else is of its sex; the owner row,
    the mention of whose it is ("her" of "her sister", "Liz" of "the sister of Liz"), which it never stands for.
    Also (start, end) of each person's mention -> its sex, as the article states it (see `stated_sexes`).
    `quotes` are the article's quoted spans (see quotes.quoted_spans)."""
    rows: list[list] = []
    sexes = stated_sexes(text, mentions)
    quoted = _Quoted(quotes)
    for off, doc in pieces:
        rows.extend(_Linker(text, off, doc, mentions, len(mentions) + len(rows), sexes, quoted).run())
    return rows, sexes


def reference_row(start: int, end: int, kind: str, text: str, owned: bool = False, owner: int | None = None) -> list:
    """A description's or pronoun's row, linked to nothing yet (see `references_of`)."""
    return [start, end, kind, text, None, False, owned, owner]


def stated_sexes(text: str, mentions: list[list]) -> dict[tuple[int, int], str]:
    """(start, end) of each person's mention -> the sex the article states for it: by a title or gendered noun
    right before it (see `titled_sexes`), else for a full name the one stated by another mention of it ("Bill
    Clinton" is not "his wife Hillary Clinton"), for a bare surname the one all the full names it ends are
    stated to be ("his wife, Ann Lazar" tells nothing of "Lazar" where the article names Marcel Lazar too). A
    name stated of both sexes tells neither."""
    people = [m for m in mentions if m[2] == "PERSON" and len(m) == 4]
    titled = titled_sexes(text, people)
    by_name: dict[str, str | None] = {m[3]: "" for m in people if " " in m[3]}  # "": none stated; None: both
    for m in people:
        if said := titled.get((m[0], m[1])):
            by_name[m[3]] = said if by_name.get(m[3], "") in ("", said) else None
    out = {}
    for m in people:
        if sex := titled.get((m[0], m[1])) or _sex_of_name(m[3], by_name):
            out[m[0], m[1]] = sex
    return out


def titled_sexes(text: str, mentions: list[list]) -> dict[tuple[int, int], str]:
    """(start, end) of each person's name -> the sex a title or gendered noun right before it says ("Mrs. Roe",
    "actress Jane Roe", "the first lady, Jane Roe"); not a state's "Miss." ("Jackson, Miss. Jo Roe")."""
    out = {}
    for start, end, label, *rest in mentions:
        if label == "PERSON" and len(rest) == 1 and (before := TITLE_BEFORE.search(text[max(0, start - 20):start])):
            word = before.group(1).lower()
            if (sex := GENDER_OF.get(word)) and (not before.group(2) or word in ABBREVIATED):  # not "killed his
                # sister. John Roe ...", nor a state's "Miss."
                out[start, end] = sex
    return out


def _sex_of_name(name: str, by_name: dict[str, str | None]) -> str | None:
    if name in by_name or " " in name:
        return by_name.get(name) or None
    said = {sex for known, sex in by_name.items() if " " in known and known.split()[-1] == name}
    return (said.pop() or None) if len(said) == 1 else None


def common_nouns(doc) -> set[str]:
    """The words a text writes in lower case as common nouns, and the nouns that say a person's sex and are no
    title ("man", "mother"): the same word in capitals ("A MAN was charged") or in a headline's title case is
    one too."""
    from spacy.symbols import NOUN  # loaded by now; read as arrays, as a Doc makes its Tokens anew

    pos, orth, lower = doc.to_array(["POS", "ORTH", "LOWER"]).T
    nouns = set(lower[(pos == NOUN) & (orth == lower)].tolist())
    return {word for word in map(doc.vocab.strings.__getitem__, nouns) if word.islower()} | SEXED_NOUNS


class _Linker:
    def __init__(self, text: str, off: int, doc, mentions: list[list], first: int, sexes: dict, quoted: "_Quoted"):
        self.text, self.off, self.doc, self.first, self.mentions = text, off, doc, first, mentions
        self.quoted = quoted
        starts = doc.to_array("SENT_START")  # arrays, not Token objects: this runs on every article
        starts[:1] = 1
        self.sent_of = ((starts == 1).cumsum() - 1).tolist()  # token index -> sentence number
        self.headlines = {k for k, sent in enumerate(doc.sents)  # as the article writes them (see nlp.parse)
                          if title_case(text[off + sent.start_char:off + sent.end_char])}
        self.named_tokens = {i for ent in doc.ents for i in range(ent.start, ent.end)}
        self.by_token: dict[int, Ref] = {}  # head token index -> ref
        self.names: list[Ref] = []
        self.shared_titles: set[str] = set()  # titles several named people bear here ("Governor Roe", "Governor Lee")
        self.holders: dict[str, dict[int, Ref]] = {}  # seat -> the people their titles say hold it, by sex cell
        self.seated: dict[str, Ref] = {}  # seat -> the one holder "the <seat>" stands for (see _bearer)
        self.relatives: dict[tuple[int, str], Ref] = {}  # (owner's sex cell, noun) -> who it is (see _relative)
        genders: dict[str, list] = {}
        surnames = {m[3].split()[-1] for m in mentions if m[2] == "PERSON"}
        person_of = _people_of(mentions)
        end = off + text_length(doc)
        for row, m in enumerate(mentions):
            if not (off <= m[0] and m[1] <= end) or len(m) > 4:
                continue
            span = doc.char_span(m[0] - off, m[1] - off, alignment_mode="expand")
            if span is None or not len(span):
                continue
            head = span.root
            person = m[2] == "PERSON" or m[3].split()[-1] in surnames  # the tagger is not consistent
            gender = genders.setdefault(person_of(m[3]), [None]) if person else [None]
            if person and not gender[0]:
                gender[0] = sexes.get((m[0], m[1]))  # as stated by the name ("Mrs. Roe")
            ref = Ref(row, head, self.sent_of[head.i], m[2], person, m[2] in ("NORP",), gender)
            self.names.append(ref)
            for tok in span:
                self.by_token.setdefault(tok.i, ref)
        self.lower = common_nouns(doc)
        self.rows: list[list] = []
        self.last_nominal: dict[tuple, Ref] = {}  # (office, plural) -> the latest description by it (see _office)

    def run(self) -> list[list]:
        roles = self._roles()
        candidates: list[Ref] = sorted(self.names, key=lambda r: r.token.i)
        seen: list[Ref] = []  # antecedents so far, in text order
        headlined: list[tuple[Ref, str]] = []  # a headline's descriptions left unlinked, with their offices
        said_first: dict[str, Ref] = {}  # office -> the running text's first description by that noun
        from spacy.symbols import ADV, DET, NOUN, PRON, PROPN, SCONJ  # loaded by now; tags compared as numbers

        wanted = (NOUN, PROPN, PRON, DET, ADV, SCONJ)  # nouns, pronouns, and the words that open a relative clause
        k = 0
        referring = self._referring(wanted, (NOUN, PROPN))
        heads = set(referring)
        for i in referring:
            if i in self.by_token or (end := _word_end(self.doc, i)) != i and end in heads:
                continue  # a name's, or the first part of a hyphenated noun ("e-mail"), which its last part heads
            tok = self.doc[i]
            while k < len(candidates) and candidates[k].token.i < tok.i:
                seen.append(candidates[k])
                k += 1
            low = tok.lower_
            if _pronoun(tok):
                ref = self._add(tok, [tok], PRONOUN, person=low in PERSONAL or low in ("who", "whom"),
                                plural=low in PLURAL)
                ref.gender = [PERSONAL.get(low)]
                link, said = self._pronoun(tok, ref, seen), False
            elif tok.dep_ in ARGUMENT and (not tok.ent_type_ or tok.text.isupper()) and self._described(tok):
                office, owner = _office(tok), self._owner(tok)
                ref = self._add(tok, self._phrase(tok), NOMINAL,
                                person=office in GENDER_OF or office in roles or office in PERSON_ROLES,
                                plural=tok.tag_ in ("NNS", "NNPS"), owned=self._owned(tok), owner=owner)
                ref.gender = [GENDER_OF.get(office)]
                link, said = self._nominal(tok, ref, seen, roles)
                if owner is not None:
                    link, said = self._relative(tok, owner, office, link, said)
                said = said and self._common(tok)
                self.last_nominal[(office, ref.plural)] = ref
                if self.sent_of[tok.i] in self.headlines:
                    headlined += [(ref, office)] if link is None and not ref.plural else []
                elif not ref.plural:
                    said_first.setdefault(office, ref)
            else:
                continue
            if link is not None:
                self.rows[-1][4:6] = [link.row, said]
                _same_referent(ref, link)
            seen.append(ref)
        for ref, office in headlined:
            self._headline_link(ref, roles.get(office) or said_first.get(office))
        for ref in seen:
            if ref.label == NOMINAL and not ref.plural and ref.token.lemma_.lower() in OFFICES:
                self._take_in_place(ref)
        return self.rows

    def _referring(self, wanted: tuple, nouns: tuple) -> list[int]:
        """Indices of the tokens that may refer, found over arrays so that no other Token is made: a pronoun
        (or a word spelt as one), a noun in an argument's place, among the `wanted` parts of speech."""
        import numpy  # loaded with spaCy by now

        number = self.doc.vocab.strings.__getitem__  # a word's or label's id, as the arrays give it
        pos, lower, dep = self.doc.to_array(["POS", "LOWER", "DEP"]).T
        anaphor = numpy.isin(lower, list(map(number, ANAPHORS)))
        argument = numpy.isin(dep, list(map(number, ARGUMENT))) & numpy.isin(pos, nouns)
        return numpy.flatnonzero(numpy.isin(pos, wanted) & (anaphor | argument)).tolist()

    def _take_in_place(self, ref: Ref) -> None:
        """A land whose office a description names ("the U.S. surgeon general", "the French foreign minister",
        "Iran's president") is part of the one mention of the office's holder: the phrase names a person, and
        the land keeps no mention of its own there. A place by any other noun ("a Perth man", "a Paris store")
        is the place, and so is a group ("the company's president")."""
        row = self.rows[ref.row - self.first]
        first = self.doc.char_span(row[0] - self.off, row[1] - self.off, alignment_mode="expand")
        if first is None or first.start == 0:
            return
        before = self.doc[first.start - 1]
        if before.text in ("'s", "’s") and before.i > 0:
            before = self.doc[before.i - 1]
        place = self.by_token.get(before.i)
        if place is None or place.label not in ("GPE", "NORP", "LOC") \
                or place.token.dep_ not in ("compound", "amod", "nmod", "poss") \
                or not first.start <= place.token.head.i <= ref.token.i:
            return
        name = self.mentions[place.row]
        row[0], row[3] = name[0], self.text[name[0]:row[1]]
        name[2] = ROLE_PART

    def _headline_link(self, ref: Ref, target: Ref | None) -> None:
        """A headline's bare noun ("Teen Shot By Police", "Climber Dies") stands for whom the running text
        below calls so: the person it gives that role ("teen Jo Roe"), else its first description by that noun
        ("the teen"), which links on in its turn."""
        if target is not None and target.token.i > ref.token.i:
            self.rows[ref.row - self.first][4:6] = [target.row, False]

    def _add(self, head, tokens, kind: str, person: bool, plural: bool, owned: bool = False,
             owner: Ref | None = None) -> Ref:
        start, end = self.off + tokens[0].idx, self.off + tokens[-1].idx + len(tokens[-1].text)
        ref = Ref(self.first + len(self.rows), head, self.sent_of[head.i], kind, person, plural)
        self.rows.append(reference_row(start, end, kind, self.text[start:end], owned,
                                       owner.row if owner is not None else None))
        self.by_token[head.i] = ref
        return ref

    def _owned(self, tok) -> bool:
        """A description with a possessor ("his father") or a person's name before it ("a Roe spokesman")."""
        return any(c.dep_ == "poss" or c.dep_ == "compound" and c.i in self.by_token and self.by_token[c.i].person
                   for c in tok.children)

    def _described(self, tok) -> bool:
        """A common noun as written, or one in capitals or a headline's title case that the article writes in
        lower case elsewhere ("A MAN was charged", "Teen Shot By Police"); a capital inside a sentence
        otherwise marks a name the tagger took for a noun. Never a dash the tagger took for a noun, nor a
        quantifier ("none more so") or a quantified noun ("no senior official", "every candidate"): they count
        people, they do not describe one. Nor a measure of what its "of" phrase names ("a number of agencies")."""
        if tok.is_punct or tok.lower_ in QUANTIFIERS:
            return False
        if tok.lower_ in MEASURES and any(c.dep_ == "prep" and c.lower_ == "of" for c in tok.children):
            return False
        if any(c.dep_ == "det" and c.lower_ in EVERY for c in tok.children):
            return False
        if tok.i > 1 and tok.nbor(-1).text == "-" and tok.nbor(-2).lower_ == "non":
            return False  # "the only non-lawyer on the panel" says what he is not
        if tok.pos_ == "NOUN" and self._common(tok):
            return True
        return tok.pos_ in ("NOUN", "PROPN") and tok.lower_ in self.lower

    def _common(self, tok) -> bool:
        """A common noun as written: a capital inside a sentence marks a name the tagger took for a noun. Not
        one in a headline: its parse is too loose to say what a noun there stands for."""
        return self.sent_of[tok.i] not in self.headlines and (tok.is_sent_start or not tok.text[:1].isupper())

    def _phrase(self, tok) -> list:
        """First and last token of the noun, all of a hyphenated one ("an e-mail"), with its modifiers before
        it, less a possessor ("the tall actress", not "her") and anything up to a name or value among them,
        and the rest of a word joined to that name ("the 1950s pin-up", "the Atlanta-based company")."""
        doc, first = tok.doc, _word_start(tok.doc, tok.i)
        left = [c for j in range(first, tok.i + 1) for c in doc[j].lefts
                if c.i < first and c.dep_ not in ("poss", "case", "punct", "cc", "preconj")]
        start = min((c.left_edge.i for c in left), default=first)
        start = max([start] + [j + 1 for j in range(start, tok.i) if j in self.named_tokens])
        while start < tok.i and (doc[start].is_punct or hyphen_joined(doc, start)):
            start += 1
        return [doc[start], tok]

    def _roles(self) -> dict[str, Ref]:
        """Nouns the article uses for a named person: "actress Jane Roe", "Jane Roe, the actress", and a title
        it also writes as a common noun, borne by that one person ("President Ann Roe ... the president")."""
        roles: dict[str, Ref] = {}
        titled: dict[str, dict[int, Ref]] = {}  # title -> the people bearing it, by their shared sex cell
        for name in self.names:
            if not name.person:
                continue
            for child in self._name_children(name.token):
                if child.pos_ == "NOUN" and (child.dep_ in ("compound", "nmod") or _apposed(child)) \
                        and not child.ent_type_ and child.text.islower() and child.lemma_.lower() not in IMPERSONAL:
                    roles.setdefault(_office(child), name)
                    _learn_sex(name, GENDER_OF.get(child.lemma_.lower()))
                elif child.dep_ == "compound" and child.i < name.token.i and child.text[:1].isupper():
                    if seat := _seat(_office(child, child.lower_.rstrip("."))):
                        self.holders.setdefault(seat, {}).setdefault(id(name.gender), name)
                    if child.lower_ in self.lower:
                        titled.setdefault(_office(child, child.lower_), {}).setdefault(id(name.gender), name)
            head = name.token.head
            if _apposed(name.token) and head.pos_ == "NOUN" and head.text.islower() \
                    and head.lemma_.lower() not in IMPERSONAL and not _bare_office(head, set_off=True):  # not a
                # headline's "Poll: Roe Burns Lee"
                roles.setdefault(_office(head), name)
        for title, people in titled.items():
            people = {**people, **self.holders.get(_seat(title), {})}  # "Governor Roe" and "Gov. Lee" hold one seat
            if (bearer := self._bearer(list(people.values()))) is not None:
                roles.setdefault(title, bearer)
            else:
                self.shared_titles.add(title)
        for seat, people in self.holders.items():
            if (bearer := self._bearer(list(people.values()))) is not None:
                self.seated[seat] = bearer
        return roles

    def _name_children(self, tok):
        """The words hung on a name's head, or on a word of the name before it: the parse may hang a title on the
        first name ("Gov." on "Ada" in "Gov. Ada Hollis")."""
        for child in tok.children:
            yield child
            if child.dep_ == "compound" and child.i < tok.i and child.i in self.named_tokens:
                yield from child.children

    def _bearer(self, people: list[Ref]) -> Ref | None:
        """The one of the people bearing a title whom "the <title>" stands for: the only one, or the one the
        article names far more often than any other ("President Trump" through a story that names "President
        Obama" once)."""
        if len(people) == 1:
            return people[0]

        def surname(ref: Ref) -> str:
            return self.mentions[ref.row][3].split()[-1]

        named = Counter(surname(r) for r in self.names if r.person)
        first, second = sorted(people, key=lambda r: named[surname(r)], reverse=True)[:2]
        return first if named[surname(first)] >= TITLE_DOMINANCE * named[surname(second)] else None

    def _nominal(self, tok, ref: Ref, seen: list[Ref], roles: dict[str, Ref]) -> tuple[Ref | None, bool]:
        """The mention a description stands for, and whether the text says so (an apposition, a role noun)
        rather than it being inferred; a headline's parse is too loose to say what a noun in its title case is
        set beside ("Lohan Checks Into Clinic, Rehires Attorney")."""
        if self._common(tok) and (said := self._stated(tok)) is not None:
            if ref.plural and not said.plural:  # "reporters Ann Roe and Bo Lee": both, not Roe; "one of his
                return None, False  # companies, Lenox Healthcare": not every "companies" of the article
            if said.label in ("GPE", "LOC") and tok.lemma_.lower() not in PLACE_NOUNS:
                return None, False  # "a clinic in Malibu, California - the same facility": the clinic's
            if said.person and tok.lemma_.lower() in IMPERSONAL:
                return None, False
            return said, True
        if not self._definite(tok):
            return None, False
        office = _office(tok)
        same = self.last_nominal.get((office, ref.plural))
        if same is not None and self.sent_of[same.token.i] not in self.headlines and not _bare_office(same.token) \
                and not (ref.person and self._told_apart(tok, same.token)) and not self._owned_apart(tok, same.token):
            return same, False  # the same noun before, not in a headline nor an office run for ("for president"),
            # nor a person names tell apart ("the Vermont senator" is not "the Florida senator" before), nor
            # someone else's ("her sister" after "the sister of Jo Roe")
        if office in roles and not ref.plural:
            return roles[office], True
        seat = _seat(office)
        if seat in self.seated and not ref.plural and not self._named_by(tok):  # "the Vermont senator": which one
            return self.seated[seat], True
        if ref.plural or not any(c.dep_ == "det" and c.lower_ in ("the", "that", "this") for c in tok.children):
            return None, False  # "her mother" is someone else than the one "her" stands for
        if any(c.dep_ == "compound" and c.i in self.named_tokens
               and (office not in PERSON_ROLES or c.ent_type_ == "PERSON") for c in tok.children):
            return None, False  # "the Roe team" is Roe's, not the nearest team; "the RNC chairman" is a person
        if seat is None and tok.lemma_.lower() in OFFICES and any(c.dep_ in ("amod", "compound", "nmod") and (
                c.ent_type_ == "GPE" or c.ent_type_ == "NORP" and c.lower_ not in PARTIES) for c in tok.lefts):
            return None, False  # "the Russian ambassador" is whom the article titles so, not the nearest person
            # ("the Republican nominee" may be)
        if office in GENDER_OF or office in PERSON_ROLES and office not in self.shared_titles:  # "the actress", "the
            # senator": the nearest person they can be, unless the article names two senators
            return self._nearest_holder(tok, ref, seen, seat), False
        if office in ORGANISATION or office in INSTITUTIONS:  # "the company": the nearest organisation of its kind
            return self._nearest(tok, ref, seen, lambda _, cand: self._organisation(cand, office)), False
        return None, False

    def _nearest_holder(self, tok, ref: Ref, seen: list[Ref], seat: str | None) -> Ref | None:
        """For "the <seat>" ("the president", "the congressman"), the nearest person titled with it, else the
        nearest titled with no other seat: "Representative Jo Roe" is not "the president"."""
        if seat is None:
            return self._nearest(tok, ref, seen, self._agrees)

        def held(cand: Ref) -> set[str]:
            return {name for name, people in self.holders.items() if id(cand.gender) in people}

        return self._nearest(tok, ref, seen, lambda r, c: self._agrees(r, c) and seat in held(c)) \
            or self._nearest(tok, ref, seen, lambda r, c: self._agrees(r, c) and not held(c))

    def _named_by(self, tok) -> set[str]:
        """The names among a noun's modifiers: "Florida" of "the Florida senator"."""
        return {c.lower_ for c in tok.lefts if c.dep_ in ("compound", "amod", "nmod") and c.i in self.named_tokens}

    def _told_apart(self, tok, before) -> bool:
        """Whether names set two descriptions apart: "the Florida senator" after "the Vermont senator", not
        "the Republican candidate" after "the candidate"."""
        theirs = self._named_by(before)
        return bool(theirs) and not self._named_by(tok) <= theirs

    def _owner(self, tok) -> Ref | None:
        """Whose a description is: its possessor's ("her sister"), or that of the one after its "of" ("the
        sister of Jo Roe")."""
        for child in tok.children:
            if child.dep_ == "poss":
                return self.by_token.get(child.i)
            if child.dep_ == "prep" and child.lower_ == "of":
                owner = next((c for c in child.children if c.dep_ == "pobj"), None)
                return self.by_token.get(owner.i) if owner is not None else None
        return None

    def _relative(self, tok, owner: Ref, office: str, link: Ref | None, said: bool) -> tuple[Ref | None, bool]:
        """The link of someone's description and whether the text says it: the one the text sets it beside,
        who then stays it ("Mary, the sister of Liz ... her sister", "her" being Liz's), else the link found for
        it, never its owner ("her sister" is not the one "her" stands for, though "sister" be her role)."""
        key = (id(owner.gender), office)
        if self._stated(tok) is not None:  # as the text says, whoever the owner was taken for
            if link is not None and link.gender is not owner.gender:
                self.relatives.setdefault(key, link)
            return link, said
        if key in self.relatives:
            return self.relatives[key], False
        return (None, False) if link is not None and link.gender is owner.gender else (link, said)

    def _owned_apart(self, tok, before) -> bool:
        """Whether two descriptions are of two owners ("her sister" of Mary, "the sister of Liz" before)."""
        mine, theirs = self._owner(tok), self._owner(before)
        return mine is not None and theirs is not None and mine.gender is not theirs.gender

    def _organisation(self, ref: Ref, noun: str) -> bool:
        """A group's name that "the <noun>" may stand for: not one that says it is another kind of body ("the
        party" is no "Roe family", "the team" no "Roe campaign"), and for a word bodies are named by, one so
        named ("the committee" is the "House Ethics Committee", "the party" the "Labour Party", not the nearest
        company nor the "House")."""
        if ref.label != "ORG":
            return False
        words = self.mentions[ref.row][3].lower().split()
        if noun in INSTITUTIONS or noun in NAMED_BY:
            return noun in words
        return words[-1] not in BODIES or words[-1] == noun

    def _stated(self, tok) -> Ref | None:
        """The mention a description is set beside ("Roe, the pilot", "the pilot, Roe") or said to be ("Roe is
        the pilot"); not one a greeting addresses ("Good luck, Tara")."""
        if _apposed(tok) and tok.head.i in self.by_token:
            return self.by_token[tok.head.i]
        appos = next((c for c in tok.children if _apposed(c) and c.i in self.by_token), None)
        if appos is not None and (_vocative(tok, appos) or _bare_office(tok, set_off=True)):
            return None
        if appos is not None:
            return self.by_token[appos.i]
        if (name := self._set_beside(tok)) is not None:
            return name
        if tok.dep_ == "attr" and tok.head.lemma_ == "be":
            subject = next((c for c in tok.head.children if c.dep_ == "nsubj" and c.i in self.by_token), None)
            return self.by_token[subject.i] if subject is not None else None
        return None

    def _set_beside(self, tok) -> Ref | None:
        """A name set off by commas right after a description, which the parse took for an adverb of their verb
        ("shot the teenager, Kimani Gray, just before midnight"): an apposition all the same; not one that goes on
        ("surrounded the building, Const. Fanning said")."""
        doc, at = tok.doc, tok.i + 2
        name = self.by_token.get(at) if at < len(doc) and doc[tok.i + 1].text == "," else None
        if name is None or name.token.dep_ != "npadvmod" or name.token.head.i != tok.head.i:
            return None
        while at < len(doc) and self.by_token.get(at) is name:
            at += 1
        return name if at < len(doc) and doc[at].text in (",", ";") else None

    @staticmethod
    def _definite(tok) -> bool:
        return any(c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ in DEFINITE) for c in tok.children)

    def _pronoun(self, tok, ref: Ref, seen: list[Ref]) -> Ref | None:
        low = tok.lower_
        if low in RELATIVE:
            noun = tok.head.head if tok.head.dep_ == "relcl" else None
            target = self.by_token.get(noun.i) if noun is not None else None
            if low in ("who", "whom") and target is not None and _named_thing(target):
                return self._apposed_person(target)  # "Roe, the former FBI second-in-command who": Roe
            return None if low == "which" and target is not None and target.person else target  # a parse slip
        if low in REFLEXIVE:
            subject = next((c for c in tok.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            return self.by_token.get(subject.i) if subject is not None else None
        return self._nearest(tok, ref, seen, self._agrees)

    def _apposed_person(self, ref: Ref) -> Ref | None:
        """The person a mention stands in apposition to, if any."""
        head = ref.token.head if _apposed(ref.token) else None
        person = self.by_token.get(head.i) if head is not None else None
        return person if person is not None and person.person else None

    def _nearest(self, tok, ref: Ref, seen: list[Ref], agrees) -> Ref | None:
        """The nearest earlier mention that `agrees`, within WINDOW sentences, the current and the last
        sentence first: there one known to be of the reference's sex first, then a subject; never the subject
        of the clause the reference is an object in ("Roe saw her" is not Roe), nor for a subject one named
        inside a quote just closed (in "“Roe was great,” he said" he is the speaker, not Roe). A possessive's
        own clause's subject counts as known ("Roe revealed her position" is Roe's, of whatever sex)."""
        subjects = [self.by_token.get(c.i) for c in tok.head.children if c.dep_ in ("nsubj", "nsubjpass")]
        bound = {id(r.gender) for r in subjects if r is not None} if tok.dep_ != "poss" else set()
        owner = self._clause_subject(tok) if tok.dep_ == "poss" else None
        best, best_rank = None, None
        for cand in reversed(seen):
            distance = ref.sent - cand.sent
            if distance > WINDOW:
                break
            if not agrees(ref, cand) or id(cand.gender) in bound:  # the subject, under any of its names
                continue
            if tok.dep_ == "nsubj" and self._quoted_before(cand.token, tok):
                continue
            known = ref.gender[0] is not None and cand.gender[0] == ref.gender[0] \
                or owner is not None and cand.gender is owner.gender
            rank = (distance > 1, not known, cand.token.dep_ not in ("nsubj", "nsubjpass"), distance)
            if best_rank is None or rank < best_rank:
                best, best_rank = cand, rank
        return best

    def _clause_subject(self, tok) -> Ref | None:
        """The person whose name or personal pronoun is the subject of the clause a word sits in, written before
        it, where the clause has no other person as object ("Roe removed Lee from his post")."""
        verb = tok.head
        while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
            verb = verb.head
        subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < tok.i), None)
        owner = self.by_token.get(subject.i) if subject is not None else None
        if owner is None or not owner.person or owner.token.lower_ in RELATIVE or any(
                c.dep_ in ("dobj", "dative") and (obj := self.by_token.get(c.i)) is not None and obj.person
                for c in verb.children):
            return None
        return owner

    def _quoted_before(self, cand, tok) -> bool:
        """Whether `cand` lies inside a quote that closes before `tok`, in `tok`'s sentence."""
        return self.sent_of[cand.i] == self.sent_of[tok.i] \
            and self.quoted.closed_before(self.off + cand.idx, self.off + tok.idx)

    @staticmethod
    def _agrees(ref: Ref, cand: Ref) -> bool:
        if ref.label == PRONOUN and ref.token.lower_ in NEUTER:
            return not cand.person and not cand.plural and cand.label in THINGS
        if ref.plural:
            return cand.plural or cand.label in ("ORG", "NORP", "PROPN")
        if cand.plural or not cand.person:
            return False
        mine, theirs = ref.gender[0], cand.gender[0]
        return mine is None or theirs is None or mine == theirs


class _Quoted:
    """An article's quoted spans, to ask by bisection which one a character lies in."""

    def __init__(self, quotes: list[tuple[int, int]]):
        self.quotes = quotes  # in text order, apart from each other
        self.starts = [start for start, _ in quotes]

    def closed_before(self, at: int, before: int) -> bool:
        """Whether the character at `at` lies inside a quote that ends before `before`."""
        k = bisect_right(self.starts, at) - 1
        return k >= 0 and at < self.quotes[k][1] <= before


def _people_of(mentions: list[list]):
    """A function from a person's name as written to the person it names in the article, whose mentions share
    one sex: a full name itself, titles aside ("Mrs. Jane Roe" is "Jane Roe"), a lone surname the one full name
    it ends ("Roe"), or itself where it ends several ("Bill Clinton", "Hillary Clinton")."""
    def full(name: str) -> str:
        words = name.split()
        while len(words) > 1 and (words[0].endswith(".") or words[0].lower() in GENDER_OF):
            words.pop(0)
        return " ".join(words)

    ending: dict[str, set[str]] = {}
    for m in mentions:
        if len(m) == 4 and " " in (name := full(m[3])):
            ending.setdefault(name.split()[-1], set()).add(name)

    def person_of(name: str) -> str:
        name = full(name)
        known = ending.get(name, ())
        return next(iter(known)) if len(known) == 1 else name

    return person_of


def _same_referent(ref: Ref, link: Ref) -> None:
    """A reference is what it stands for: a pronoun's sex holds for the name it stands for, and the name's sex
    and personhood for the reference ("who" of a woman is "she" to what follows, never "he"; "a social
    drinker" said of her is no "it")."""
    _learn_sex(link, ref.gender[0])
    if ref.gender[0] in (None, link.gender[0]):
        ref.gender = link.gender
    ref.person = ref.person or (link.person and not link.plural)


def _learn_sex(ref: Ref, sex: str | None) -> None:
    if sex and not ref.gender[0]:
        ref.gender[0] = sex


def _vocative(tok, name) -> bool:
    """A verbless sentence of a bare noun and a name after it that ends it: a greeting to the one named ("Good
    luck, Tara.", "Thanks, Jane!"), which says nothing of what they are."""
    return tok.dep_ == "ROOT" and not any(c.dep_ in ("det", "poss") for c in tok.children) \
        and name.i > tok.i and all(t.is_punct or t.is_space for t in tok.doc[name.right_edge.i + 1:tok.sent.end])


def _apposed(tok) -> bool:
    """An apposition proper ("X, the Y"): set right beside its head and what modifies it, not a note in brackets
    ("X (knee)"), nor what a colon opens ("the shooting: an armed teenager killed", "Published: May 2", "Kraft
    Shooting: Yvonne Hiller Charged"), nor a parse's slip over a verb ("Roe had said Lee -- the first to go" is no
    "Roe, the first")."""
    if tok.dep_ != "appos" or tok.left_edge.i > 0 and tok.doc[tok.left_edge.i - 1].text in "([":
        return False
    head = tok.head
    between = tok.doc[head.i + 1:tok.left_edge.i] if head.i < tok.i else tok.doc[tok.right_edge.i + 1:head.i]
    return all(t.text != ":" and (t.is_punct or head.is_ancestor(t)) for t in between)


def _named_thing(ref: Ref) -> bool:
    """A name of a place or thing, not of a person nor of a team written as a plural ("the Colts, who")."""
    return ref.label in PLACES_AND_THINGS and not ref.person and not ref.token.text.endswith("s")


def hyphen_joined(doc, i: int) -> bool:
    """Token i goes on a hyphenated word ("mail" in "e-mail", "fil" in "Chick-fil-A"): the tokenizer splits one at
    its hyphens."""
    return i > 1 and doc[i - 1].text == "-" and not doc[i - 1].whitespace_ and not doc[i - 2].whitespace_


def _word_start(doc, i: int) -> int:
    while hyphen_joined(doc, i):
        i -= 2
    return i


def _word_end(doc, i: int) -> int:
    while i + 2 < len(doc) and hyphen_joined(doc, i + 2):
        i += 2
    return i


def _hyphened(tok) -> bool:
    return hyphen_joined(tok.doc, tok.i) or _word_end(tok.doc, tok.i) != tok.i


def _pronoun(tok) -> bool:
    """A personal pronoun, or one that opens a relative clause ("the ship that sank", "the town where"); not
    a part of a hyphenated word ("the Fix-It tool")."""
    low = tok.lower_
    if low not in ANAPHORS or _hyphened(tok):
        return False
    if low in PERSONAL or low in PLURAL:
        return tok.pos_ == "PRON"
    if low in NEUTER:  # not the "it" of "it is likely that", "it rained"
        empty = tok.dep_ == "expl" or (tok.dep_ == "nsubj" and tok.head.lemma_ in ("be", "seem"))
        return tok.pos_ == "PRON" and not empty
    return low in RELATIVE and tok.head.dep_ == "relcl" and tok.i < tok.head.i


def _office(tok, word: str | None = None) -> str:
    """What a noun says someone is, with the rank that makes it another office: "vice president" for "the
    vice president" and "Vice President Mike Pence", so that neither stands for "the president", nor does
    "former President Bill Clinton"."""
    ranks = [c.lower_ for c in tok.lefts if c.dep_ in ("compound", "amod") and c.lower_ in RANKS]
    return " ".join(ranks + [word or tok.lemma_.lower()])


def _seat(office: str) -> str | None:
    """The elected office an office's words name, its rank kept ("vice president"), whatever the spelling:
    "Sen." and "the senator", "Rep." and "the congressman" are one seat."""
    *ranks, word = office.split()
    return " ".join(ranks + [SEATS[word]]) if word in SEATS else None


def _bare_office(tok, set_off: bool = False) -> bool:
    """A singular noun with no article or possessor after a preposition ("running for president"): the office,
    not who holds it; `set_off`, and a comma after it, whatever name follows ("his opponent for president,
    Hillary Clinton"), unlike a role before a name ("leading to prison escapee Jo Roe")."""
    bare = tok.dep_ == "pobj" and tok.tag_ == "NN" and not any(c.dep_ in ("det", "poss") for c in tok.children)
    return bare and (not set_off or tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].text == ",")
