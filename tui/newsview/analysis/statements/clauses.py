"""What the parse says around a word of saying: the verb meant, the subject the parser hung elsewhere, the clause
a reporting verb interrupts, the asides to leave out of what was said. Functions of spaCy tokens alone; the
readers of statements (reported.py, quoted.py) put them together with the article's quotes and names.
"""

from __future__ import annotations

import re

from newsview.analysis.references import GENDER_OF
from newsview.analysis.statements.cues import (CLAUSE_ONLY, CUES, FINDING_NOUNS, HELD, NOUN_CUES, OBJECT_CONTROL,
                                               PASSIVE_PREPS, PASSIVE_VIEWS, RECEIVED, RECEIVING, SAID, SAYING,
                                               SENDING, SPEECH)

QUOTE_MARKS = {'"', "“", "”", "„", "«", "»", "''", "``"}
DESCRIPTIONS = re.compile(
    r"^(?:the|a|an|that|this|his|her|its|their)\s+(?:\w+\s+){0,2}"
    r"(?:statement|spokesman|spokeswoman|spokesperson|official|officials|group|agency|ministry|department|"
    r"company|organi[sz]ation|office|campaign|party|government|administration|release|letter|report|post|"
    r"tweet|communiqu[eé]|militia|military|army|court|senator|president|minister|secretary|leader|"
    r"representative|congressman|congresswoman|governor|mayor|chief|director|spokespeople|aide)$",
    re.IGNORECASE,
)
# Lemmas the small English model gives some verbs of saying, and the verbs meant (see lemma_of).
SLIPS = {"hop": "hope", "grip": "gripe", "retweete": "retweet", "deeming": "deem"}
# Verbs that make a retort with "back" ("she shot back, “...”", "fired back that ...").
RETORTS = {"shoot", "fire", "hit", "strike", "snap"}
# Marks of a clause set against the one before it ("..., while 22 percent said ...", "even though many doubt ...").
CONTRASTS = {"while", "whereas", "but", "though", "although"}
AFFILIATING = {"for", "of", "at", "from", "with"}
TIME_MARKS = {"after", "before", "when", "once", "since", "until", "as"}
SHARES = {"percent", "%", "majority", "most", "half", "third", "quarter", "plurality", "minority"}
DOCUMENTS = {"statement", "release", "letter", "communique", "communiqué", "post", "tweet", "report"}
# Nouns of what someone said, wrote or did, which speak for their owner ("her remarks suggested ...").
WORDS = NOUN_CUES | DOCUMENTS | {"word", "remark", "comment", "memo", "book", "memoir", "ad", "advertisement", "video",
                                 "email", "answer", "response", "reply", "record", "result", "manner", "tone",
                                 "rhetoric", "action", "behavior", "behaviour", "language", "attack", "performance",
                                 "apology", "account", "announcement", "declaration", "testimony", "op-ed", "editorial"}


def lemma_of(tok) -> str:
    """The token's lemma, less a known slip of the small English model ("hoping" -> "hop", "retweeted" ->
    "retweete"; not "hopped" -> "hop")."""
    lemma = tok.lemma_.lower()
    if lemma == "go" and any(c.dep_ == "prt" and c.lower_ == "on" for c in tok.children):
        return "continue"  # "“...,” she went on"
    if lemma in RETORTS and any(c.dep_ in ("prt", "advmod") and c.lower_ == "back" for c in tok.children):
        return "retort"  # "she shot back, “...”"
    if lemma == "put" and [c.lower_ for c in tok.children if c.dep_ in ("dobj", "prep", "prt")] == ["it"]:
        return "say"  # "as she put it, “...”"
    fix = SLIPS.get(lemma)
    return fix if fix and (tok.lower_.startswith((fix, fix[:-1] + "ing")) or lemma.startswith(fix)) else lemma


def speaking_noun(tok) -> bool:
    """Whether a common noun heads a description of a speaker: a role, a body or a document ("the spokesman")."""
    return bool(DESCRIPTIONS.match("the " + tok.lemma_.lower()))


