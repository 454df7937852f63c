"""One article's analysis, before anything is compared: mentions, fact units, statements.

The result is plain JSON-able data so it can be cached by content hash; the
cross-article steps (entities, matches, the fact diff) run on it afterwards.
"""

from __future__ import annotations

import re
from collections import Counter

from newsview.analysis.casing import in_lines, opens_sentence, title_case
from newsview.analysis.entities import team_name
from newsview.analysis.figures import SCALES, WORDS as NUMBER_WORDS
from newsview.analysis.names import TITLES
from newsview.analysis.model import NAMED_TYPES, TITLE_TYPES, VALUE_TYPES
from newsview.analysis.nlp import text_length
from newsview.analysis.quotes import quoted_spans
from newsview.analysis.references import (OFFICES, ORGANISATION, PARTIES, common_nouns, hyphen_joined,
                                          references_of, titled_sexes)
from newsview.analysis.statements.cues import SAYING
from newsview.analysis.statements.extractor import Extractor
from newsview.corpus.datelines import DATELINE

CANDIDATE_TYPES = NAMED_TYPES + ("PRODUCT",)
LEADING = re.compile(r"^(?:the|The|THE|a|an)\s+|^[-–―]+\s*")  # an article, or a dash that opens a line
OWN_ARTICLE = re.compile(r"(?:the|The|THE)\s+[A-Z]")  # a second name after "and" ("X and the Purple Aces")
# a possessive, a stray quote or colon and a line break the recogniser took in, however spaced ("Roe ’ s", "Roe '")
TRAILING = re.compile(r"(?:\s*(?:['’]\s?s\b|['’\"”:]))*\s*$")
# a quoted nickname between a given name and a surname: Vincent "The Chin" Gigante, Earvin 'Magic' Johnson
NICKNAME = re.compile(r"""\s*['"“‘][A-Z][\w.' -]{0,30}?['"”’]\s+[A-Z][\w'-]*[a-z][\w'-]*""")
LOCATIVE = {"in", "at", "from", "to", "near", "into", "outside", "around", "of", "across", "through", "within"}
OF_PLACE = re.compile(r"(,\s*\d{1,3}\s*,)?\s+of\s+$")  # "Jo Roe, 23, of" or "Jo Roe of": where one lives follows
RESIDENT = re.compile(r"\s+(?:resident|native)s?\b")
RECORD = re.compile(r"\s*\(\d+-\d+(?:-\d+)?\)")  # a team's wins and losses after its name: "Denver (10-2)"
RANK = re.compile(r"(?:\b[Nn]o\.\s?|#)\d+\s+$|\branked\s+$")  # "No. 3 Denver", "#3", "third-ranked Denver"
OPPONENT = {"against", "over", "by", "vs", "vs.", "versus"}  # a team is beaten by, plays against, wins over
ENTERED = {"into", "at", "to", "from", "in", "inside", "outside"}  # where one goes, or is
COMMON_TAIL = re.compile(r"(?<=[A-Za-z0-9.])(?:\s+[a-z][a-z-]*)+$")  # lower-case words after a name
CUT_SHORT = {"of", "for", "and", "the", "de"}  # a name does not end in these: "Group of" (Seven) was cut short
# titles and roles only a person bears, right before a name the tagger took for something else ("Coach Mo Cheeks",
# "Representative Jo Roe", "spokesman Jo Roe"); those also a verb or an adverb only where capitalised ("voters
# judge Congress", "in general Democrats")
PERSON_TITLES = {"mr", "mrs", "ms", "dr", "sen", "senator", "rep", "representative", "gov", "governor", "president",
                 "coach", "judge", "mayor", "secretary", "sgt", "sergeant", "capt", "captain", "lt", "lieutenant",
                 "col", "colonel", "gen", "general", "adm", "admiral", "rev", "reverend", "sir", "dame", "actor",
                 "actress", "singer", "sheriff", "congressman", "congresswoman", "councilman", "councilwoman",
                 "commissioner", "pastor", "bishop", "chairman", "chairwoman", "spokesman", "spokeswoman",
                 "spokesperson", "host", "anchor", "aide", "adviser", "advisor", "lawyer", "attorney", "gm", "ceo",
                 "detective", "officer", "constable", "manager", "director"}
CAPITALISED_TITLES = {"coach", "judge", "general", "gen", "host", "anchor", "sir", "dame", "rev"}
HEADLINE_KEEP = {"of", "the", "and", "de", "la", "du", "for", "on", "in", "at"}  # inside names ("Bank of America")
DEGREES = set("abcdefghijklmnopqrstuvwxyz") | {"md", "phd", "mba", "jd", "dds", "rn", "esq", "llb", "llm", "mph",
                                               "jr", "sr"}  # and the generation after a name
JOINER = re.compile(r"\s?['’]\s?s\s+|(?<=s)\s?['’]\s+|\s+and\s+")  # an owner's ("Roe ’ s", "the Rovers' ")
# and what it owns, or two names
DASH = re.compile(r"\s*(?:\s-\s?-|—)")  # a name ends at a dash set apart ("Teixeira -- eight years")
SPACED_DASH = re.compile(r"\s[-–―]\s")  # and an actor's at a single one ("Robert Barr - won"), which a title holds
SCORE = re.compile(r"\s+\d+[-–]\d+\s*$")  # "Rovers 91-73": a score the recogniser took in
WEB = re.compile(r"\s*(?:\S+://|www\.|\S+\.(?:com|org|net|gov|edu)/|[@#]\w)")  # an address, a handle, a hashtag
CONTENT_POS = {"NOUN", "PROPN", "VERB", "ADJ", "NUM"}
SAID_POS = {"NOUN", "VERB", "ADJ", "ADV", "NUM"}
ORDINALS = {"st", "nd", "rd", "th"}
BODY = re.compile(r"\s+(?:[Aa]dministration|[Gg]overnment|[Pp]residency|[Cc]ampaign|[Cc]abinet"
                  r"|camp|team|family|clan)\b")
