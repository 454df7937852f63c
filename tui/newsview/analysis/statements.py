"""Who said what: direct, mixed and indirect speech and block statements, from one parsed article.

Attribution comes from the dependency parse (the subject of a reporting verb,
the owner of a noun of saying, the object of "according to") or from the
layout of quotes (a name before a colon or after a dash), never from word
lists of names, so it carries over to any English news text. Pronouns and
descriptions ("he", "the statement") are resolved to the latest fitting speaker
or person before them ("he" and "she" to one not said to be of the other sex, "they" and "it" to a
named body), relative pronouns ("who", "which") to the noun their
clause describes; a date or time is never a speaker. Content is bounded as annotators of reported speech
bound it (PolNeAR's conventions): quotes of one paragraph carried by one verb
are one statement, and trailing asides ("..., according to X", ", which ...")
are left out. What the parse says around one word of saying is read by the functions of clauses.py.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, replace
from functools import cached_property, partial

from newsview.analysis.clauses import (CONTRASTS, DESCRIPTIONS, DOCUMENTS, QUOTE_MARKS, agent, answer, antecedent,
                                       asked_of, between_commas, complement_within, described, held_by, idiom,
                                       interrupted, inverted, lemma_of, lost_subject, name_run, noun_as_clause,
                                       noun_cue, object_control, owner_of_words, quoting, received, reports_apart,
                                       reports_clause, says, share_of_people, speaking_noun, spoken_to, timely,
                                       verb_as_noun, views, without_asides, without_opening)
from newsview.analysis.cues import (ADDRESSED, ADDRESSING, ATTITUDES, CLAUSE_ONLY, CUES, DIRECTIVES, FINDING_NOUNS,
                                    FINDINGS, HELD, IMPRESSION_COMPLEMENTS, IMPRESSIONS, INTENT, NAMING, NOUN_CUES,
                                    NOUN_PREPS, PASSIVE_VIEWS, PREP_CUES, PUBLISHED, PUBLISHING, SAYING, SPEECH,
                                    STANCE, VOICING)
from newsview.analysis.nlp import text_length
from newsview.analysis.quotes import paragraphs
from newsview.analysis.references import PERSONAL as SEX_OF_PRONOUN

QUOTE_CHARS = "".join(QUOTE_MARKS)

PRONOUNS = {"he", "she", "they", "it", "i", "we", "who"}
# descriptions of a body no one person answers, and the kinds of name each may stand for
BODIES = {**dict.fromkeys(("court", "agency", "ministry", "department", "company", "organisation", "organization"),
                          ("ORG",)),
          **dict.fromkeys(("government", "military", "army"), ("ORG", "GPE")),
          **dict.fromkeys(("group", "party", "militia"), ("ORG", "NORP"))}
PERSONAL = {"he", "she", "i"}
POSSESSIVE = {"his": "he", "her": "she", "their": "they", "its": "it", "my": "i", "our": "we"}  # "his call for"
# Small words a title leaves in lower case ("Doomed to Succeed", "Orange Is the New Black").
TITLE_WORDS = {"of", "the", "and", "a", "an", "in", "to", "for", "on", "at", "with", "by", "from", "or", "is"}
DASHES = {"-", "–", "—", "―", "--", "~"}
ENDS = {".", "...", "…", "?", "!", ";"}
GROUPS = {"they": ("ORG", "NORP"), "it": ("ORG", "GPE")}  # what a plural and a neuter pronoun may speak for





@dataclass
class Found:
    content: tuple[int, int]
    kind: str
    cue: str
    cue_span: tuple[int, int] | None
    speaker_text: str
    speaker_span: tuple[int, int] | None
    resolved: tuple[int, int] | None  # the named mention the speaker stands for, if any

    @property
    def speaker(self) -> tuple[str, tuple[int, int] | None, tuple[int, int] | None]:
        return self.speaker_text, self.speaker_span, self.resolved

    def to_dict(self) -> dict:
        return {"content": list(self.content), "kind": self.kind, "cue": self.cue,
                "cue_span": list(self.cue_span) if self.cue_span else None, "speaker_text": self.speaker_text,
                "speaker_span": list(self.speaker_span) if self.speaker_span else None,
                "resolved": list(self.resolved) if self.resolved else None}


class Extractor:
    """Statements of one article from its parsed pieces (offset, Doc)."""

    def __init__(self, text: str, pieces: list, people: list[tuple[int, int, str]],
                 sexes: dict[tuple[int, int], str], quotes: list[tuple[int, int]]):
        self.text = text
        self.pieces = pieces
        self.surnames = {text[m[0]:m[1]].split()[-1] for m in people if m[2] == "PERSON"}
        self.named = [(s, e, "PERSON") if text[s:e] in self.surnames else (s, e, label)  # "DeMint", tagged ORG
                      for s, e, label in people]  # (start, end, label) of named mentions, in order
        self.sexes = sexes  # (start, end) of a person's mention -> its sex, as references learn it
        # (start, index) of the named mentions by start and the longest one's length, to find one by bisection
        self.named_starts = sorted((m[0], k) for k, m in enumerate(self.named))
        self.longest = max((m[1] - m[0] for m in self.named), default=0)
        self.quotes = quotes  # the article's quoted spans (quotes.quoted_spans): in text order, apart
        self.quote_starts = [q[0] for q in self.quotes]
        self.paras = paragraphs(text)
        self.tokens = [(off, tok) for off, doc in pieces for tok in doc]  # made once: a Doc makes Tokens anew
        self.starts = [doc.to_array("IDX").tolist() for _, doc in pieces]  # token offsets of each piece, for bisection
        self.lengths = [text_length(doc) for _, doc in pieces]
        self.found: list[Found] = []
        self.sentences: dict[tuple[int, int], tuple[int, int]] = {}  # see sentence_span
        self.unnamed_groups: set[tuple[int, int]] = set()  # spans of speakers described as a group, with no name
        subjects, self.noun_objects = [], []
        for off, tok in self.tokens:
            if tok.dep_ in ("nsubj", "nsubjpass") and not self.in_quote(off + tok.idx):
                subjects.append(self.mention_at(self.span_of(off, [tok])))
            elif tok.dep_ == "dobj" and tok.pos_ == "NOUN":
                self.noun_objects.append((off, tok))
        self.subjects = [m for m in dict.fromkeys(subjects) if m]  # named mentions standing as a subject

    # --- helpers over tokens -------------------------------------------------
    def in_quote(self, pos: int) -> tuple[int, int] | None:
        k = bisect_right(self.quote_starts, pos + 1) - 1  # the last quote from one character after `pos` back
        return self.quotes[k] if k >= 0 and pos < self.quotes[k][1] + 1 else None

    @staticmethod
    def span_of(off: int, tokens) -> tuple[int, int]:
        tokens = list(tokens)
        return off + tokens[0].idx, off + tokens[-1].idx + len(tokens[-1].text)

    def mention_at(self, span: tuple[int, int], label: str | None = None) -> tuple[int, int, str] | None:
        """The first named mention (in the order given) overlapping the span, of the label if one is given."""
        lo = bisect_right(self.named_starts, (span[0] - self.longest, len(self.named)))
        hi = bisect_left(self.named_starts, (span[1], -1))
        first = min((k for start, k in self.named_starts[lo:hi] if span[0] < self.named[k][1]
                     and label in (None, self.named[k][2])), default=None)
        return self.named[first] if first is not None else None

    def speaker_phrase(self, off: int, head) -> tuple[int, int]:
        """The subject without appositions, relative clauses and trailing punctuation; an adjective the parser made
        the head keeps the words it is joined to ("Current and former officials"), never a speaker alone."""
        keep = [head]
        joined = ("cc", "conj") if head.pos_ == "ADJ" else ()
        for child in head.children:
            if child.dep_ in ("appos", "relcl", "acl", "punct", "cc", "conj", "advmod") and child.i > head.i \
                    and child.dep_ not in joined:
                continue
            if child.i < head.i or (child.dep_ == "prep" and child.text.lower() == "of"):
                keep.extend(child.subtree)
            elif child.dep_ in joined:  # up to the joined noun, not the clause that describes it
                keep.extend(t for t in child.subtree if t.i <= child.i)
        keep.sort(key=lambda t: t.i)
        marks = [k for k, t in enumerate(keep) if t.text in QUOTE_MARKS and t.i < head.i]
        keep = keep[marks[-1] + 1:] if marks else keep  # "“It’s unanimous,” councilmember Levine said"
        while keep and keep[0].dep_ == "punct":
            keep.pop(0)
        return self.span_of(off, keep)

    def subject(self, verb):
        node = verb
        for _ in range(4):
            off = next((o for o, d in self.pieces if d is verb.doc), 0)
            subjects = [c for c in node.children if c.dep_ in ("nsubj", "nsubjpass")
                        and not (c.dep_ == "nsubjpass" and node.lemma_ in ("say", "report"))
                        and not timely(c) and not self.in_quote(off + c.idx)]
            if subjects:  # the parser may also hang a quoted clause's subject here
                return self.reporting_subject(verb, node) or min(subjects, key=lambda c: abs(c.i - node.i))
            if (noun := noun_as_clause(node)) is not None:
                return next(c for c in noun.children if c.dep_ == "nsubj")
            for child in node.children:
                if child.dep_ == "agent":
                    objs = [c for c in child.children if c.dep_ == "pobj"]
                    if objs:
                        return objs[0]
            if node.dep_ in ("xcomp", "advcl") and not (verb.tag_ == "VBG" and node is not verb) \
                    and (controller := object_control(node)) is not None:  # "urging voters to X and promising"
                return controller
            if node.dep_ == "acl" and node.head.pos_ in ("NOUN", "PROPN") \
                    and any(c.dep_ == "aux" and c.lower_ == "to" for c in node.children):
                # "Turkey's refusal to acknowledge ...": the one who refuses; no one says "a rare chance to show"
                owner = next((c for c in node.head.children if c.dep_ == "poss"), None)
                if owner is None:
                    break
                return owner
            if node.dep_ == "acl" and node.head.pos_ in ("NOUN", "PROPN") \
                    and (node.tag_ == "VBG" or reports_clause(node)):
                return node.head  # "a speech denouncing the plan": the noun speaks; "Two analysts, ..., found that"
            if node.dep_ in ("advcl", "conj", "xcomp", "dep", "ccomp", "parataxis", "pcomp", "prep") \
                    and node.head.i != node.i:
                through_prep, node = node.dep_ == "prep", node.head
                if through_prep and node.dep_ in ("dobj", "attr"):  # "took the step of announcing"
                    node = node.head
            else:
                break
        return lost_subject(verb)

    def reporting_subject(self, verb, node):
        """The subject of the verb that reports `node`'s clause, when `verb`, a cue, is conjoined to `node` only
        by the parse ("He said the core of it lay in X and described Y") and `node`'s own subject is a bare
        common noun, no name, pronoun or role of one: the reporter goes on speaking."""
        if verb.dep_ != "conj" or verb.head.i != node.i or node.dep_ != "ccomp" or lemma_of(node) in CUES \
                or lemma_of(node.head) not in SPEECH:
            return None
        own = next((c for c in node.children if c.dep_ == "nsubj"), None)
        if own is None or own.pos_ != "NOUN" or speaking_noun(own) \
                or any(t.ent_type_ for t in (own, *own.lefts)):  # "the Pentagon's plan", not "the core of American ..."
            return None
        outer = [c for c in node.head.children if c.dep_ == "nsubj"]
        return outer[0] if outer else None

    # --- resolution ----------------------------------------------------------
    def earlier(self, before: int) -> list[Found]:
        """The statements found so far that open before `before` and whose speaker is known."""
        return [f for f in self.found if f.content[0] < before and f.resolved]

    def resolve(self, text: str, before: int) -> tuple[int, int] | None:
        lowered = POSSESSIVE.get(text.lower(), text.lower())
        earlier = self.earlier(before)
        if lowered in PERSONAL:
            return self.person_meant(SEX_OF_PRONOUN.get(lowered), before, earlier)
        if lowered in GROUPS:
            return self.group_meant(lowered, before, earlier)
        if DESCRIPTIONS.match(text) and lowered.split()[-1] in DOCUMENTS:
            issuer = self.issuer(lowered.split()[-1], before)  # "X issued a statement ... the statement said"
            if issuer:
                return issuer
        if (lowered in PRONOUNS or DESCRIPTIONS.match(text)) and earlier:
            if (kinds := BODIES.get(lowered.split()[-1])) is not None:  # "The Arizona group said": a body of
                # its kind, named, never the person speaking last
                earlier = [f for f in earlier if (self.mention_at(f.resolved) or (0, 0, None))[2] in kinds]
            return earlier[-1].resolved if earlier else None
        return None

    def person_meant(self, sex: str | None, before: int, earlier: list[Found]) -> tuple[int, int] | None:
        """The person "he", "she" or "I" speaks for: the latest speaker of that sex (or of one the article does
        not say), unless a person of that sex became a subject after what they said or was named well after them."""
        def fits(m) -> bool:
            return bool(m) and m[2] == "PERSON" and (sex is None or self.sexes.get(m[:2]) in (None, sex))

        fitting = [f for f in earlier if fits(self.mention_at(f.resolved))]  # speakers who fit, in order
        # a subject, but not one of what a speaker who fits said: "Roe said Lee erred. He ..." is Roe
        def reported(p) -> bool:
            return any(f.content[0] <= p[0] and p[1] <= f.content[1] for f in fitting)

        subject = next((p for p in reversed(self.subjects) if p[1] <= before and fits(p) and not reported(p)), None)
        last_person = next((p for p in reversed(self.named) if p[1] <= before and fits(p)), None)
        speaker = fitting[-1].resolved if fitting else None
        if speaker is None:
            person = subject or last_person
            return person[:2] if person else None
        if subject and subject[0] > max(speaker[1], fitting[-1].content[1]):  # not one named inside the speaker's
            return subject[:2]  # sentence: "Roe, who urged Lee to resign, said Lee must go, though he said ..."
        if (lead_in := self.lead_in(before, lambda p: fits(p) and not reported(p))) is not None:
            return lead_in[:2]
        return speaker if not last_person or last_person[0] <= speaker[1] + 300 else last_person[:2]

    @cached_property
    def sentence_starts(self) -> list[int]:
        """Where the article's sentences start, as parsed: asked only of a quote a pronoun closes."""
        return [off + sent.start_char for off, doc in self.pieces for sent in doc.sents]

    def lead_in(self, before: int, fits) -> tuple[int, int, str] | None:
        """The one person who fits named in the sentence right before a quote, where that sentence quotes no
        one: "That did not satisfy Justice Roe. “…,” he said" is Roe, whoever spoke last; but in "He said Roe
        would chair the panel. “…,” he said" Roe is only what the speaker said, if `fits` says so."""
        k = bisect_right(self.quote_starts, before) - 1
        if k >= 0 and not self.text[self.quotes[k][1]:before].strip(QUOTE_CHARS + ",.!? \t\xa0"):
            before = self.quotes[k][0]  # the speaker after the quote: the sentence before the quote
        end = len(self.text[:before].rstrip(QUOTE_CHARS + " \t\n\xa0"))
        start = self.sentence_starts[max(0, bisect_right(self.sentence_starts, end - 1) - 1)]  # not at "R-S.C."
        if any(c in QUOTE_CHARS for c in self.text[start:end]):
            return None
        lo = bisect_left(self.named_starts, (start, -1))
        hi = bisect_left(self.named_starts, (end, -1))
        people = [self.named[k] for _, k in self.named_starts[lo:hi] if fits(self.named[k])]
        return people[0] if len(people) == 1 else None

    def group_meant(self, pronoun: str, before: int, earlier: list[Found]) -> tuple[int, int] | None:
        """The body "they" or "it" speaks for: the latest speaker or subject named as one, never a person, nor a
        person's name the recogniser took for a body elsewhere; with no body named before it, for "they" the
        latest speaker described as a group without a name ("officials said ...; they added"), else the latest
        speaker, whose report the pronoun's clause most often sits in ("He asked whether they planned ...")."""
        def fits(m) -> bool:
            return bool(m) and m[2] in GROUPS[pronoun] and self.text[m[0]:m[1]].split()[-1] not in self.surnames

        subject = next((p for p in reversed(self.subjects) if p[1] <= before and fits(p)), None)
        speaker = next((f.resolved for f in reversed(earlier) if fits(self.mention_at(f.resolved))), None)
        latest = max((s for s in (subject, speaker) if s), key=lambda s: s[0], default=None)
        if latest is not None:
            return latest[:2]
        group = next((f.speaker_span for f in reversed(self.found) if f.content[0] < before
                      and f.speaker_span in self.unnamed_groups), None) if pronoun == "they" else None
        return group or (earlier[-1].resolved if earlier else None)

    def issuer(self, noun: str, before: int) -> tuple[int, int] | None:
        """The named subject of the latest clause that issued a `noun` ("The ministry released a statement")."""
        for off, tok in reversed(self.noun_objects):
            if off + tok.idx >= before or tok.lemma_.lower() != noun:
                continue
            subj = self.subject(tok.head)
            mention = self.mention_at(self.span_of(off, [subj])) if subj is not None else None
            if mention:
                return mention[:2]
        return None

    def publisher(self, noun):
        """The one who issues the thing a noun names, which speaks for them: "the council passed a resolution
        condemning X", "Smith released an ad that says X" -> the council, Smith; else the noun."""
        if noun.pos_ != "NOUN" or noun.dep_ != "dobj" or noun.lemma_.lower() not in PUBLISHED \
                or lemma_of(noun.head) not in PUBLISHING or any(c.dep_ == "poss" for c in noun.children):
            return noun
        subj = self.subject(noun.head)
        return noun if subj is None else antecedent(subj)

    def make_speaker(self, off: int, head) -> tuple[str, tuple[int, int], tuple[int, int] | None]:
        """(text, span, named mention) of the speaker a subject gives; a relative pronoun speaks for the noun it
        stands for, and its span stays on the pronoun, the clause's own subject, as annotators mark it."""
        noun = antecedent(head)
        text, span, resolved = self.noun_speaker(off, noun)
        return text, span if noun.i == head.i else self.span_of(off, [head]), resolved

    def noun_speaker(self, off: int, head) -> tuple[str, tuple[int, int], tuple[int, int] | None]:
        head = owner_of_words(self.publisher(head))
        span = self.speaker_phrase(off, head)
        text = self.text[span[0]:span[1]]
        head_span = self.span_of(off, [head])
        mention = self.named_or_apposed(off, head)  # "a Pentagon official" is not the Pentagon: only the head counts
        if mention is None and head.pos_ == "PROPN":  # a surname the tagger missed: the person it ends
            named = [p for p in self.named if p[2] == "PERSON" and self.text[p[0]:p[1]].split()[-1] == head.text]
            mention = next((p for p in reversed(named) if p[1] <= head_span[0]), named[0] if named else None)
        affiliation = [o for c in head.children if c.dep_ == "prep" and c.lower_ in ("for", "of", "at", "from")
                       for o in c.children if o.dep_ == "pobj"]
        if mention is not None and mention[2] == "NORP" and head.tag_ in ("NN", "NNP"):
            return text, span, self.member_meant(head, span[0])
        if mention is None and head.tag_ == "NNS":  # "officials", "the protesters": a group without a name
            self.unnamed_groups.add(span)
        if mention is None and affiliation and head.pos_ == "NOUN":  # "a spokesman for the ministry", "the
            mention = self.named_or_apposed(off, affiliation[0])  # statement from his lawyer, Jane Doe"
            if mention is None:
                return text, span, None  # someone of an unnamed body, not the last speaker
        resolved = mention[:2] if mention else self.resolve(text, span[0])
        return text, span, resolved

    def member_meant(self, head, before: int) -> tuple[int, int] | None:
        """The person one of a party or a people is ("The Arizona Republican said", "the Senate's top Democrat
        said"): the one the text is about, as for "he"; "a Republican" is someone unnamed, never the party."""
        definite = any(c.dep_ == "poss" or c.dep_ == "det" and c.lower_ in ("the", "this", "that")
                       for c in head.children)
        return self.person_meant(None, before, self.earlier(before)) if definite else None

    def named_or_apposed(self, off: int, tok) -> tuple[int, int, str] | None:
        """The named mention at a noun, else the name set beside it ("the city auditor, Jane Doe")."""
        return self.mention_at(self.span_of(off, [tok])) or next(
            (m for c in tok.children if c.dep_ == "appos" and (m := self.mention_at(self.span_of(off, [c])))), None)

    # --- extraction ----------------------------------------------------------
    def run(self) -> list[Found]:
        claimed: list[tuple[int, int]] = []
        quote_speaker: dict[tuple[int, int], Found] = {}
        verbs, others = [], []
        for off, tok in self.tokens:  # one pass, each attribute read once: this runs over every token
            pos, low = tok.pos_, tok.lower_
            verbal = pos in ("VERB", "AUX")
            if (verbal or pos == "NOUN" and verb_as_noun(tok)) \
                    and (lemma_of(tok) in CUES or reports_clause(tok)):
                verbs.append((off, tok))
            reading = (self.from_according if low == "according" and tok.i + 1 < len(tok.doc)
                       and tok.nbor(1).lower_ == "to" else
                       self.from_colon if tok.text in (":", "):") else
                       self.from_noun if pos == "NOUN" and (tok.lemma_.lower() in NOUN_CUES or received(tok)) else
                       self.from_finding if low == "in" else
                       self.from_attitude if low in ATTITUDES and tok.dep_ in ("acomp", "oprd") else
                       self.from_impression if verbal and lemma_of(tok) in IMPRESSIONS else None)
            if reading is not None:
                others.append((off + tok.idx, partial(reading, off, tok, claimed)))
        # every place a statement may hang from, each with its reading, taken in text order
        items = [(q[0], partial(self.from_quote, q, verbs, claimed, quote_speaker)) for q in self.quotes]
        items += [(off + tok.idx, partial(self.from_verb, off, tok, claimed, quote_speaker)) for off, tok in verbs]
        items += others
        items.sort(key=lambda x: x[0])
        for _, reading in items:
            reading()
        self.blocks()
        self.found.sort(key=lambda f: f.content[0])
        self.found = self.joined(self.found)
        return self.found

    def joined(self, found: list[Found]) -> list[Found]:
        """Quotes carried by the same reporting verb are one statement ("“A,” she said. “B.”"), in one
        paragraph or going on in the next, as a reader takes them and as annotators mark them, also over an
        aside reported between them ("“A,” she said, citing X. “B.”") unless the aside is the longer part."""
        out: list[Found] = []
        last = None  # index of the latest direct statement; the asides after it stay statements of their own
        for f in found:
            before = out[last] if last is not None else None
            aside = sum(a.content[1] - a.content[0] for a in out[last + 1:]) if before else 0
            if f.kind == "direct" and before and before.cue_span and before.cue_span == f.cue_span \
                    and aside < before.content[1] - before.content[0] + f.content[1] - f.content[0] \
                    and (self.same_paragraph(before.content[0], f.content[0]) or self.bare_quote_after(before, f)):
                out[last] = replace(before, content=(before.content[0], f.content[1]))
                continue
            out.append(f)
            last = len(out) - 1 if f.kind == "direct" else last
        return out

    def same_paragraph(self, a: int, b: int) -> bool:
        return any(s <= a and b < e for s, e in self.paras)

    def bare_quote_after(self, last: Found, f: Found) -> bool:
        """Whether `f` is a paragraph of nothing but a quote, right after the paragraph where `last` ends."""
        at = [i for i, (s, e) in enumerate(self.paras) if s <= last.content[1] <= e or s <= f.content[0] < e]
        if len(at) < 2 or at[-1] - at[0] != 1:
            return False
        s, e = self.paras[at[-1]]
        rest = self.text[s:f.content[0]] + self.text[f.content[1]:e]
        return not rest.strip(" \n\t\"“”'’.,!?")

    def supersedes(self, span, claimed) -> bool:
        """Whether a clause reported by a verb of saying or by "according to" holds every statement found in it,
        each with its cue ("Protocol called for X, an agent said"; "Most say X, according to the poll"):
        annotators mark the outer report alone, so the inner ones go."""
        inner = [f for f in self.found if f.content[0] < span[1] and span[0] < f.content[1]]
        if not inner or len(inner) != sum(1 for s, e in claimed if s < span[1] and span[0] < e) or not all(
                f.kind == "indirect" and f.cue_span and span[0] <= f.cue_span[0] and f.content[1] <= span[1]
                and span[0] <= f.content[0] for f in inner):
            return False
        for f in inner:
            self.found.remove(f)
            claimed.remove(f.content)
        return True

    def overlaps_claimed(self, span, claimed) -> bool:
        return any(s < span[1] and span[0] < e for s, e in claimed)

    def reported(self, span, cue_span, speaker, claimed, kind: str | None = None) -> None:
        """Record reported speech (mixed when a quotation lies in it) and claim its span."""
        if kind is None:
            kind = "mixed" if any(span[0] - 1 <= q[0] and q[1] <= span[1] + 1 for q in self.quotes) else "indirect"
        self.found.append(Found(span, kind, self.text[cue_span[0]:cue_span[1]], cue_span, *speaker))
        claimed.append(span)

    def from_verb(self, off: int, verb, claimed, quote_speaker) -> None:
        if self.in_quote(off + verb.idx) or verb.dep_ in ("amod", "compound"):  # "pledged delegates"
            return
        lemma = lemma_of(verb)
        # "Smith is expected to win"; "the bill was opposed by Republicans", any passive of stance with its holder;
        # "Trump was challenged over ...", "the plan was rejected", a stance of someone unnamed
        if (lemma in PASSIVE_VIEWS or lemma in STANCE and lemma not in NAMING
                or lemma in HELD and agent(verb) is not None) and self.viewed(verb) is not None:
            self.from_passive(off, verb, claimed)
            return
        clauses = [c for c in verb.children if c.dep_ in ("ccomp", "xcomp")
                   and (c.pos_ in ("VERB", "AUX") or lemma in NAMING)  # "considers her untrustworthy"
                   and any(t.dep_ in ("nsubj", "nsubjpass", "csubj", "csubjpass", "expl") or t.dep_ == "mark"
                           and t.lower_ == "that" for t in c.children)]  # "argued that curtailing X would ..."
        if lemma in ("say", "tell", "add", "write", "tweet", "report", "confirm", "ask", "wonder"):
            clauses += [c for c in verb.children if c.dep_ in ("ccomp",) and c not in clauses]
        # "noted that the way states vote ...": a "that" clause the parser made a noun
        clauses += [c for c in verb.children if c.dep_ == "ccomp" and c not in clauses
                    and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)]
        if lemma in ("ask", "wonder"):  # "asked Clinton if Trump benefits": the parser may make it adverbial
            clauses += [c for c in verb.children if c.dep_ == "advcl" and c.i > verb.i and any(
                m.dep_ == "mark" and m.lower_ in ("if", "whether") for m in c.children)]
        if clauses:  # "said X, but that Y": the parser hangs the second "that" clause on the verb as a conjunct
            clauses += [c for c in verb.children if c.dep_ == "conj" and c.i > verb.i and c.left_edge.lower_ == "that"
                        and c.left_edge.dep_ == "mark"]
        if lemma == "feel":  # "felt like my life was over": the parser makes the clause an adverbial one
            clauses += [c for c in verb.children if c.dep_ == "advcl" and c.i > verb.i and any(
                m.dep_ == "mark" and m.lower_ == "like" and m.i == c.left_edge.i for m in c.children)]
        if lemma in INTENT or lemma in DIRECTIVES:
            clauses += [c for c in verb.children if c.dep_ == "xcomp" and c.pos_ in ("VERB", "AUX") and c not in clauses
                        and (lemma in INTENT or asked_of(verb, c))]
        if lemma in FINDINGS:
            clauses += [c for c in verb.children if c.dep_ == "ccomp" and c not in clauses]
        if (lemma in SAYING or lemma in FINDINGS) and lemma not in ("say", "tell"):  # "claimed to have won"
            clauses += [c for c in verb.children if c.dep_ == "xcomp" and c.pos_ == "VERB" and c not in clauses]
        if lemma in SAYING and not clauses:
            clauses = complement_within(verb)
        # a clause marked as an adverbial one ("..., Spencer said, as fighters worked out") is no content
        clauses = [c for c in clauses if not any(m.dep_ == "mark" and m.lower_ not in ("that", "if", "whether", "like")
                                                 for m in c.children)]
        noun = noun_as_clause(verb)  # the speaker's phrase, misparsed
        clauses = [c for c in clauses if noun is None or c.i != noun.i]
        # "X, said a spokesman, who helped Y": the parser may make the speaker after a verb with no subject the
        # subject of a clause of its own
        if any(c.i < verb.i for c in clauses) and not any(c.dep_ == "nsubj" for c in verb.children):
            clauses = [c for c in clauses if c.i < verb.i or not any(
                s.dep_ == "nsubj" and s.left_edge.i == verb.i + 1 for s in c.children)]
        if any(c.i > verb.i for c in clauses):  # "A said X; B said Y": X is A's, not B's, unless the reporting
            own = min((c.left_edge.i for c in verb.children if c.dep_ == "nsubj"), default=verb.i)  # clause stands
            clauses = [c for c in clauses if c.i > verb.i or lemma_of(c) not in SPEECH and c.i < own  # in it
                       and verb.doc[own - 1].text == "," and c.right_edge.i >= own - 2]  # "It is, X said, that ..."
        objects = self.objects(off, verb, lemma) or answer(verb, lemma)
        if lemma == "tell":  # "told Newsweek that ...", "told him to leave": not "told of plans to leave"
            clauses = [c for c in clauses if c.dep_ == "ccomp" or asked_of(verb, c)]
        # content that holds the reporting clause itself: "The plan, she said, will fail", "the cause he believes in"
        around = [] if clauses or objects else \
            interrupted(verb, lemma) or described(verb) or held_by(verb, lemma) \
            or self.set_off(verb, lemma)
        if not clauses and not objects and not around:
            return
        targets = clauses or objects
        # "urged Congress to act": the one urged belongs to what is urged
        targets = [c for t in targets for c in (t,) + asked_of(verb, t)]
        tokens = around or sorted((t for c in targets for t in c.subtree), key=lambda t: t.i)
        # a reporting verb the parser hangs on the clause ("and insisted that ...", ", noting ...") starts its own
        others = {t for target in targets for c in target.children if reports_apart(c) for t in c.subtree}
        tokens = without_asides([t for t in tokens if t not in others and not t.is_space])
        tokens = without_opening(tokens)
        while tokens and (tokens[-1].dep_ == "cc" or tokens[-1].dep_ == "punct" and tokens[-1].text not in "\"”'’"):
            tokens.pop()
        heard = spoken_to(verb, lemma)
        subj = agent(verb) if heard else self.subject(verb)
        if subj is not None and subj.dep_ == "appos" and tokens \
                and tokens[0].i < subj.i <= tokens[-1].i <= subj.right_edge.i:  # the speaker's name hung on the
            tokens = [t for t in tokens if t.i < subj.left_edge.i]  # clause's end is no part of it
            while tokens and tokens[-1].is_punct:
                tokens.pop()
        if not tokens or len(tokens) == 1 and tokens[0].tag_ == "PRP":  # "attacked him" says nothing of its own
            return
        span = self.span_of(off, tokens)
        named = self.quote_after(off, tokens[-1]) if lemma in NAMING and objects else None
        span = (span[0], named[1]) if named else span  # "called it “shameful”": the name it was given
        inside = [q for q in self.quotes if q[0] >= span[0] - 1 and q[1] <= span[1] + 1]
        if subj is not None and idiom(verb, subj):
            return
        relative = tokens[0].tag_ in ("WDT", "WP")  # "applicants, which he said were split": the clause is content
        if subj is None and not heard or subj is not None and (
                self.span_of(off, [subj])[0] in range(*span)
                and not (around or relative or between_commas(verb, subj, targets, inside))
                or (subj.lower_ == "you" and verb.sent[-1].text == "?")):  # "Do you support X?" asks, not says
            return
        speaker_text, speaker_span, resolved = self.make_speaker(off, subj) if subj is not None else ("", None, None)
        cue_span = self.span_of(off, [verb])
        around = [q for q in self.quotes if q[0] - 1 <= span[0] and span[1] <= q[1] + 1]
        inside = inside or around
        if inside and self.all_quoted(span, inside):
            # the clause is a quotation: the quote itself is the statement, attributed here
            for q in inside:
                quote_speaker[q] = Found(q, "direct", verb.text, cue_span, speaker_text, speaker_span, resolved)
            return
        if self.overlaps_claimed(span, claimed) and not (lemma in SAYING and self.supersedes(span, claimed)):
            return
        kind = "mixed" if inside else "indirect"
        if lemma in CLAUSE_ONLY and not inside and lemma not in ("issue", "release", "read") \
                and subj is not None and subj.lower_ in ("it", "this", "that"):
            return
        self.found.append(Found(span, kind, verb.text, cue_span, speaker_text, speaker_span, resolved))
        claimed.append(span)
        for q in inside:
            claimed.append(q)

    def all_quoted(self, span, quotes) -> bool:
        """Whether nothing but "that" and punctuation stands outside the quotes in the span: "called it a “special
        place”" names a thing in quoted words, "said “...”" and "said that “...”" quote."""
        outside, at = [], span[0]
        for q in sorted(quotes):
            outside.append(self.text[at:max(at, q[0])])
            at = max(at, q[1])
        outside.append(self.text[at:span[1]])
        return all(w.lower() == "that" for w in re.findall(r"\w+", "".join(outside)))

    def set_off(self, verb, lemma: str) -> list:
        """The sentence around a reporting clause set off by commas, however the parser hangs the two: "X was
        hurt, police said.", "Sorry, Sanders said.", "At times, aides said, the mere mention of her made him
        fume.": the words before and after "SUBJECT said ...," in the sentence."""
        # the nearest: the parser may hang the clause's own subject here too ("for people with ..., she said")
        subject = max((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), key=lambda c: c.i, default=None)
        if lemma not in SPEECH or lemma in CLAUSE_ONLY or subject is None:
            return []
        doc, sent = verb.doc, verb.sent
        first = subject.left_edge.i
        if first <= sent.start or doc[first - 1].text != ",":
            return []
        own = {t.i for t in verb.subtree}
        last = verb.i  # the clause runs on through the verb's own words ("said on Tuesday") to a comma or the end
        while last + 1 < sent.end and last + 1 in own and not doc[last + 1].is_punct:
            last += 1
        after = doc[last + 1] if last + 1 < sent.end else None
        if after is not None and not (after.text == "," and after.i + 1 < sent.end
                                      and doc[after.i + 1].text not in QUOTE_MARKS or after.text in ENDS) \
                or any(c.dep_ in ("dobj", "ccomp", "xcomp", "attr", "oprd", "dative") for c in verb.children):
            return []  # "said: ...", "said, “...”" and "posted a photo" have words of their own
        tokens = [t for t in sent if (t.i < first - 1 or t.i > last + 1) and not t.is_space]
        before = [t for t in tokens if t.i < first and not t.is_punct]
        scene = not any(t.pos_ in ("VERB", "AUX") for t in before) and (
            before[:1] and before[0].pos_ in ("ADP", "SCONJ") or any(t.ent_type_ in ("DATE", "TIME") for t in before))
        # "During a rally, Trump remarked, ..." sets a scene, the words being elsewhere, unless a clause of its own
        # follows ("At times last year, aides said, the mere mention of her made him fume")
        if not before or scene and not any(t.dep_ in ("nsubj", "nsubjpass", "expl") and t.i > last for t in tokens):
            return []
        return tokens

    def objects(self, off: int, verb, lemma: str) -> list:
        """What a stance or object verb is about: its object with the complement that describes it ("called
        the plan a disgrace", "described him as a friend", "accused her of lying", "called him “a fraud”"),
        a gerund ("supported raising taxes"), or the object of the preposition its sense takes ("talked
        about taxes")."""
        out = []
        if lemma in HELD:
            out = [c for c in verb.children if c.dep_ == "dobj" and c.tag_ not in ("WDT", "WP")]
            preps = ("as",) if lemma in NAMING else ("as", "of", "to", "for")  # not "called attention to"
            complements = [c for c in verb.children if c.i > verb.i and (c.dep_ == "oprd" or (
                           out and c.i > out[0].i and c.dep_ == "prep" and c.lower_ in preps))]
            named = complements or any(self.quoted_within(off, o) or self.quote_after(off, o) for o in out)
            out = [] if lemma in NAMING and not named else out + complements
            out += [c for c in verb.children if c.dep_ == "xcomp" and c.tag_ == "VBG" and not out]
        preps = PREP_CUES.get(lemma, ())
        holders = [verb] + [c for c in verb.children if c.dep_ == "dobj" and lemma in ADDRESSING]
        # after the verb: a fronted "On Twitter, ..." is where it was said, not what
        out += [o for h in holders for p in h.children if p.dep_ == "prep" and p.lower_ in preps and p.i > verb.i
                for o in p.children if o.dep_ in ("pobj", "pcomp") and o.tag_ not in ("WDT", "WP")
                and o.ent_type_ not in ("DATE", "TIME")]  # "called her on Sunday"
        # "called for Trump to drop out": the parser makes the clause an adverbial one marked by the preposition
        out += [c for c in verb.children if c.dep_ == "advcl" and c.i > verb.i
                and any(m.dep_ == "mark" and m.lower_ in preps and m.i == c.left_edge.i for m in c.children)]
        return out

    def quote_after(self, off: int, tok) -> tuple[int, int] | None:
        """The quote right after the token's phrase, the name given to it when the parser hangs it elsewhere
        ("called it “shameful”")."""
        end = self.span_of(off, [tok.right_edge])[1]
        return next((q for q in self.quotes[bisect_left(self.quote_starts, end):][:1]
                     if not self.text[end:q[0]].strip(" " + QUOTE_CHARS)), None)

    def quoted_within(self, off: int, tok) -> bool:
        """Whether a quotation lies in the token's phrase (a name given in quote marks)."""
        span = self.span_of(off, sorted(tok.subtree, key=lambda t: t.i))
        return any(span[0] - 1 <= q[0] and q[1] <= span[1] + 1 for q in self.quotes)

    def from_according(self, off: int, tok, claimed) -> None:
        """ "X leads by nine points, according to a new poll": the sentence, or the clause "according" hangs on
        when that is a clause of its own in it."""
        to = tok.nbor(1)
        objs = [c for c in to.children if c.dep_ == "pobj"]
        if not objs or self.in_quote(off + tok.idx):
            return
        head = tok.head  # "..., and won 77 percent of the vote, according to exit polls": the clause it hangs on
        scope = head.subtree if head.pos_ in ("VERB", "AUX") and head.dep_ in ("conj", "relcl", "advcl", "ccomp") \
            and head.i < tok.i else tok.sent
        rest = [t for t in scope if not (t.i >= tok.i and t.i <= max(x.i for x in objs[0].subtree))]
        while rest and (rest[-1].dep_ == "punct" or rest[-1].is_space):
            rest.pop()
        while rest and (rest[0].dep_ == "punct" or rest[0].is_space):
            rest.pop(0)
        if not rest:
            return
        span = self.span_of(off, rest)
        if self.overlaps_claimed(span, claimed) and not self.supersedes(span, claimed):
            return  # "Most say they prefer X, according to the poll" is the poll's finding
        self.reported(span, self.span_of(off, [tok, to]), self.make_speaker(off, objs[0]), claimed)

    def from_finding(self, off: int, prep, claimed) -> None:
        """ "In the latest poll, Smith leads by nine points", "Smith is ahead in the polls": a main clause that
        a finding before it reports, or the clause before a finding that closes it."""
        source = next((c for c in prep.children if c.dep_ == "pobj" and c.lemma_.lower() in FINDING_NOUNS), None)
        head = prep.head
        if source is None or head.pos_ not in ("VERB", "AUX") or head.dep_ != "ROOT" \
                or lemma_of(head) in CUES and not share_of_people(head) or self.in_quote(off + prep.idx):
            return
        own = set(prep.subtree)
        tokens = [t for t in head.subtree if t not in own and not t.is_space and (prep.i < head.i or t.i < prep.i)]
        while tokens and tokens[0].is_punct:
            tokens.pop(0)
        tokens = without_asides(tokens)
        while tokens and tokens[-1].is_punct:
            tokens.pop()
        if len(tokens) < 3 or not any(c.dep_ in ("nsubj", "nsubjpass") for c in head.children):
            return
        span = self.span_of(off, tokens)
        if self.overlaps_claimed(span, claimed):
            return
        self.reported(span, self.span_of(off, [prep]), self.make_speaker(off, source), claimed)

    def from_impression(self, off: int, verb, claimed) -> None:
        """ "The plan seems to fail", "it appears likely that ...": the subject and complement, seen so by the
        writer, unless the complement is itself someone's report ("seemed to suggest that ...")."""
        complements = [c for c in verb.children if c.dep_ in IMPRESSION_COMPLEMENTS and c.i > verb.i]
        if not complements or self.in_quote(off + verb.idx) \
                or any(lemma_of(c) in CUES or reports_clause(c) for c in complements) \
                or any(c.dep_ == "mark" and c.lower_ not in CONTRASTS or c.lower_ == "what" or c.tag_ == "WRB"
                       and c.lower_ != "where" for c in verb.children):
            return  # "when a protester seemed to stumble", "what seems a stream" set a scene, not a view
        subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < verb.i
                    and c.lower_ not in ("it", "this", "there")]
        tokens = sorted((t for c in subjects + complements[:1] for t in c.subtree), key=lambda t: t.i)
        tokens = without_opening(without_asides([t for t in tokens if not t.is_space]))
        while tokens and tokens[-1].is_punct and tokens[-1].text not in "\"”'’":
            tokens.pop()
        if len(tokens) < 3:
            return
        span = self.span_of(off, tokens)
        if not self.overlaps_claimed(span, claimed):
            self.reported(span, self.span_of(off, [verb]), ("", None, None), claimed)

    def viewed(self, verb):
        """The subject of a passive of viewing, or the noun its participle describes when it says what is held
        of it ("a state known for its moderates", "contests known as Super Tuesday")."""
        subject = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
        if not any(c.dep_ == "auxpass" for c in verb.children):  # "have seen a flood of donations" is no passive
            subject = None
        if subject is None and verb.dep_ == "acl" and verb.tag_ == "VBN" and verb.head.pos_ in ("NOUN", "PROPN") \
                and views(verb):
            return verb.head
        return subject

    def from_passive(self, off: int, verb, claimed) -> None:
        """ "Smith is expected to win", "he is known for his temper", "the deal was seen by many as a retreat": the
        subject with what is held of it, a view of the one named by "by", or of no one named."""
        subject = self.viewed(verb)
        complements = views(verb)
        if subject.lower_ in ("it", "there"):  # "it is expected that ...": the clause alone
            parts, subject = complements[:1], None
        else:
            parts = [subject] + complements[:1]
        tokens = without_asides([t for c in parts for t in c.subtree if not t.is_space])
        if not tokens or self.in_quote(off + verb.idx) or lemma_of(verb) in NAMING and not complements:
            return  # "was seen sobbing", "can be seen parked": seen done, not seen as anything
        tokens = without_opening([t for t in verb.doc[tokens[0].i:tokens[-1].i + 1] if not t.is_space])
        while tokens and tokens[-1].is_punct and tokens[-1].text not in "\"”'’":
            tokens.pop()
        if not tokens or subject is not None and self.in_quote(off + subject.idx):
            return
        span = self.span_of(off, tokens)
        if self.overlaps_claimed(span, claimed):
            return
        holder = agent(verb)
        speaker = self.make_speaker(off, holder) if holder is not None else ("", None, None)
        self.reported(span, self.span_of(off, [verb]), speaker, claimed)

    def from_attitude(self, off: int, adj, claimed) -> None:
        """ "Smith is skeptical of the deal", "she was eager to debate": what the subject's attitude is about."""
        targets = [o for c in adj.children if c.i > adj.i for o in (
            [c] if c.dep_ in ("ccomp", "xcomp") else
            [x for x in c.children if x.dep_ in ("pobj", "pcomp")] if c.dep_ == "prep" else [])]
        subj = self.subject(adj.head) if adj.head.i != adj.i else None
        if not targets or subj is None or self.in_quote(off + adj.idx) or subj.lower_ in ("it", "this", "there"):
            return
        tokens = without_asides([t for t in targets[0].subtree if not t.is_space])
        tokens = without_opening(tokens)
        while tokens and tokens[-1].is_punct and tokens[-1].text not in "\"”'’":
            tokens.pop()
        if not tokens:
            return
        span = self.span_of(off, tokens)
        if not self.overlaps_claimed(span, claimed):
            self.reported(span, self.span_of(off, [adj]), self.make_speaker(off, subj), claimed)

    def from_noun(self, off: int, noun, claimed) -> None:
        """ "Smith's claim that taxes will rise", "her call for a ban", "he made a promise to resign": the noun's
        clause or object, said by its owner or by the subject of the verb that voices it."""
        if self.in_quote(off + noun.idx):
            return
        if (verb := received(noun)) is not None:
            self.from_reception(off, noun, verb, claimed)
            return
        clauses = [c for c in noun.children if c.dep_ in ("acl", "ccomp") and c.pos_ in ("VERB", "AUX")
                   and (c.left_edge.lower_ == "that" or any(t.dep_ == "aux" and t.lower_ == "to" for t in c.children))]
        objects = [o for p in noun.children if p.dep_ == "prep" and p.lower_ in NOUN_PREPS
                   and not (p.lower_ == "to" and noun.lemma_.lower() in ADDRESSED)
                   for o in p.children if o.dep_ in ("pobj", "pcomp") and o.ent_type_ not in ("DATE", "TIME")]
        if noun.dep_ == "nsubj" and noun.head.lemma_ == "be":  # "His message has been that he is a winner"
            clauses += [c for c in noun.head.children if c.dep_ == "ccomp" and c.i > noun.head.i]
        targets = clauses or objects
        if not targets:
            return
        owner = next((c for c in noun.children if c.dep_ == "poss" or c.dep_ in ("amod", "compound")
                      and c.ent_type_ in ("NORP", "ORG", "PERSON", "GPE") and c.pos_ != "ADJ"), None)
        voiced = owner is None and noun.dep_ == "dobj" and noun.head.lemma_.lower() in VOICING
        if voiced:
            owner = self.subject(noun.head)
        # with no one named, a "that" clause is still what someone claims ("despite complaints that he is ...")
        unowned = owner is None and clauses and clauses[0].left_edge.lower_ == "that"
        if (owner is None or owner.lower_ in ("its", "it")) and not unowned:
            return
        tokens = sorted((t for c in targets[:1] for t in c.subtree), key=lambda t: t.i)
        tokens = without_opening(tokens)
        while tokens and tokens[-1].is_punct and tokens[-1].text not in "\"”'’":
            tokens.pop()
        if len(tokens) < 2 and not any(t.pos_ == "PROPN" for t in tokens):
            return
        span = self.span_of(off, tokens)
        if self.overlaps_claimed(span, claimed) or self.in_quote(span[0]) and self.in_quote(span[1] - 1):
            return
        speaker = self.make_speaker(off, owner) if owner is not None else ("", None, None)
        self.reported(span, self.span_of(off, noun_cue(noun, owner, voiced)), speaker, claimed)

    def from_reception(self, off: int, noun, verb, claimed) -> None:
        """ "The plan drew criticism from both parties": the subject is what the ones "from" (or "of", "by") name,
        or no one named, hold a view of."""
        subj = self.subject(verb)
        if subj is None or self.in_quote(off + subj.idx):
            return
        tokens = without_opening(without_asides([t for t in subj.subtree if not t.is_space]))
        while tokens and tokens[-1].is_punct:
            tokens.pop()
        # the holders, "from" first: in "drew criticism of the plan from Y" the plan is no holder
        holders = [o for word in ("from", "of", "by") for h in (noun, verb) for p in h.children
                   if p.dep_ == "prep" and p.lower_ == word and p.i > noun.i for o in p.children if o.dep_ == "pobj"]
        if not tokens:
            return
        span = self.span_of(off, tokens)
        if not self.overlaps_claimed(span, claimed):
            speaker = self.make_speaker(off, holders[0]) if holders else ("", None, None)
            self.reported(span, self.span_of(off, [verb, noun]), speaker, claimed)

    def colon_source(self, colon) -> list:
        """The name a colon gives the words after it, as in headlines, digests and transcripts ("Smith: Taxes
        will rise", "Poll: Smith leads", "- Jane Doe: “...”"): a short verbless name opening its line."""
        prefix, depth = [], int(colon.text.startswith(")"))  # "Rep. Jane Doe (D-Ohio):"
        for tok in reversed(colon.doc[:colon.i]):
            if depth or tok.text == ")":
                depth += (tok.text == ")") - (tok.text == "(")
                continue
            if tok.is_space or tok.text in DASHES or tok.text in ENDS or tok.text in QUOTE_MARKS \
                    or "\n" in tok.whitespace_:
                break
            prefix.insert(0, tok)
        return name_run(prefix) or self.known_surname(prefix)

    def known_surname(self, tokens: list) -> list:
        """A short capitalised name ending in the surname of a person the article names, which the tagger missed
        in a headline's casing ("Sanders: Endorsements prove ...")."""
        known = 1 <= len(tokens) <= 3 and all(t.is_alpha and t.text[0].isupper() for t in tokens) \
            and tokens[-1].text in self.surnames
        return tokens if known else []

    def signature(self, quote):
        """(cue span, speaker) of the name a dash sets after a quote ("“...” — Jane Doe, Ohio")."""
        found = self.token_after(quote[1])
        mark = found[1].text.lstrip(QUOTE_CHARS) if found else None  # also "”―" as one token
        if mark not in DASHES:
            return None
        off, dash = found
        name = []
        for tok in dash.doc[dash.i + 1:]:
            if tok.is_space or tok.text in ENDS or tok.text in (",", ";"):
                break
            name.append(tok)
            if "\n" in tok.whitespace_:
                break
        name = name_run(name, tagged=False)
        end = self.span_of(off, [dash])[1]
        return ((end - len(mark), end), self.named_speaker(off, name)) if name else None

    def trailer(self, quote):
        """(cue span, speaker) of "“...,” the editorial read", "“...,” Jane Doe, wearing a hat, said" or
        "“...,” said Jane Doe, who ..." when the parser loses the verb's subject or takes the verb for a noun: a
        short name right after the quote and, in the same sentence, a word of saying after it or before it."""
        found = self.token_after(quote[1])
        if found is None:
            return None
        off, first = found
        name, closed, verb = [], False, None
        for tok in first.doc[first.i:first.i + 30]:
            if not name and (tok.text == "," or tok.text in QUOTE_MARKS):
                continue
            if not name and verb is None and (says(tok) or inverted(tok)):
                verb = tok  # "“...,” said Jane Doe, a ..."
                continue
            if verb is not None and (tok.text == "," or tok.text in ENDS):
                break
            if verb is None and says(tok) and not self.in_quote(off + tok.idx):
                verb = tok
                break
            if tok.text in ENDS or tok.is_space or "\n" in self.text[quote[1]:off + tok.idx]:
                break
            closed = closed or tok.text == ","  # what follows a comma is an aside on the name
            name += [] if closed else [tok]
        if verb is None or not name or not name[0].text[:1].isalpha() \
                or self.text[off + verb.idx + len(verb):][:3].lstrip(",: ")[:1] in ('"', "“"):
            return None  # no verb, no name, or a verb that quotes anew ("...” To which Cole said, “...”)
        description = name[0].pos_ == "DET" and len(name) <= 4 and not any(t.pos_ in ("VERB", "AUX") for t in name)
        # a name, a surname the article gives ("said Skelly," tagged an adverb) or a description ("the editorial")
        name = name_run(name, tagged=False) or self.known_surname(name) or (name if description else [])
        return (self.span_of(off, [verb]), self.named_speaker(off, name)) if name else None

    def named_speaker(self, off: int, tokens: list) -> tuple[str, tuple[int, int], tuple[int, int] | None]:
        span = self.span_of(off, tokens)
        text = self.text[span[0]:span[1]]
        mention = self.mention_at(span, "PERSON") or self.mention_at(span)  # "Illinois Rep. Rodney Davis" is Davis
        return text, span, mention[:2] if mention else self.resolve(text, span[0])

    def from_colon(self, off: int, colon, claimed) -> None:
        """What a colon hands over from a name ("Smith: Taxes will rise") or from someone's words opening the
        sentence ("Their argument: only a Democratic Senate can act")."""
        if self.in_quote(off + colon.idx):
            return
        prefix = self.colon_source(colon)
        noun = colon.doc[colon.i - 1] if colon.i and not prefix else None  # "Their argument: ..."
        owner = owner_of_words(noun) if noun is not None and noun.left_edge.i == noun.sent.start else None
        if not prefix and (owner is None or owner is noun):
            return
        after = off + colon.idx + len(colon.text)
        quote = next((q for q in self.quotes if after <= q[0] <= after + 3), None)
        if quote:
            content, kind = quote, "direct"
        else:
            if colon.i + 1 >= len(colon.doc):
                return
            rest = [t for t in colon.doc[colon.i + 1].sent if t.i > colon.i and not t.is_space]
            while rest and rest[-1].is_punct:
                rest.pop()
            if len(rest) < 3:
                return
            content, kind = self.span_of(off, rest), None
        if self.overlaps_claimed(content, claimed):
            return
        if prefix:
            self.reported(content, (after - 1, after), self.named_speaker(off, prefix), claimed, kind)
        else:
            self.reported(content, self.span_of(off, [noun]), self.make_speaker(off, owner), claimed, kind)

    def from_quote(self, quote, verbs, claimed, quote_speaker) -> None:
        if self.overlaps_claimed(quote, claimed):
            return
        if quote in quote_speaker:
            self.found.append(quote_speaker[quote])
            claimed.append(quote)
            return
        words = self.text[quote[0]:quote[1]].split()
        spoken = self.after_saying(quote)
        if len(words) <= 8 and all(not w[:1].islower() or w.lower() in TITLE_WORDS for w in words) \
                and not self.exclaimed(quote) and not spoken:
            return  # a title ("Face the Nation"), not speech
        if self.embedded(quote, words) and not spoken:
            return
        line = self.speaker_line(quote) if self.opens_paragraph(quote) else None
        if line is not None:
            self.reported(*line, claimed, "direct")
            return
        # a name signing right after the quote ("“...?” asked Mr. Lee") over a verb of the sentence before
        attribution = self.trailer(quote) or self.nearest_verb(quote, verbs) or self.introduced(quote) \
            or self.signature(quote)
        if attribution is not None:
            self.reported(quote, *attribution, claimed, "direct")
            return
        previous = self.previous_quote_statement(quote)
        if previous is not None and len(words) >= 3:
            self.reported(quote, previous.cue_span, previous.speaker, claimed, "direct")

    def speaker_line(self, quote):
        """(content, cue span, speaker) of a quoted transcript line ("“SMITH: Well, ...”"): the name that
        opens it before a colon says the rest."""
        found = self.token_after(quote[0])
        if found is None:
            return None
        off, first = found
        colon = next((t for t in first.doc[first.i:first.i + 8] if t.text == ":"), None)
        name = name_run(first.doc[first.i:colon.i], tagged=False) if colon is not None else []
        if not name or name[0].i != first.i:
            return None
        start = off + colon.idx + 1
        while start < quote[1] and self.text[start].isspace():
            start += 1
        if quote[1] - start < 3:
            return None
        return (start, quote[1]), self.span_of(off, [colon]), self.named_speaker(off, name)

    def opens_paragraph(self, quote) -> bool:
        """Whether the quote opens its paragraph, as a transcript's lines do (a title in quotes stands inside one)."""
        para = next((s for s, e in self.paras if s <= quote[0] < e), quote[0])
        return not self.text[para:quote[0]].strip(QUOTE_CHARS + " \t\xa0")

    def after_saying(self, quote) -> bool:
        """Whether a verb of saying opens the quote ("chanted “USA!”", "shouted, “Cruz,”"): speech however
        short; not one of telling, whose quote is the one told ("told “Fox and Friends”")."""
        found = self.token_before(quote[0] - 1)
        if found and found[1].text in (",", ":"):
            found = self.token_before(found[0] + found[1].idx)
        return bool(found) and found[1].pos_ == "VERB" and quoting(found[1]) and lemma_of(found[1]) != "tell"

    def embedded(self, quote, words: list) -> bool:
        """A few quoted words inside a phrase ("his “rigged economy” talk", "an “area of contention.”") are
        a phrase someone coined, not speech of their own; the clause around them, if reported, carries them."""
        before = self.text[max(0, quote[0] - 3):quote[0]].rstrip(" \"“'‘`")
        return len(words) <= 3 and before[-1:].isalpha()

    def nearest_verb(self, quote, verbs):
        """(cue span, speaker) of the reporting verb nearest the quote, outside quotes, in the sentences
        the quote touches: its own sentence first, and after "“Now!” the crowd shouted" the clause that goes
        on after the quote."""
        best = None
        goes_on = self.text[quote[1]:quote[1] + 4].lstrip(" ,\"”'’!?.")[:1].islower()
        opening, closing = (1 + (self.text[q - 2:q] == "''") for q in (quote[0], quote[1] + 2))  # '' is two marks
        para = next(((s, e) for s, e in self.paras if s <= quote[0] < e), (quote[0], quote[1]))
        for off, verb in verbs:
            pos = off + verb.idx
            if not para[0] <= pos < max(para[1], quote[1]) or self.in_quote(pos) or not quoting(verb):
                continue
            sent_span = self.sentence_span(off, verb)
            if not (sent_span[0] <= quote[1] + 1 + closing and quote[0] - 1 - opening <= sent_span[1]) \
                    or sent_span[0] > quote[1] and self.quote_between(pos, sent_span[1]):
                continue  # a sentence after the quote that quotes anew is the next quote's ("” She said, “")
            subj = self.subject(verb)
            if subj is None or self.in_quote(off + subj.idx):
                continue
            distance = quote[0] - pos if pos < quote[0] else pos - quote[1]
            rank = (not (sent_span[0] < quote[1] and quote[0] < sent_span[1]), goes_on and pos < quote[0], distance)
            if best is None or rank < best[0]:
                best = (rank, off, verb, subj, sent_span[0])
        if best is None:
            return None
        rank, off, verb, subj, sent_start = best
        if rank[0] and off + verb.idx < quote[0]:  # “A,” she said, asked about B. “C.”: C goes on with A
            earlier = [f for f in self.found if f.kind == "direct" and f.cue_span and sent_start <= f.cue_span[0]
                       and para[0] <= f.content[0] and f.content[1] <= quote[0]]
            if earlier:
                return earlier[-1].cue_span, earlier[-1].speaker
        return self.span_of(off, [verb]), self.make_speaker(off, subj)

    def quote_between(self, start: int, end: int) -> bool:
        """Whether a quote opens after `start` and by `end`."""
        k = bisect_right(self.quote_starts, start)
        return k < len(self.quotes) and self.quotes[k][0] <= end + 1

    def sentence_span(self, off: int, tok) -> tuple[int, int]:
        """(start, end) of the token's sentence less spaces, kept: each quote asks it of the verbs around it."""
        key = (off, tok.i)
        if key not in self.sentences:
            self.sentences[key] = self.span_of(off, [t for t in tok.sent if not t.is_space])
        return self.sentences[key]

    def exclaimed(self, quote) -> bool:
        """Short capitalised words are speech, not a title, when they cry out ("Absolutely!"), or open a sentence
        and end it or go on with a comma ("“No.”", "“No,” he said"); a title may close a sentence with the
        writer's full stop inside the marks ("his book “The Art of the Deal.”")."""
        inner = self.text[quote[0]:quote[1]].rstrip()
        if inner[-1:] in "?!":
            return True
        before = self.text[:quote[0] - 1].rstrip(QUOTE_CHARS + " \t\xa0")
        opens = not before or before[-1] in ".?!:\n"
        return opens and (inner[-1:] == "." or self.text[quote[1]:quote[1] + 1] == ",")

    def introduced(self, quote):
        """(cue span, speaker) of the clause a colon hands the quote over from ("She interjected: “...”",
        "He repeated his claim: “...”"), when its verb is a cue and its subject stands outside quotes."""
        found = self.token_before(quote[0] - 1)
        if found is None or found[1].text != ":":
            return None
        off, colon = found
        verb = colon.head  # of any sense: "She turned to the crowd: “...”", "He made that clear: “...”"
        if self.in_quote(off + verb.idx):  # the parser took the quote for the main clause: the clause before it
            verb = next((t for t in colon.doc[colon.sent.start:colon.i] if t.head.i >= colon.i), verb)
        for _ in range(3):  # from the noun the colon closes to its clause ("rolled out a new message: “...”")
            if verb.pos_ in ("VERB", "AUX") or verb.head is verb:
                break
            verb = verb.head
        if verb.pos_ not in ("VERB", "AUX") or self.in_quote(off + verb.idx):
            return None
        subj = self.subject(verb)
        if subj is None or self.in_quote(off + subj.idx) or subj.lower_ in ("it", "this", "that", "there"):
            return None
        return self.span_of(off, [verb]), self.make_speaker(off, subj)

    def token_after(self, pos: int):
        """(offset, token) of the first word or punctuation from `pos` on, quote marks and spaces skipped."""
        for (off, doc), starts, length in zip(self.pieces, self.starts, self.lengths):
            if off <= pos < off + length:
                i = bisect_left(starts, pos - off)
                while i < len(doc) and (doc[i].is_space or doc[i].text in QUOTE_MARKS):
                    i += 1
                return (off, doc[i]) if i < len(doc) else None
        return None

    def token_before(self, pos: int):
        """(offset, token) of the last word or punctuation before `pos`, quote marks and spaces skipped."""
        for (off, doc), starts, length in zip(self.pieces, self.starts, self.lengths):
            if off <= pos <= off + length:
                i = bisect_left(starts, pos - off) - 1
                while i >= 0 and (doc[i].is_space or doc[i].text in QUOTE_MARKS):
                    i -= 1
                return (off, doc[i]) if i >= 0 else None
        return None

    def previous_quote_statement(self, quote) -> Found | None:
        """A quote with no verb of its own continues the quote just before it (same or previous paragraph)."""
        para = next(((s, e) for s, e in self.paras if s <= quote[0] < e), None)
        if para is None:
            return None
        earlier = [f for f in self.found if f.kind == "direct" and f.content[1] <= quote[0]]
        if not earlier:
            return None
        last = max(earlier, key=lambda f: f.content[1])
        between = self.text[last.content[1]:quote[0]]
        if last.content[1] >= para[0] or (between.count("\n\n") <= 1 and len(between) < 200
                                           and self.text[para[0]:quote[0]].strip() in ('"', "“")):
            return last
        return None

    def blocks(self) -> None:
        """`The following statement was issued:` and the paragraph after it, reproduced without quote marks."""
        paras = self.paras
        for i, (s, e) in enumerate(paras[:-1]):
            line = self.text[s:e].strip()
            if not line.endswith(":") or len(line.split()) > 25:
                continue
            verb = next(((off, t) for off, t in self.tokens
                         if s <= off + t.idx < e and t.pos_ in ("VERB", "AUX") and t.dep_ == "ROOT"), None)
            if verb is None:
                continue
            off, tok = verb
            nxt = paras[i + 1]
            content = (nxt[0], nxt[1])
            if self.overlaps_claimed(content, [f.content for f in self.found if f.kind != "indirect"]):
                continue
            subj = self.subject(tok)
            if subj is not None and subj.lower_ not in ("following",) and not DESCRIPTIONS.match(
                    " ".join(t.text for t in subj.subtree)) and subj.pos_ != "NOUN":
                speaker_text, speaker_span, resolved = self.make_speaker(off, subj)
            else:
                speaker_text, speaker_span = "", None
                resolved = self.resolve("the statement", s)
                if resolved:
                    speaker_text = self.text[resolved[0]:resolved[1]]
            self.found.append(Found(content, "block", tok.text, self.span_of(off, [tok]), speaker_text,
                                    speaker_span, resolved))