def owner_of_words(head):
    """The one whose words a possessed subject names ("Mr. Steele's comments suggested ..." -> Mr. Steele,
    "Mattis’ resignation letter said" -> Mattis): the owner, a name, a personal pronoun or a definite noun ("the
    president's remarks"), speaks; "Clinton's advisers" stay the advisers."""
    owner = next((c for c in head.children if c.dep_ == "poss" or c.dep_ == "nmod" and c.pos_ == "PROPN"
                  and c.i < head.i), None)
    if head.pos_ != "NOUN" or owner is None or head.lemma_.lower() not in WORDS:
        return head
    if owner.pos_ == "PROPN" or owner.lower_ in ("his", "her", "their") \
            or owner.pos_ == "NOUN" and any(c.dep_ == "det" and c.lower_ == "the" for c in owner.children):
        return owner
    return head


def object_control(clause):
    """The object before an infinitive, who does what it says: "the leak led the chairwoman to announce her
    resignation", "forced Sanders to acknowledge": the chairwoman announces, not the leak (the parser may
    make the infinitive a complement or an adverbial clause)."""
    if lemma_of(clause.head) not in OBJECT_CONTROL or not any(c.dep_ == "aux" and c.lower_ == "to"
                                                               for c in clause.children):
        return None
    return next((c for c in clause.head.children if c.dep_ == "dobj" and c.i < clause.i
                 and c.tag_ not in ("WDT", "WP")), None)