GROUP_NOUNS = ORGANISATION | {"police", "force", "service", "council", "committee", "commission", "office",
                              "court", "army", "navy", "authority", "board", "gazette", "journal", "tribune",
                              "herald"}  # a name ending in one is no person's: a body, a newspaper
BODY_WORDS = GROUP_NOUNS | TITLES | {"association", "coalition", "caucus", "conference", "convention", "center",
                                    "centre", "institute", "foundation", "house", "senate", "congress", "assembly",
                                    "national", "leadership", "establishment", "majority", "minority", "primary"}
BRACKET_OPEN, BRACKET_CLOSED = re.compile(r"[(\[][^()\[\]]*$"), re.compile(r"[)\]] ")  # an editor's insertion
MODIFIERS = ("ORG", "GPE")  # names that may modify the name after them ("Toyota Camry", "Philadelphia 76ers")
HEADS = ("ORG", "PRODUCT", "FAC", "EVENT")
PLACES = ("GPE", "LOC", "FAC")


def _trim_mention(text: str, start: int, end: int, label: str) -> tuple[int, int]:
    """The span of a name without what the recogniser ran into it: an article, a dash, the words after a dash
    ("Robert Barr - won"; not in a title), a dateline in capitals before it ("ROME - Bernie Sanders", unless the
    name is the dateline's place), a score, a web address or a handle (an embedded post's "MorningJoe
    pic.twitter.com/tBp5"), a possessive's ending."""
    if m := WEB.search(text, start, end):
        end = m.start()
    span = text[start:end]
    if m := LEADING.match(span):
        start += m.end()
    m = DASH.search(text, start + 1, end)
    if m is None and label not in TITLE_TYPES:
        m = SPACED_DASH.search(text, start + 1, end)
    if m and label not in PLACES and len(text[start:m.start()]) > 1 and text[start:m.start()].isupper():
        start = m.end()  # a dateline
    elif m:
        end = m.start()
    span = text[start:end]
    if m := SCORE.search(span):
        end -= len(m.group())
    if m := TRAILING.search(text[start:end]):
        end -= len(m.group())
    if m := COMMON_TAIL.search(text, start, end):  # "SEACOM undersea cable": the name ends at its last capital
        end = m.start()
    return start, end


def _mentions(text: str, pieces: list, quotes: list[tuple[int, int]]) -> tuple[list[list], dict]:
    """The named and value mentions (see `_names_and_values`), a name that stands for a longer one linked to
    it (see `_metonyms`), then [start, end, NOMINAL|PRONOUN, text, linked row, said, owned, owner] of
    descriptions and pronouns (see references); and the sexes the article states."""
    names = _names_and_values(text, pieces)
    references, sexes = references_of(text, pieces, names, quotes)
    _metonyms(text, names, pieces)
    return names + references, sexes


def _metonyms(text: str, names: list[list], pieces: list) -> None:
    """A name used for the longer name of its article that it opens gets a link to it, as a description
    does: a city's name as a team's ("Indianapolis beat Kansas City" of the "Indianapolis Colts"), a person's
    as a place's ("checked into Betty Ford" of the "Betty Ford Center"). What tells the use is the syntax: a
    place that acts (a subject, an object, an opponent, an owner, "Denver's record", or one with a rank
    before it or a record of wins after it, "No. 3 Denver", "Denver (10-2)") and a person one goes into or is
    at; and a body's that acts, for the name it heads ("the House voted" of the "House of Representatives"). A
    place that acts where its article names nothing longer gets a link to None: a team another article may
    name."""
    longer: dict[str, dict[str, int]] = {}  # name -> the longer names it opens -> the first row of each
    for k, m in enumerate(names):
        if m[2] in ("ORG", "FAC", "PROPN"):
            words = m[3].split()
            for n in range(1, min(len(words), 4)):
                longer.setdefault(" ".join(words[:n]), {}).setdefault(m[3], k)
    places = {m[3] for m in names if m[2] in PLACES}
    people = Counter(w for m in names if m[2] == "PERSON" for w in m[3].split())  # "Roe", of "Jane Roe" too
    person_ends = {m[1] for m in names if m[2] == "PERSON"}
    for m in names:
        found = longer.get(m[3], {})
        if m[2] not in ("PERSON", "GPE", "LOC", "ORG", "PROPN"):
            continue
        if (parsed := _span(m, pieces)) is None:
            continue
        span = parsed[1]
        token, before = span.root, span.doc[span.start - 1] if span.start else None
        prep = before.lower_ if before is not None and before.pos_ == "ADP" else None
        if _place_for_person(m, prep, found, places, people) or (m[2] == "PERSON" and _residence(text, m, person_ends)):
            m[2] = "GPE"
            continue
        if len(found) > 1:
            continue
        record = RECORD.match(text, m[1]) is not None or RANK.search(text, max(0, m[0] - 16), m[0]) is not None
        acts = m[2] != "PERSON" and (record or prep not in LOCATIVE and (
            token.dep_ in ("nsubj", "nsubjpass", "dobj", "poss") or (token.dep_ == "pobj" and prep in OPPONENT)))
        if not found:
            if acts and not team_name(m[3]):
                m[4:] = [None, False]
            continue
        (whole, row), = found.items()
        team = team_name(whole)
        if ((team or whole.startswith(m[3] + " of ")) and acts) or (m[2] == "PERSON" and not team and prep in ENTERED):
            m[4:] = [row, False]