def sent_to(noun):
    """The verb a noun is sent or spoken to by ("sent an e-mail to RNC members saying ...", "wrote to the board
    asking ..."): a participle after the one addressed is the sender's words, which the parser hangs on it."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ != "to" or prep.dep_ not in ("prep", "dative") \
            or prep.head.pos_ not in ("VERB", "AUX") or lemma_of(prep.head) not in SENDING:
        return None
    return prep.head


def timely(tok) -> bool:
    """Whether a subject is a date or time ("who as recently as Thursday afternoon were insisting"), never a
    speaker; an age ("said the 46-year-old"), a count ("43 said") or a name the recogniser ran into a date
    ("Last week Stumpf said") is none."""
    return tok.ent_type_ in ("DATE", "TIME") and (tok.pos_ == "NOUN" or tok.pos_ == "PROPN" and tok.ent_iob_ == "B")


def noun_as_clause(verb):
    """A subject the parser made a clause of a verb that has none: in "Jane Roe, a Dayton rabbi helping to
    organize it, said ..." it hangs "rabbi" on "said" as a clause (even a verb) whose subject is Roe. The
    clause runs up to the comma before the verb, and a comma sets the name off from it ("He also had a
    voice in it, said a spokesman" is a clause)."""
    if any(c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") for c in verb.children) \
            or verb.i < 2 or verb.doc[verb.i - 1].text != ",":
        return None
    return next((c for c in verb.children if c.dep_ == "ccomp" and c.right_edge.i == verb.i - 2
                 and any(s.dep_ == "nsubj" and s.i < c.i and any(t.text == "," for t in verb.doc[s.i:c.i])
                         for s in c.children)), None)


def lost_subject(verb):
    """The name right before a verb whose subject the parser hung elsewhere, as an apposition or a loose
    noun ("As part of his plea, Marcel Lazar, 44, said ..."): only commas stand between them; or the noun
    a relative clause right before the verb describes ("an official who spoke anonymously said ..."); or,
    after the clause it reports, the noun phrase right after it ("X, said a spokesman for Y, who ...")."""
    if any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children) or verb.dep_ in ("xcomp", "relcl"):
        return None
    last = verb.doc[verb.i - 1] if verb.i > verb.sent.start else None
    if last is not None and last.text == "," and any(c.dep_ == "ccomp" and c.i < verb.i for c in verb.children):
        after = next((nc.root for nc in verb.sent.noun_chunks if nc.start == verb.i + 1), None)
        if after is not None:
            return after
        # "X was filed, Jane Roe, the clerk, wrote": the name hung on the end of the clause as an apposition
        end = verb.doc[verb.i - 2]
        names = [a for a in (end, *end.ancestors) if a.right_edge.i == end.i and a.dep_ == "appos"
                 and a.pos_ == "PROPN" and a.ent_type_ == "PERSON"]
        if names:
            return names[-1]
    clause = next((a for a in ([last, *last.ancestors] if last is not None else ())
                   if a.dep_ in ("relcl", "acl") and a.right_edge.i == last.i), None)
    if clause is not None and clause.head.pos_ in ("NOUN", "PROPN") and clause.head.i < verb.i:
        return clause.head
    for tok in reversed(verb.doc[verb.sent.start:verb.i]):
        if tok.pos_ in ("PROPN", "NOUN") and tok.dep_ in ("appos", "npadvmod", "dep") \
                and all(t.is_punct for t in verb.doc[tok.right_edge.i + 1:verb.i]):
            return tok
        if tok.dep_ not in ("punct", "appos", "nummod", "compound") and tok.pos_ != "NUM":
            return None
    return None


def antecedent(head):
    """The noun a relative pronoun stands for: the one its clause describes ("the Gazette, which reported"),
    for "who" the people a place or body after them belongs to ("officials at the clinic, who said"), and
    the name an apposition describes ("Jane Roe, now the council leader, who said")."""
    clause = head.head
    if head.tag_ not in ("WDT", "WP") or clause.dep_ != "relcl" \
            or clause.head.pos_ not in ("NOUN", "PROPN", "PRON"):
        return head
    noun = clause.head
    owner = noun.head.head if noun.dep_ == "pobj" else None
    people = owner is not None and owner.pos_ == "NOUN" and (owner.tag_ == "NNS" or speaking_noun(owner)
                                                              or owner.dep_ == "appos")
    if head.lower_ == "who" and people and noun.tag_ in ("NN", "NNP") and noun.ent_type_ != "PERSON" \
            and noun.lemma_.lower() not in GENDER_OF:  # "at odds with her father, who offered": the father
        noun = owner
    return noun.head if noun.dep_ == "appos" and noun.head.pos_ == "PROPN" else noun


def idiom(verb, subj) -> bool:
    """ "That said, ..." and "This said, ..." open a sentence as "even so": no one says anything."""
    doc = verb.doc
    return subj.lower_ in ("that", "this") and subj.i == verb.i - 1 and subj.i == verb.sent.start \
        and verb.i + 1 < len(doc) and doc[verb.i + 1].text == ","


def spoken_to(verb, lemma: str) -> bool:
    """Whether a verb of saying stands in the passive, its subject the one spoken to ("she was asked if ...",
    "when asked how ...", "Asked about it, Trump said ..."): the speaker is the one "by" names, or none."""
    return lemma in SPEECH and lemma not in PASSIVE_VIEWS and verb.tag_ == "VBN" and (
        any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children)
        or verb.dep_ == "advcl" and not any(c.dep_ in ("nsubj", "aux") for c in verb.children))


def agent(verb):
    """The one a passive verb names with "by"."""
    return next((o for c in verb.children if c.dep_ == "agent" for o in c.children if o.dep_ == "pobj"), None)


def between_commas(verb, subj, targets, inside) -> bool:
    """ "It is no surprise, Garin said, that ...": the reporting clause set off by commas between clauses
    (not quotes) that it reports."""
    doc, first = verb.doc, min(subj.left_edge.i, verb.i)
    return not inside and 0 < first and verb.i + 1 < len(doc) and doc[first - 1].text == "," \
        and doc[verb.i + 1].text == "," and any(c.i < first for c in targets) and any(c.i > verb.i for c in targets)


def verb_as_noun(tok) -> bool:
    """A main verb the tagger took for a noun ("Democrats plan to release ..."): a root with a subject."""
    return tok.pos_ == "NOUN" and tok.dep_ == "ROOT" and any(c.dep_ == "nsubj" for c in tok.children)


def reports_clause(verb) -> bool:
    """A verb of any kind with a "that"-clause of its own reports or holds it ("she conceded / is convinced /
    made clear that ..."): such complements follow verbs of saying, thinking and knowing."""
    return verb.pos_ == "VERB" and any(c.dep_ == "ccomp" and any(m.dep_ == "mark" and m.lower_ == "that"
                                                                  for m in c.children) for c in verb.children)


def complement_within(verb) -> list:
    """The "that" clause the parser hung as a relative one on a noun of the verb's phrase ("said in one of
    a series of messages that the truck was armed"): "that" opens it as a conjunction, not as its subject."""
    return next(([t.head] for t in verb.subtree if t.i > verb.i and t.lower_ == "that" and t.dep_ == "mark"
                 and t.head.dep_ in ("relcl", "acl") and t.head.i > verb.i), [])


def unmarked_clause(verb) -> list:
    """A that-less clause the parser made adverbial, behind a time put between it and its verb of saying ("said
    after the convention he would not accept it"): a clause with a subject of its own, no word that marks it
    adverbial ("as", "because") and no question word ("when he arrived")."""
    return [c for c in verb.children if c.dep_ == "advcl" and c.i > verb.i and c.pos_ in ("VERB", "AUX")
            and any(s.dep_ in ("nsubj", "nsubjpass") for s in c.children)
            and not any(m.dep_ == "mark" or m.tag_ in ("WRB", "WP") for m in c.children)][:1]


def said_when(clause) -> set:
    """Words the parser opened a reported clause with that tell when or where it was said, not what: those before
    its "that" ("said as she left that she was tired"), or a time or place before the subject of a that-less clause
    ("said on Monday he would go", "said after the convention he would not"). "said that on Monday he would go"
    keeps it."""
    mark = next((c for c in clause.children if c.dep_ == "mark" and c.lower_ == "that"), None)
    if mark is not None:
        return {t for c in clause.children if c.i < mark.i for t in c.subtree}
    subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or any(c.dep_ == "mark" for c in clause.children):
        return set()
    return {t for c in clause.children if c.dep_ in ("prep", "npadvmod") and c.left_edge.i == clause.left_edge.i
            and c.i < subject.i for t in c.subtree}


def occasion_host(noun):
    """The subject of the clause a noun sets the scene of, whose occasion it is ("In a press conference announcing
    his plan, Roe said ...": Roe's conference, and Roe announced it)."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ not in ("in", "at", "during") or prep.head.pos_ not in ("VERB", "AUX"):
        return None
    return next((c for c in prep.head.children if c.dep_ == "nsubj"), None)


def affiliations(noun) -> list:
    """(preposition, object) pairs that say whom a noun's holder works for or with ("a spokesman for the
    ministry", "an analyst at Moody's", "aides of the senator"); not a time ("officials for years")."""
    if noun.pos_ != "NOUN":
        return []
    return [(c, o) for c in noun.children if c.dep_ == "prep" and c.i > noun.i and c.lower_ in AFFILIATING
            for o in c.children if o.dep_ == "pobj" and o.ent_type_ not in ("DATE", "TIME")]


def up_to_aside(phrase) -> list:
    """A phrase's words before a comma or a clause that describes its last noun ("at the clinic, who ...")."""
    words = list(phrase.subtree)
    cut = min([t.left_edge.i for t in words if t.dep_ in ("relcl", "acl", "appos")]
              + [t.i for t in words[1:] if t.text == ","], default=words[-1].i + 1)
    return [t for t in words if t.i < cut]


def displaced_clause(verb) -> list:
    """The "that" clause of a verb of saying the parser hung on an adverbial clause of time between the two ("said
    after the reports broke that he would repay it"): the event in between, no word of saying, reports nothing."""
    if lemma_of(verb) not in SAYING or any(c.dep_ == "ccomp" for c in verb.children):
        return []
    return [c for adv in verb.children if adv.dep_ == "advcl" and adv.i > verb.i and lemma_of(adv) not in CUES
            and any(m.dep_ in ("mark", "advmod") and m.lower_ in TIME_MARKS for m in adv.children)
            for c in adv.children if c.dep_ == "ccomp" and c.i > adv.i
            and any(m.dep_ == "mark" and m.lower_ == "that" and m.i == c.left_edge.i for m in c.children)][:1]