def _place_for_person(mention: list, prep: str | None, longer: dict, places: set[str], people: Counter) -> bool:
    """Whether a one-word "person" after a preposition of place ("in Wexford") is a place the tagger misread:
    its article writes it as a place elsewhere or opens a longer name with it ("Wexford Police"), as a
    person's name seldom does, and calls no other person by it. A full name stays a person's ("checked into
    Betty Ford")."""
    return mention[2] == "PERSON" and prep in LOCATIVE and " " not in mention[3] \
        and (bool(longer) or mention[3] in places) and people[mention[3]] < 2


def _residence(text: str, mention: list, person_ends: set[int]) -> bool:
    """Whether a "person" is where someone lives, as reports name it: after a person and "of" ("Jo Roe, 23, of
    Schenectady", "Jo Roe of Schenectady"), or before "resident" ("Richmond Hill resident Jo Roe")."""
    of = OF_PLACE.search(text, max(0, mention[0] - 40), mention[0])
    return (of is not None and (of.group(1) is not None or of.start() in person_ends)) \
        or RESIDENT.match(text, mention[1]) is not None


def _span(mention: list, pieces: list) -> tuple[int, object] | None:
    """(offset of its piece, parsed tokens) of a mention, or None."""
    for off, doc in pieces:
        if off <= mention[0] and mention[1] - off <= text_length(doc):
            span = doc.char_span(mention[0] - off, mention[1] - off, alignment_mode="expand")
            return (off, span) if span is not None and len(span) else None
    return None


def _names_and_values(text: str, pieces: list) -> list[list]:
    """[start, end, label, text] of named and value mentions, a span run over two names split in two (see
    `_first_of_two`), not a run without a capital ("secretary of state") nor a common noun in capitals
    ("A MAN was charged": a description)."""
    out: list[list] = []
    labels_by_text: dict[str, str] = {}
    spans = [(off, [line for name in _names_of(doc, text[off:off + text_length(doc)])
                    for line in _by_line(text[off:], *name)]) for off, doc in pieces]
    for off, names in spans:
        for start, end, label in names:
            if label in CANDIDATE_TYPES:
                labels_by_text.setdefault(text[off + start:off + end], label)
    for off, names in spans:
        for start, end, label in names:
            if label not in CANDIDATE_TYPES + TITLE_TYPES and label not in VALUE_TYPES:
                continue
            start, end = off + start, off + end
            if label in CANDIDATE_TYPES and label != "PERSON" and (cut := _titled_person(text, start, end)):
                head = _trim_mention(text, start, cut[0], label)
                if (known := labels_by_text.get(text[head[0]:head[1]])) and known != "PERSON":
                    out.append([*head, known, text[head[0]:head[1]]])
                start, label = cut[1], "PERSON"
            if label in CANDIDATE_TYPES + TITLE_TYPES:
                first = _first_of_two(text, start, end, label, labels_by_text)
                if first:
                    out.append(first[0])
                    start, label = first[1], first[0][2] if label in TITLE_TYPES else label  # no title halved
                start, end = _trim_mention(text, start, end, label)
            if end > start:
                out.append([start, end, label, text[start:end]])
    nouns = set().union(*(common_nouns(doc) for _, doc in pieces))
    lines = _title_lines(text, pieces)
    lower = _lower_words(pieces, lines) if lines else set()
    out = [m for m in out if m[2] in VALUE_TYPES or not _common_noun(text, m, nouns, lines, lower)]  # ere repeats
    out = _join_times(text, _headline_names(out, lines, pieces, lower))
    out += _headline_repeats(text, out, lines)
    out += _untagged_names(text, pieces, out, lines, nouns)
    out += _untagged_numbers(pieces, out)
    out = _bodies(text, _people(text, _partisans(_groups(_bracketed(text, out), pieces))))
    return [m for m in out if m[2] in VALUE_TYPES or (m[1] - m[0] > 1 and not m[3].islower() and not _degree(m[3])
                                                      and not _number_words(m[3])
                                                      and not _common_noun(text, m, nouns, lines, lower))]


def _bracketed(text: str, mentions: list[list]) -> list[list]:
    """The mentions, a person's name that an editor's brackets cut in two joined as one: the given name that
    ends the insertion and the surname right after it ("(Libyan strongman Muammar) al-Qaddafi" in a quote) are
    no two people."""
    out: list[list] = []
    for m in mentions:
        last = out[-1] if out else None
        if last is not None and last[2] == "PERSON" and m[2] == "PERSON" and len(last[3].split()) == 1 \
                and BRACKET_CLOSED.fullmatch(text, last[1], m[0]) \
                and BRACKET_OPEN.search(text, text.rfind("\n", 0, last[0]) + 1, last[0]):
            out[-1] = [last[0], m[1], "PERSON", f"{last[3]} {m[3]}"]
        else:
            out.append(m)
    return out


def _titled_person(text: str, start: int, end: int) -> tuple[int, int] | None:
    """Where a role begins and the person's name after it, in a span the recogniser ran from a body or place
    over a role to a name and labelled as the body ("Angels GM Tony Reagins", "Homicide Detective Dominic
    Mangoni"): the name is two capitalised words or more, none of them a body's ("State Police Lt"); the body
    keeps its mention only where the article writes it alone."""
    words = list(re.finditer(r"\S+", text[start:end]))
    for k in range(len(words) - 3, 0, -1):
        rest = words[k + 1:]
        if words[k].group().lower().rstrip(".") in PERSON_TITLES and all(
                w.group()[:1].isupper() and w.group().lower() not in BODY_WORDS for w in rest):
            return start + words[k].start(), start + rest[0].start()
    return None