def answer(verb, lemma: str) -> list:
    """The one-word answer in "46 percent said yes", "half said so", "Cruz thinks so, too"."""
    if lemma not in ("say", "answer", "reply", "respond", "think", "believe", "hope", "expect"):
        return []
    return [c for c in verb.children if c.i > verb.i and c.dep_ in ("intj", "advmod", "dobj")
            and c.lower_ in ("yes", "no", "so")][:1]


def asked_of(verb, target) -> tuple:
    """The object of "urged / asked / called on X to ..." standing before the infinitive it governs."""
    if target.dep_ != "xcomp":
        return ()
    return tuple(c for c in verb.children if c.dep_ == "dobj" and c.i < target.i)


def without_asides(tokens: list) -> list:
    """Content less a trailing aside, which annotators leave out as no part of what was said: ", according
    to ...", "— an aside", ", which ...", ", doing ..."."""
    if len(tokens) < 4:
        return tokens
    last = max((t.i for t in tokens if not t.is_punct), default=tokens[-1].i)  # the full stop closes no aside
    for k in range(3, len(tokens)):
        tok, prev = tokens[k], tokens[k - 1]
        if tok.lower_ == "according" and prev.text == ",":
            return tokens[:k - 1]
        if tok.text in ("—", "--", "–") and not any(t.text == tok.text for t in tokens[k + 1:]):
            return tokens[:k]
        if prev.text == "," and any(h.left_edge.i == tok.i and h.right_edge.i >= last for h in (tok, tok.head)
                                    if h.dep_ == "relcl" or (h.dep_ == "advcl" and h.tag_ == "VBG")):
            return tokens[:k - 1]
    return tokens


def without_opening(tokens: list) -> list:
    """Content less the punctuation, "that" and conjunctions before it; "whether", "if" and an infinitive's
    "to" stay, as annotators keep them ("asked whether ...", "a promise to resign", "eager to debate")."""
    k = 0
    while k < len(tokens) and (tokens[k].is_punct or tokens[k].lower_ == "that"
                               or tokens[k].dep_ == "mark" and tokens[k].lower_ not in ("if", "whether")):
        k += 1
    return tokens[k:]