def _by_line(text: str, start: int, end: int, label: str) -> list[tuple[int, int, str]]:
    """A name's span cut at line breaks: a line ends a headline, a dateline or a paragraph, so a name the
    recogniser ran on over one ("Checks Out Two Minutes Later" + "May 2, 2013") is a name on each line."""
    out = []
    for part in re.finditer(r"[^\n]+", text[start:end]):
        s, e = start + part.start(), start + part.end()
        s, e = s + len(text[s:e]) - len(text[s:e].lstrip()), s + len(text[s:e].rstrip())
        if e > s:
            out.append((s, e, label))
    return out


def _common_noun(text: str, mention: list, nouns: set[str], lines: list[tuple[int, int]], lower: set[str]) -> bool:
    """Whether a name is a word the article writes as a common noun, capitalised here by its place: in
    capitals ("A MAN was charged") or opening a sentence ("Rehab has been calling her name"); or in a
    title-case line, a word it writes in lower case elsewhere ("Jane Roe Checks Into Rehab"), whatever the
    tagger made of it there. `lines`: the title-case lines; `lower`: the words written in lower case."""
    word = mention[3].lower()
    return (word in nouns and (mention[3].isupper() or opens_sentence(text, mention[0]))) \
        or (word in lower and in_lines(lines, mention[0], mention[1]))


def _people(text: str, mentions: list[list]) -> list[list]:
    """The mentions, a name the tagger took for something else ("ORG Jim DeMint") labelled a person where the
    text shows one: a title or role only people bear right before it ("Sen. Jim DeMint", "spokesman Brad
    Woodhouse"), not a title alone ("spokesperson Const. Tim Roe"), or for a given name and a
    surname, a surname the article names a person by ("Jim DeMint" where "DeMint" is a person); so is that
    surname alone where the tagger left it out ("Trump spent the day": a PROPN), or took it for a body where a
    title shows the full name a person's ("Sen. Jim DeMint ... DeMint said": an ORG, as the tagger often makes
    a lone surname; the tagger's own "person" may be a team, "Philly Sixers ... the Sixers")."""
    def fits(m, words) -> bool:
        return m[2] not in ("PERSON",) + VALUE_TYPES and 1 <= len(words) <= 3 \
            and all(w[:1].isupper() and w.isalpha() for w in words) and not {w.lower() for w in words} <= TITLES

    surnames = {w for m in mentions if m[2] == "PERSON" for w in m[3].split()[-1:]}  # a headline's cut may leave none
    titled = set()
    for m in mentions:
        words = m[3].split()
        before = re.search(r"(\w+)\.?\s+$", text[max(0, m[0] - 16):m[0]])
        title = before.group(1).lower() if before else ""
        if title in PERSON_TITLES and (before.group(1)[:1].isupper() or title not in CAPITALISED_TITLES):
            titled.add(words[-1])
            m[2] = "PERSON" if fits(m, words) else m[2]
        elif fits(m, words) and (len(words) == 2 and words[-1] in surnames or m[2] == "PROPN" and m[3] in surnames):
            m[2] = "PERSON"
    for m in mentions:
        if m[2] == "ORG" and m[3] in titled and fits(m, [m[3]]):
            m[2] = "PERSON"
    return mentions


def _partisans(mentions: list[list]) -> list[list]:
    """The mentions, a person's name the recogniser took with the party before it ("Republican Dana Wirth" as
    an ORG) cut to the person's: a party's adjective, then two or three capitalised words none of which
    names a body or an office ("Republican National Committee", "Democratic Senate Leader" stay whole)."""
    for m in mentions:
        first, _, rest = m[3].partition(" ")
        words = rest.split()
        if m[2] in CANDIDATE_TYPES and first.lower() in PARTIES and 2 <= len(words) <= 3 \
                and all(w[:1].isupper() and w.isalpha() and w.lower() not in BODY_WORDS for w in words):
            m[:] = [m[1] - len(rest), m[1], "PERSON", rest]
    return mentions


def _groups(mentions: list[list], pieces: list) -> list[list]:
    """The mentions, a "person" the tagger found whose name ends in a plural ("the Jacksonville Jaguars", "Tar
    Heels": a team, a band) or in a noun for a body of people ("Surrey Police") labelled a group: no one's
    name is a plural, and "Williams" or "Karamanlis" the tagger reads as singular."""
    for m in mentions:
        if m[2] != "PERSON":
            continue
        last = m[3].split()[-1]
        if last.lower() in GROUP_NOUNS and last[:1].isupper():
            m[2] = "ORG"
        elif (found := _span(m, pieces)) is not None and found[1][-1].tag_ == "NNPS":
            m[2] = "ORG"
    return mentions


def _bodies(text: str, mentions: list[list]) -> list[list]:
    """The mentions, a person's name that modifies a group's noun ("the Bush administration", "the Obama
    campaign", "the Gambino family") taken with it for a group's name: the group is not the person, and what
    it does or says is not theirs."""
    for m in mentions:
        if m[2] == "PERSON" and (body := BODY.match(text, m[1])):
            m[1:] = [body.end(), "ORG", text[m[0]:body.end()]]
    return mentions


def _first_of_two(text: str, start: int, end: int, label: str, known: dict[str, str]) -> tuple[list, int] | None:
    """A span the recogniser ran over two names: an owner and what it owns ("Iran's Revolutionary Guard";
    "Sam's Club" is one name) or two names joined by "and" ("Lopez and Carrasquillo"; "Procter and Gamble" is
    one): [start, end, label, text] of the first and where the rest begins, where the first is a name the
    article writes alone, and for "and" the second too; or where the second has an article of its own ("the
    Tar Heels and the Purple Aces"), which no one name but a title's has inside it (and a title's halves are
    no two plurals)."""
    inner = JOINER.search(text, start, end)
    if not inner or inner.end() >= end:
        return None
    first = _trim_mention(text, start, inner.start(), label)
    rest = _trim_mention(text, inner.end(), end, label)
    plurals = all(text[a:b].endswith("s") for a, b in (first, rest))  # two teams, not "Harry Potter and the ..."
    own_article = "and" in inner.group() and OWN_ARTICLE.match(text, inner.end()) is not None \
        and (label not in TITLE_TYPES or plurals) and text[first[0]:first[0] + 1].isupper()
    found = known.get(text[first[0]:first[1]]) or (("ORG" if label in TITLE_TYPES else label) if own_article else None)
    if not found or ("and" in inner.group() and text[rest[0]:rest[1]] not in known and not own_article):
        return None
    return [*first, found, text[first[0]:first[1]]], inner.end()


def _names_of(doc, text: str) -> list[tuple[int, int, str]]:
    """(start, end, label) of the recogniser's names, one that modifies the next joined to it: a name
    ("Toyota Camry" is the car) or a capitalised plural ("Philadelphia 76ers" is the team, not the city).
    `text` is the doc's text, cut from the article: doc.text would join every token anew."""
    ents = list(doc.ents)
    by_start = {ent.start: ent for ent in ents}
    named = {i for ent in ents for i in range(ent.start, ent.end)}
    out, reach = [], 0  # reach: where the last name, as joined, ends
    for ent in ents:
        if ent.start_char < reach:
            continue
        end, label = ent.end_char, ent.label_
        head = ent.root.head
        after = by_start.get(ent.end)
        if ent.label_ in MODIFIERS and ent.root.dep_ == "compound" and ent.end < len(doc) and ent[-1].whitespace_:
            if after is not None and after.label_ in HEADS and after.start <= head.i < after.end:
                end, label = after.end_char, after.label_
            elif after is None and head.i >= ent.end and (_ends_a_name(head) or _named_head(head, ent)) \
                    and all(t.text[:1].isupper() for t in doc[ent.end:head.i]):  # "North Carolina Tar Heels"
                end, label = head.idx + len(head.text), "ORG"
        elif ent[-1].lower_ in CUT_SHORT and len(ent) > 1 and after is not None and after.text[:1].isupper():
            end = after.end_char  # "Group of" + "Seven": the recogniser took the number word for a count
        elif ent[-1].lower_ in OFFICES and (land := _office_of(doc, ent, by_start)) is not None:
            end = land.end_char  # "Surgeon General of the United States": the office, not the land
        elif label == "PERSON" and (nick := NICKNAME.match(text, len(ent[0].text) + ent[0].idx)):
            end = nick.end()  # Vincent "The Chin" Gigante, whatever the recogniser made of the quotes
        elif (tail := _particle_tail(ent, named)) is not None:
            end = tail
        out += _cut_at_verbs(ent, label) if end == ent.end_char else [(ent.start_char, end, label)]
        reach = end
    return out


def _particle_tail(ent, named: set[int]) -> int | None:
    """Where a name ends that is written with particles between hyphens ("Chick-fil-A", "Mar-a-Lago"): the
    tokenizer splits it at each hyphen, and the recogniser may take its first part alone. Not a word joined
    to a name ("Iran-backed") nor a second name ("Klitschko-Haye")."""
    doc, i, parts = ent.doc, ent.end, []
    while i + 1 < len(doc) and hyphen_joined(doc, i + 1) and doc[i + 1].is_alpha and i + 1 not in named:
        parts.append(doc[i + 1])
        i += 2
    if len(parts) < 2 or not parts[-1].text[:1].isupper() or not all(p.is_lower for p in parts[:-1]):
        return None
    return parts[-1].idx + len(parts[-1].text)


def _cut_at_verbs(ent, label: str) -> list[tuple[int, int, str]]:
    """(start, end, label) of the names in a span the recogniser ran over a clause ("Manley put Reid"): no
    name has a verb in lower case inside it."""
    cuts = [t.i for t in ent[1:-1] if t.pos_ in ("VERB", "AUX") and t.text[:1].islower()]
    if not cuts or label not in NAMED_TYPES:
        return [(ent.start_char, ent.end_char, label)]
    bounds = zip([ent.start] + [i + 1 for i in cuts], cuts + [ent.end])
    doc = ent.doc
    return [(doc[a].idx, doc[b - 1].idx + len(doc[b - 1].text), label) for a, b in bounds if b > a]


def _office_of(doc, ent, by_start: dict):
    """The land an office's name is of, written right after it ("Surgeon General of the United States",
    "Foreign Minister of France"), or None."""
    land = by_start.get(ent.end + 1) if ent.end < len(doc) and doc[ent.end].lower_ == "of" else None
    return land if land is not None and land.label_ in ("GPE", "NORP", "LOC") else None


def _named_head(head, ent) -> bool:
    """A capitalised noun right after a place that modifies it, inside running text: the place names what the
    noun's capital makes a name ("The Hollywood Reporter", "Surrey Police"), not a title ("Texas Governor Rick
    Perry", "White House Chief of Staff Rahm Emanuel") nor a headline's title case."""
    return head.i == ent.end and head.text[:1].isupper() and head.pos_ in ("NOUN", "PROPN") and not head.ent_type_ \
        and head.dep_ != "compound" and head.lower_ not in TITLES \
        and not title_case(head.sent.text)


def _number_words(name: str) -> bool:
    """A number written in words, all a name's span holds once a dateline before it is cut ("MIDWAY ATOLL -
    Seventy-four albatrosses"): no one's name."""
    return all(w in NUMBER_WORDS or w in SCALES for w in re.split(r"[\s-]+", name.lower().strip()))