def reports_apart(tok) -> bool:
    """A reporting verb coordinated without a subject of its own or after a comma with a pronoun for one
    ("..., and he railed against ..."), a participle, or a contrasting clause with a speaker of its own
    ("..., while 22 percent said ...", "even though many doubt ..."): a second statement."""
    if lemma_of(tok) not in CUES:
        return False
    subjects = [c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")]
    return (tok.dep_ == "conj" and (not subjects or subjects[0].lower_ in ("he", "she", "they")
                                    and "," in (t.text for t in tok.doc[tok.left_edge.i - 2:tok.left_edge.i]))) \
        or (tok.dep_ == "advcl" and tok.tag_ == "VBG") \
        or (tok.dep_ == "advcl" and any(c.dep_ == "nsubj" for c in tok.children)
            and any(c.dep_ == "mark" and c.lower_ in CONTRASTS for c in tok.children))


def described(verb) -> list:
    """The noun phrase a reporting relative clause describes: "a defeat Obama believes was his worst",
    "something the voters wanted", "the emails that Smith asked them to find"."""
    if verb.dep_ != "relcl" or verb.head.pos_ not in ("NOUN", "PRON", "PROPN"):
        return []
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if not subjects or subjects[0].tag_ in ("WDT", "WP", "WP$") or any(c.tag_ == "WRB" for c in verb.children):
        return []
    return list(verb.head.subtree)


def held_by(verb, lemma: str) -> list:
    """The noun a passive participle of stance describes, as the one "by" names holds it: "the bill, opposed
    by House Republicans, ...", "a call echoed by Japan"."""
    if verb.dep_ != "acl" or verb.tag_ != "VBN" or lemma not in HELD \
            or verb.head.pos_ not in ("NOUN", "PROPN") or not any(c.dep_ == "agent" for c in verb.children):
        return []
    own = set(verb.subtree)
    return [t for t in verb.head.subtree if t not in own]


def interrupted(verb, lemma: str) -> list:
    """The clause a reporting verb interrupts, closes or opens, which the parser makes its head: "The plan,
    she said, will fail", "X also died in the airstrike, Y confirmed", "As the Post reported, X"."""
    head = verb.head  # the sentence's root, even one the parser took for a noun ("As X reported, cases that
    if head.i == verb.i or head.pos_ not in ("VERB", "AUX") and head.dep_ != "ROOT":  # led to charges ...")
        return []
    own = set(verb.subtree)
    tokens = [t for t in head.subtree if t not in own]
    if verb.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ == "as" for c in verb.children):
        quoted = verb.i + 2 < len(verb.doc) and any(t.text in QUOTE_MARKS for t in verb.doc[verb.i + 1:verb.i + 3])
        own_words = any(c.dep_ in ("xcomp", "ccomp", "dobj") for c in verb.children)
        if any(t.i < verb.left_edge.i for t in tokens) and all(  # "However, as the Post reported, X": X
                t.is_punct or t.dep_ in ("advmod", "cc") for t in tokens if t.i < verb.left_edge.i):
            tokens = [t for t in tokens if t.i > verb.right_edge.i]
        return tokens if lemma in SPEECH and not quoted and not own_words else []  # "As the Post reported,
        # ...", not "as she said, “...”" nor "as Smith continues to lead", whose words are their own
    if verb.dep_ == "ccomp" and head.i > verb.i and lemma not in CLAUSE_ONLY \
            and verb.right_edge.i + 1 < head.i and verb.doc[verb.right_edge.i + 1].text == "," \
            and any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in head.children):
        return tokens  # "If anything, Ash argued, the incident is ...": the parser makes the clause the head
    if verb.dep_ not in ("conj", "parataxis") \
            or (verb.dep_ == "conj" and (head.i > verb.i or lemma in CLAUSE_ONLY)):
        return []
    before = [t for t in tokens if t.i < verb.left_edge.i]
    if not before or before[-1].text != "," and not (verb.dep_ == "parataxis" and verb.left_edge.text == ","):
        return []
    if verb.dep_ == "conj":  # only what comes before: the verb may go on with clauses of its own
        return before if any(t.dep_ == "nsubj" for t in before) else []
    after = [t for t in tokens if t.i > verb.right_edge.i]
    if after and any(t.text in QUOTE_MARKS for t in verb.doc[verb.i + 1:after[0].i]):
        return after  # "When he spoke, he said, “...”": the quote his words open, not the scene before them
    # the head has a subject, or the verb stands between commas inside it ("Riding alone, they said, is hard")
    enclosed = verb.right_edge.i + 1 < len(verb.doc) and verb.doc[verb.right_edge.i + 1].text == "," \
        and any(t.i > verb.right_edge.i + 1 for t in tokens)
    return tokens if enclosed or any(c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj", "csubjpass")
                                     for c in head.children) else []


def share_of_people(verb) -> bool:
    """Whether the verb's subject is a share of those asked ("79 percent of Democrats said", "most voters
    say"): in a poll's finding ("In a CNN poll, ...") the poll reports the whole clause, saying and all."""
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return subj is not None and any(t.like_num or t.lower_ in SHARES for t in subj.subtree)


def views(verb) -> list:
    """What a passive of viewing holds of its subject: "expected [to win]", "seen [as a model]"; not what the
    subject was seen doing ("seen sobbing", "seen parked")."""
    return [c for c in verb.children if c.i > verb.i and (
        c.dep_ in ("ccomp", "oprd") or c.dep_ == "prep" and c.lower_ in PASSIVE_PREPS
        or c.dep_ == "xcomp" and (c.tag_ not in ("VBG", "VBN") or any(a.lower_ == "to" for a in c.children)))]