def _degree(name: str) -> bool:
    """A lone letter ("R-S.C."), a degree or a generation after a name ("Jane Roe, M.D.", "John Roe, Sr."): no
    one's name."""
    return re.sub(r"[\W_]", "", name).lower() in DEGREES


def _title_lines(text: str, pieces: list) -> list[tuple[int, int]]:
    """(start, end) of the sentences in title case (see casing)."""
    return [(off + sent.start_char, off + sent.end_char) for off, doc in pieces for sent in doc.sents
            if title_case(text[off + sent.start_char:off + sent.end_char])]


def _headline_names(mentions: list[list], lines: list[tuple[int, int]], pieces: list, lower: set[str]) -> list[list]:
    """A title-case line runs words into a name ("Jane Roe Quits Club"): such a mention is cut to the
    longest beginning that the article names elsewhere, or for a person that ends in a surname the article
    names elsewhere ("Jane Roe" of "Jane Roe Quits Club" where the text says "Roe"); else before a word the
    parse takes for a verb ("Acme Corp Cuts Jobs"), and to the words between numbers and, if three words or
    more run together, words the article writes in lower case elsewhere and never in a name ("quits")."""
    if not lines:
        return mentions
    in_line = [in_lines(lines, m[0], m[1]) for m in mentions]
    known = {m[3] for m, inside in zip(mentions, in_line) if not inside and m[2] in CANDIDATE_TYPES}
    surnames = {m[3].split()[-1] for m, inside in zip(mentions, in_line) if not inside and m[2] == "PERSON"}
    name_words = {w for name in known for w in name.split()}
    common = lower - {w.lower() for w in name_words}
    for m, inside in zip(mentions, in_line):
        if not inside or m[2] not in CANDIDATE_TYPES:
            continue
        cuts = [k.start() for k in re.finditer(r"\s+", m[3])]
        prefix = next((m[3][:c] for c in reversed(cuts) if m[3][:c] in known
                       or m[2] == "PERSON" and _ends_in_surname(m[3][:c], m[3][c:], surnames, name_words, common)),
                      None)
        if prefix:
            start, end = 0, len(prefix)
        else:
            start, end = _name_run(m[3], common)
            verb = _before_verb(m, pieces)
            end = len(m[3][:verb].rstrip()) if start < verb < end else end
        m[0], m[1], m[3] = m[0] + start, m[0] + end, m[3][start:end]
    return [m for m in mentions if m[1] > m[0]]  # a run of nothing but such words names no one


def _ends_in_surname(prefix: str, rest: str, surnames: set[str], name_words: set[str], common: set[str]) -> bool:
    """Whether a headline's run of capitals ends a person's full name with a surname the article names
    elsewhere ("Jane Roe" of "Jane Roe Quits Club" where the text says "Roe"): the word after it no name's, the
    words before it none the article writes in lower case ("Will Roe Be Next?")."""
    words = prefix.split()
    after = rest.split()
    return len(words) >= 2 and words[-1] in surnames and not (after and after[0] in name_words) \
        and not any(w.lower() in common for w in words[:-1])


def _before_verb(mention: list, pieces: list) -> int:
    """Where, within a mention, the first word after its first that the parse takes for a verb begins (its
    length if none): a headline's name runs into the verb after it ("Acme Corp Cuts Jobs"), not into a word
    joined to it ("Roe-Backed")."""
    if (found := _span(mention, pieces)) is None:
        return len(mention[3])
    off, span = found
    verb = next((t for t in span[1:] if t.pos_ in ("VERB", "AUX") and span.doc[t.i - 1].whitespace_), None)
    return off + verb.idx - mention[0] if verb is not None else len(mention[3])


def _headline_repeats(text: str, mentions: list[list], lines: list[tuple[int, int]]) -> list[list]:
    """Names of the article's running text that a title-case line repeats where the recogniser, misled by
    the capitals, missed them ("Club Hires Jane Roe As Coach", "ROVERS BEAT COMETS")."""
    if not lines:
        return []
    known = {m[3]: m[2] for m in mentions if m[2] in CANDIDATE_TYPES + TITLE_TYPES and not in_lines(lines, m[0], m[1])}
    taken = [(m[0], m[1]) for m in mentions]
    names = sorted(known, key=len, reverse=True)
    out = []
    for start, end in lines:
        line = text[start:end]
        for name in names:
            if name not in line and name.upper() not in line:  # a quick test before the regex
                continue
            for hit in re.finditer(rf"(?<!\w)(?:{re.escape(name)}|{re.escape(name.upper())})(?!\w)", line):
                s, e = start + hit.start(), start + hit.end()
                if not any(a < e and s < b for a, b in taken):
                    out.append([s, e, known[name], text[s:e]])
                    taken.append((s, e))
    return out


def _lower_words(pieces: list, lines: list[tuple[int, int]]) -> set[str]:
    """Words (and their lemmas) the article writes in lower case outside its title-case lines."""
    out = set()
    for off, doc in pieces:
        for tok in doc:
            if tok.text[:1].islower() and not in_lines(lines, off + tok.idx, off + tok.idx):
                out.update((tok.lower_, tok.lemma_.lower()))
    return out - HEADLINE_KEEP


def _name_run(name: str, common: set[str]) -> tuple[int, int]:
    """(start, end) within a headline's run of capitalised words of the name in it: the first run of words
    that are not numbers nor, in three words or more, words the article writes in lower case elsewhere."""
    words = list(re.finditer(r"\S+", name))
    run: list = []
    for w in words:
        word = w.group().lower().strip(".,:;!?'\"")
        if any(ch.isdigit() for ch in word) or (len(words) >= 3 and (word in common or word.rstrip("s") in common)):
            if run:
                break
            continue
        if run or word not in HEADLINE_KEEP:
            run.append(w)
    while run and run[-1].group().lower() in HEADLINE_KEEP:
        run.pop()
    return (run[0].start(), run[-1].end()) if run else (0, 0)


NUMERAL = re.compile(r"\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?")


def _untagged_numbers(pieces: list, mentions: list[list]) -> list[list]:
    """[start, end, "CARDINAL", text] of figures the recogniser left out ("will cut 900 jobs"), which a fact is
    compared on as much as on those it tagged; not a figure that runs on into a word ("9/11", "F-16", "3-2")."""
    taken = {i for m in mentions for i in range(m[0], m[1])}
    out = []
    for off, doc in pieces:
        for tok in doc:
            at = off + tok.idx
            before = doc[tok.i - 1].text if tok.i else ""
            after = doc[tok.i + 1].text if tok.i + 1 < len(doc) else ""
            if NUMERAL.fullmatch(tok.text) and at not in taken and not tok.ent_type_ \
                    and before not in ("/", "-") and after not in ("/", "-"):
                out.append([at, at + len(tok.text), "CARDINAL", tok.text])
    return out


def _untagged_names(text: str, pieces: list, mentions: list[list], lines: list[tuple[int, int]],
                    nouns: set[str]) -> list[list]:
    """[start, end, "PROPN", text] of proper nouns the recogniser left out ("the Colts", "Internet Explorer"
    with its first word taken for a common noun, "defense: Trump isn't guilty" with a surname the article
    names, and writes as no common noun, taken for one at a sentence's start), in running text
    only (a title-case line capitalises every word); the cross-article step keeps those it can place. A run
    goes on over a sentence break the parser put between two words of one line ("Jane | Roe was named"). A
    word that opens a sentence is capitalised anyway: it counts only if the article capitalises it elsewhere, or
    it is such a surname."""
    from spacy.symbols import NOUN, PROPN  # loaded by now; tags compared as numbers, over arrays, for speed

    taken = {i for m in mentions for i in range(m[0], m[1])}
    names = [m for m in mentions if m[2] not in VALUE_TYPES]  # "Chiefs 20-13": a score beside a name is not its own
    edges = {m[0] for m in names} | {m[1] for m in names}
    surnames = {m[3].split()[-1] for m in names if m[2] == "PERSON"} - {n.capitalize() for n in nouns}
    out = []
    for off, doc in pieces:
        runs: list[list] = []
        for i, (pos, ent, sent_start) in enumerate(doc.to_array(["POS", "ENT_TYPE", "SENT_START"]).tolist()):
            if ent or (pos != PROPN and not (pos == NOUN and (doc[i].text in surnames or _leads_a_name(doc[i])
                                                                or _ends_a_name(doc[i])))):
                continue
            tok = doc[i]
            at = off + tok.idx
            if not (tok.text[:1].isupper() or tok.text[:1].isdigit()) or at in taken or in_lines(lines, at, at):
                continue
            if tok.lower_.rstrip(".") in PERSON_TITLES and (tok.lower_ not in CAPITALISED_TITLES or (
                    runs and runs[-1][-1].i == i - 1)):
                continue  # "Angels GM Tony Reagins": a body, a role, a person; no role opens a name, but a word
                # that may ("General Motors")
            if runs and runs[-1][-1].i == i - 1 and (sent_start != 1 or doc[i - 1].whitespace_ == " "):
                runs[-1].append(tok)
            else:
                runs.append([tok])
        for run in runs:
            start, end = off + run[0].idx, off + run[-1].idx + len(run[-1].text)
            if not _next_to(text, start, end, edges):
                out.append(([start, end, "PROPN", text[start:end]], len(run) == 1 and run[0].is_sent_start))
    seen = {m[3] for m, first in out if not first} | {m[3] for m in names} | surnames
    return [m for m, first in out if not first or m[3] in seen]


def _leads_a_name(tok) -> bool:
    """A capitalised noun the tagger took for a common one, modifying the proper noun right after it: the
    first word of a name ("Internet Explorer")."""
    nxt = tok.nbor() if tok.i + 1 < len(tok.doc) else None
    return tok.text[:1].isupper() and tok.dep_ == "compound" and nxt is not None and nxt.pos_ == "PROPN" \
        and not nxt.ent_type_ and tok.head.i >= nxt.i


def _ends_a_name(tok) -> bool:
    """A capitalised plural (or one spelt with a figure first) that the name right before it modifies: the
    last word of a team's name ("Hartford Comets", "Philadelphia 76ers")."""
    before = tok.doc[tok.i - 1] if tok.i else None
    return tok.tag_ in ("NNS", "NNPS") and not tok.ent_type_ and (tok.text[:1].isupper() or tok.text[:1].isdigit()) \
        and before is not None and before.dep_ == "compound" and before.head.i == tok.i \
        and (before.ent_type_ or before.pos_ == "PROPN")


def _next_to(text: str, start: int, end: int, edges: set[int]) -> bool:
    """Whether a name begins or ends right beside the span: a title before it ("Dr." Jane Roe) is its own."""
    gap_before = text[max(0, start - 8):start]
    gap_after = text[end:end + 8]
    before = start - (len(gap_before) - len(gap_before.rstrip()))
    after = end + len(gap_after) - len(gap_after.lstrip())
    return before in edges or after in edges


def _join_times(text: str, mentions: list[list]) -> list[list]:
    """"Thursday" + "afternoon" read as one time, "Thursday afternoon"; not over a line's end ("Two Minutes
    Later" ending a headline, "May 2, 2013" the dateline below)."""
    out: list[list] = []
    for m in mentions:
        if out and out[-1][2] in ("DATE", "TIME") and m[2] in ("DATE", "TIME") \
                and not text[out[-1][1]:m[0]].strip(" \t"):
            prev = out.pop()
            label = "TIME" if "TIME" in (prev[2], m[2]) else "DATE"
            m = [prev[0], m[1], label, text[prev[0]:m[1]]]
        out.append(m)
    return out