def noun_cue(noun, owner, voiced: bool) -> list:
    """The words that say a noun's content: with the verb that voices it ("made a promise to resign") or by
    which its subject handles their own ("defended his decision to"), both together, as one predicate; the
    noun alone when an addressee stands between them ("gave the crowd an endorsement of ...")."""
    verb = noun.head
    own = owner is not None and owner.lower_ in ("his", "her", "their") and noun.dep_ == "dobj" \
        and any(c.dep_ == "nsubj" and c.tag_ not in ("WDT", "WP") for c in verb.children)
    between = noun.doc[verb.i + 1:noun.i]
    joined = (voiced or own) and verb.i < noun.i and all(
        t.i >= noun.left_edge.i or t.dep_ in ("prt", "advmod", "neg") for t in between)
    return [verb, noun] if joined else [noun]


def received(noun):
    """The verb by which its subject meets a view of others the noun names ("drew criticism", "came under
    fire", "won the support of"), or None."""
    if noun.lemma_.lower() not in RECEIVED or any(t.like_num or t.lower_ in SHARES for t in noun.lefts):
        return None  # "received 19 percent support" is a poll's count
    verb = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "under" else noun.head
    held = noun.dep_ == "dobj" or noun.dep_ == "pobj" and noun.head.lower_ == "under" and verb.lemma_ == "come"
    return verb if held and verb.pos_ == "VERB" and verb.lemma_.lower() in RECEIVING else None


def name_run(tokens: list, tagged: bool = True) -> list:
    """`tokens` less a trailing parenthesis and a leading "from the", if what is left is a short verbless
    name of a person or body (`tagged` so by the recogniser, else any proper name), or a finding ("Poll")."""
    tokens = list(tokens)
    if tokens and tokens[-1].text == ")":
        opening = [i for i, t in enumerate(tokens) if t.text == "("]
        tokens = tokens[:opening[-1]] if opening else []
    while tokens and tokens[0].lower_ in ("from", "more", "the"):
        tokens.pop(0)
    if not 1 <= len(tokens) <= 6 or any(t.pos_ in ("VERB", "AUX") or t.is_punct for t in tokens):
        return []
    last = tokens[-1]
    named = last.pos_ == "PROPN" and len(last.text) > 1 and (last.ent_type_ in ("PERSON", "ORG") or not tagged)
    return tokens if named or last.lemma_.lower() in FINDING_NOUNS else []


def inverted(tok) -> bool:
    """A verb of any sense put before a named subject right after a quote ("“Great!” beamed Jane Doe"):
    English inverts so only a verb that carries the quote."""
    return tok.tag_ in ("VBD", "VBZ") and any(c.dep_ == "nsubj" and c.i > tok.i and c.pos_ == "PROPN"
                                               for c in tok.children)


def says(tok) -> bool:
    """A word of saying in the past or present tense, however the parser tags it ("barked", "states")."""
    return tok.lower_ in SAID or tok.tag_ in ("VBD", "VBZ", "VBN") and lemma_of(tok) in SPEECH - CLAUSE_ONLY


def quoting(verb) -> bool:
    """A verb that can carry a quote: one of saying, or one of thinking with nothing else to be about
    ("…,” she thought / continued; not "continued to fight"), the quote itself aside, which the parser may
    hang on it as such a complement ("“Let’s boil it down,” he continued")."""
    lemma = lemma_of(verb)
    return lemma in SPEECH and (lemma not in CLAUSE_ONLY or not any(
        c.dep_ in ("xcomp", "dobj", "attr", "acomp", "oprd", "prep") and not quoted_before(verb, c)
        for c in verb.children))


def quoted_before(verb, child) -> bool:
    """Whether the child's phrase is a quote set before the verb: it opens with a quote mark."""
    first = child.left_edge.i
    return child.i < verb.i and (verb.doc[first].text in QUOTE_MARKS
                                 or first > 0 and verb.doc[first - 1].text in QUOTE_MARKS)