def units_of(text: str, pieces: list) -> list[list]:
    """Fact units: sentences, less a trailing clause that states a fact of its own, plus that clause and any
    long apposition (a sentence may carry several facts); each with its content lemmas for alignment. A dateline
    the parser took for a sentence of its own opens the next one, as it does where the parser keeps them whole."""
    units = []
    dateline = None  # such a dateline's unit, until the next sentence takes it in
    for off, doc in pieces:
        for sent in doc.sents:
            tokens = _trimmed([t for t in sent if not t.is_space])
            if not tokens or not any(t.is_alpha or t.like_num for t in tokens):
                continue
            if dateline is None and _dateline(text, off + sent.start_char, off + sent.end_char):
                dateline = _unit(off, tokens, sent)
                continue
            first, main = len(units), tokens
            for clause in _clauses(sent):
                part = _trimmed(clause)
                if not part:
                    continue
                units.append(_unit(off, part, sent))
                if part[-1].i >= tokens[-1].i - 1 and part[0].i > main[0].i:  # a trailing clause leaves the main
                    main = _trimmed([t for t in main if t.i < part[0].i])
            units.append(_unit(off, main or tokens, sent))
            if dateline is not None:
                for unit in units[first:]:
                    unit[3] = dateline[0]
                units[-1][0], dateline = dateline[0], None
    units += [dateline] if dateline else []
    units.sort(key=lambda u: (u[0], u[1]))
    return units


def _dateline(text: str, start: int, end: int) -> bool:
    """A dateline the parser took for a sentence ("WASHINGTON" before "― The House voted"): a place, no fact."""
    match = DATELINE.match(text[start:end + 4])
    return match is not None and match.end() >= end - start


def _trimmed(tokens: list) -> list:
    tokens = list(tokens)
    while tokens and (tokens[-1].is_space or (tokens[-1].is_punct and tokens[-1].text not in "\"”’'.?!")):
        tokens.pop()
    while tokens and tokens[0].is_punct and tokens[0].text in ",;:–—-":
        tokens.pop(0)
    return tokens


def _clauses(sent) -> list[list]:
    """Relative and participle clauses and appositions long enough to carry a fact of their own; not a reported
    clause the parser took for a relative one (see _reported_as_relative)."""
    out = []
    alpha = None  # the sentence's words, counted once it has a candidate
    for tok in sent:
        if tok.dep_ in ("relcl", "advcl", "appos") and (tok.dep_ != "advcl" or tok.tag_ == "VBG") \
                and tok.head.i != tok.i and not _reported_as_relative(tok):
            sub = list(tok.subtree)
            words = sum(t.is_alpha for t in sub)
            alpha = sum(t.is_alpha for t in sent) if alpha is None else alpha
            if 6 <= words < alpha - 3:
                out.append(sub)
    return out


def _reported_as_relative(clause) -> bool:
    """A that-less reported clause the parser hung on its subject as a relative clause ("The FBI said the
    packages each consisted of ..."): no relative word opens it and its noun is what a verb of saying says. Cut
    off, it would leave "The FBI said the packages" a fact of its own."""
    noun = clause.head
    return clause.dep_ == "relcl" and noun.dep_ == "dobj" and noun.head.lemma_ in SAYING \
        and not any(c.tag_ in ("WDT", "WP", "WP$", "WRB") or c.lower_ == "that" for c in clause.children)


def _unit(off: int, tokens: list, sent) -> list:
    """[start, end, content terms, start of its sentence]."""
    start, end = off + tokens[0].idx, off + tokens[-1].idx + len(tokens[-1].text)
    return [start, end, _terms(tokens), off + sent.start_char]


def _said_terms(pieces: list, start: int, end: int) -> list[str]:
    """What a statement said, to know it again in other words: the lemmas of its words, less names (the story's
    names are in everyone's words) and "say"; none for a statement with no verb ("his former adviser, Flynn")."""
    tokens = [t for off, doc in pieces if off < end and off + text_length(doc) > start
              for t in doc.char_span(max(start - off, 0), min(end - off, text_length(doc)), alignment_mode="contract")
              or ()]
    if not any(t.pos_ in ("VERB", "AUX") for t in tokens):
        return []
    return [term for term in _terms(tokens, SAID_POS) if term != "say"]


def _terms(tokens: list, kinds: set[str] = CONTENT_POS) -> list[str]:
    return [_term(t) for t in tokens if t.pos_ in kinds and not t.is_stop and (t.is_alpha or t.like_num)]


def _term(token) -> str:
    term = (token.lemma_.lower() if token.pos_ != "PROPN" else token.text.lower()).replace(".", "")
    return term[:-2] if term[-2:] in ORDINALS and term[-3:-2].isdigit() else term  # "21st" -> "21"


def analyse_document(text: str, pieces: list) -> dict:
    quotes = quoted_spans(text)
    mentions, sexes = _mentions(text, pieces, quotes)
    named = [(m[0], m[1], m[2]) for m in mentions if m[2] in CANDIDATE_TYPES]
    statements = [s.to_dict() for s in Extractor(text, pieces, named, sexes, quotes).run()]
    for s in statements:
        s["terms"] = _said_terms(pieces, *s["content"])
    return {"mentions": mentions, "units": units_of(text, pieces), "statements": statements, "quotes": quotes,
            "sexes": [[start, end, sex] for (start, end), sex in titled_sexes(text, mentions).items()]}
