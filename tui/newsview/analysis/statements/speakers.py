"""Who a statement's speaker stands for: the subject the parse gives a reporting word, and the named person or
body a pronoun ("he", "they"), a description ("the statement", "the Arizona Republican") or a role ("a
spokesman for the ministry") refers to: "he" and "she" to the latest fitting speaker or person not said to be
of the other sex, "they" and "it" to a named body, relative pronouns ("who", "which") to the noun their clause
describes.
"""

from __future__ import annotations

from bisect import bisect_right

from newsview.analysis.references import GENDER_OF, PERSON_ROLES
from newsview.analysis.references import PERSONAL as SEX_OF_PRONOUN
from newsview.analysis.statements.article import QUOTE_CHARS, Found, ParsedArticle
from newsview.analysis.statements.clauses import (DESCRIPTIONS, DOCUMENTS, QUOTE_MARKS, affiliations, antecedent,
                                                  lemma_of, lost_subject, noun_as_clause, object_control, occasion_host,
                                                  owner_of_words, reports_clause, sent_to, speaking_noun, timely,
                                                  up_to_aside)
from newsview.analysis.statements.cues import CUES, PUBLISHED, PUBLISHING, SPEECH

PRONOUNS = {"he", "she", "they", "it", "i", "we", "who"}
# descriptions of a body no one person answers, and the kinds of name each may stand for
BODIES = {**dict.fromkeys(("court", "agency", "ministry", "department", "company", "organisation", "organization"),
                          ("ORG",)),
          **dict.fromkeys(("government", "military", "army"), ("ORG", "GPE")),
          **dict.fromkeys(("group", "party", "militia"), ("ORG", "NORP"))}
PERSONAL = {"he", "she", "i"}
SPOKESPEOPLE = {"spokesman", "spokeswoman", "spokesperson", "spokesmen", "spokeswomen", "spokespeople"}
POSSESSIVE = {"his": "he", "her": "she", "their": "they", "its": "it", "my": "i", "our": "we"}  # "his call for"
GROUPS = {"they": ("ORG", "NORP"), "it": ("ORG", "GPE")}  # what a plural and a neuter pronoun may speak for


class Speakers(ParsedArticle):
    """Speakers of the article's statements, resolved to its named mentions."""

    def speaker_phrase(self, off: int, head, alone: bool = False) -> tuple[int, int]:
        """The subject without appositions, relative clauses and trailing punctuation, with whom it works for ("a
        spokesman for the U.S. attorney in Brooklyn") and, unless `alone`, those it is joined to ("police and the
        woman's friend"); an adjective the parser made the head keeps the words it is joined to ("Current and
        former officials"), never a speaker alone."""
        keep = sorted(self._phrase_tokens(head, alone), key=lambda t: t.i)
        marks = [k for k, t in enumerate(keep) if t.text in QUOTE_MARKS and t.i < head.i]
        keep = keep[marks[-1] + 1:] if marks else keep  # "“It’s unanimous,” councilmember Levine said"
        while keep and keep[0].dep_ == "punct":
            keep.pop(0)
        return self.span_of(off, keep)

    def _phrase_tokens(self, head, alone: bool) -> list:
        """The words of `speaker_phrase`, in no order, a joined noun's with its own."""
        keep = [head]
        adjective = head.pos_ == "ADJ"
        affiliated = {prep for prep, _ in affiliations(head)}
        for child in head.children:
            if child.i < head.i:
                keep.extend(child.subtree)
            elif child.dep_ == "prep" and (child.lower_ == "of" or child in affiliated):
                keep.extend(up_to_aside(child))
            elif child.dep_ == "cc" and (adjective or not alone):
                keep.append(child)
            elif child.dep_ == "conj" and adjective:  # up to the joined noun, not the clause that describes it
                keep.extend(t for t in child.subtree if t.i <= child.i)
            elif child.dep_ == "conj" and not alone:
                keep.extend(self._phrase_tokens(child, alone))
        return keep

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
            if node.dep_ == "acl" and node.tag_ == "VBG" and (sender := sent_to(node.head)) is not None:
                node = sender  # the one who sent or wrote it speaks, not the ones it went to
                continue
            if node.dep_ == "acl" and node.tag_ == "VBG" and (host := occasion_host(node.head)) is not None:
                return host  # "In a speech denouncing the plan, Roe said ...": Roe, whose speech it was
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

    def earlier(self, before: int) -> list[Found]:
        """The statements found so far that open before `before` and whose speaker is known."""
        return [f for f in self.found if f.content[0] < before and f.resolved]

    def resolve(self, text: str, before: int, bound: frozenset = frozenset()) -> tuple[int, int] | None:
        lowered = POSSESSIVE.get(text.lower(), text.lower())
        words = lowered.split()
        described = DESCRIPTIONS.match(text) is not None
        earlier = self.earlier(before)
        if lowered in PERSONAL:
            return self.person_meant(SEX_OF_PRONOUN.get(lowered), before, earlier, bound)
        if lowered in GROUPS:
            return self.group_meant(lowered, before, earlier)
        if described and words[-1] in DOCUMENTS and (issuer := self.issuer(words[-1], before)):
            return issuer  # "X issued a statement ... the statement said"
        if described and words[0] in ("a", "an"):
            return None  # "an official said", "A spokeswoman said": someone unnamed, not the latest speaker
        if described and words[-1] in PERSON_ROLES:  # "the president said": a person, found as for "he"
            return self.person_meant(GENDER_OF.get(words[-1]), before, earlier)
        end = before + len(text)
        if described and (owners := [p for p in self.named_from(before, end) if p[1] <= end]):
            return self.body_of(owners[-1], BODIES.get(words[-1]), before, earlier)
        if (lowered in PRONOUNS or described) and earlier:
            if (kinds := BODIES.get(words[-1])) is not None:  # "The Arizona group said": a body of its kind,
                # named, never the person speaking last
                earlier = [f for f in earlier if (self.mention_at(f.resolved) or (0, 0, None))[2] in kinds]
            return earlier[-1].resolved if earlier else None
        return None

    def body_of(self, owner: tuple[int, int, str], kinds: tuple[str, ...] | None, before: int,
                earlier: list[Found]) -> tuple[int, int] | None:
        """The body a description names by whose it is ("the Saudi government", "the Arizona group", "the Trump
        campaign"): the latest speaker, else the latest name before it, of the body's kind, that shares a word
        with that owner ("Saudi Arabia"); never someone else who spoke last."""
        words = set(self.text[owner[0]:owner[1]].lower().split())

        def fits(m) -> bool:
            return bool(m) and (kinds is None or m[2] in kinds) \
                and not words.isdisjoint(self.text[m[0]:m[1]].lower().split())

        speaker = next((f.resolved for f in reversed(earlier) if fits(self.mention_at(f.resolved))), None)
        named = next((p for p in reversed(self.named) if p[1] <= before and fits(p)), None)
        return speaker or (named[:2] if named else None)

    def person_meant(self, sex: str | None, before: int, earlier: list[Found],
                     bound: frozenset = frozenset()) -> tuple[int, int] | None:
        """The person "he", "she" or "I" speaks for: the latest speaker of that sex (or of one the article does
        not say), unless a person of that sex became a subject after what they said or was named well after them;
        never one of the names `bound` (see `commanded`)."""
        def fits(m) -> bool:
            return bool(m) and m[2] == "PERSON" and (sex is None or self.sexes.get(m[:2]) in (None, sex))

        fitting = [f for f in earlier if fits(self.mention_at(f.resolved))]  # speakers who fit, in order
        # a subject, but not one of what a speaker who fits said: "Roe said Lee erred. He ..." is Roe
        def reported(p) -> bool:
            return any(f.content[0] <= p[0] and p[1] <= f.content[1] for f in fitting)

        subject = next((p for p in reversed(self.subjects) if p[1] <= before and fits(p) and not reported(p)), None)
        last_person = next((p for p in reversed(self.named) if p[1] <= before and fits(p) and p not in bound), None)
        speaker = fitting[-1].resolved if fitting else None
        if speaker is None:
            person = subject or last_person
            return person[:2] if person else None
        if subject and subject[0] > max(speaker[1], fitting[-1].content[1]):  # not one named inside the speaker's
            return subject[:2]  # sentence: "Roe, who urged Lee to resign, said Lee must go, though he said ..."
        if (lead_in := self.lead_in(before, lambda p: fits(p) and not reported(p) and p not in bound)) is not None:
            return lead_in[:2]
        return speaker if not last_person or last_person[0] <= speaker[1] + 300 else last_person[:2]

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
        people = [p for p in self.named_from(start, end) if fits(p)]
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
        # "a Pentagon official" is not the Pentagon, but its spokesman and its officials together speak for it
        mention = self.named_or_apposed(off, head)
        if mention is None and head.pos_ == "PROPN":  # a surname the tagger missed: the person it ends
            named = [p for p in self.named if p[2] == "PERSON" and self.text[p[0]:p[1]].split()[-1] == head.text]
            mention = next((p for p in reversed(named) if p[1] <= head_span[0]), named[0] if named else None)
        if mention is None and (head.lemma_ in SPOKESPEOPLE or head.tag_ == "NNS" and head.lemma_ == "official"):
            mention = next((m for c in head.children if c.dep_ in ("compound", "nmod") and c.i < head.i  # "FBI
                            and (m := self.mention_at(self.span_of(off, [c]), "ORG"))), None)  # officials said"
        affiliation = [o for _, o in affiliations(head)]
        if mention is not None and mention[2] == "NORP" and head.tag_ in ("NN", "NNP"):
            return text, span, self.member_meant(head, span[0])
        if mention is None and head.tag_ == "NNS":  # "officials", "the protesters": a group without a name
            self.unnamed_groups.add(span)
        if mention is None and affiliation:  # "a spokesman for the ministry", "the
            mention = self.named_or_apposed(off, affiliation[0])  # statement from his lawyer, Jane Doe"
            if mention is None:
                return text, span, None  # someone of an unnamed body, not the last speaker
        if mention is None and head.pos_ != "ADJ":  # "Indiana lawmakers and Gov. Mike Pence": the one named
            mention = next((m for c in head.conjuncts if (m := self.named_or_apposed(off, c))), None)
        if mention is None:  # "He and his wife said": whom "he" stands for
            alone = self.speaker_phrase(off, head, alone=True)
            return text, span, self.resolve(self.text[alone[0]:alone[1]], alone[0], self.commanded(off, head))
        return text, span, mention[:2]

    def commanded(self, off: int, pronoun) -> frozenset:
        """The names a subject pronoun's own clause holds, other than as a subject: in "Of Obama, he said" or "As
        for Trump, she said" he is not Obama nor she Trump, as a name inside what a pronoun governs never is. A
        name that is a subject of its own clause there may be: "After Roe sat down, he said"."""
        if pronoun.tag_ != "PRP" or pronoun.dep_ not in ("nsubj", "nsubjpass") or self.in_quote(off + pronoun.idx):
            return frozenset()  # a quoted "I" is the one quoted: "Gillibrand on Hillary: ‘I Think She Will’"
        verb, mine = pronoun.head, set(pronoun.subtree)
        if verb.dep_ == "parataxis":  # "Of Obama, he said, “I want ...”": the parser hangs "he said" on the quote
            verb = verb.head  # and "Of Obama" on the quote's verb; the quote's own words are no part of the clause
        # nor is one who owns a thing there: in "Since Clinton's op-ed, she has tacked left" she may be Clinton
        owners = {x for t in verb.subtree if t.dep_ == "poss" for x in t.subtree}
        starts = {off + t.idx for t in verb.subtree
                  if t not in mine and t not in owners and not self.in_quote(off + t.idx)}
        subjects = set(self.subjects)
        return frozenset(p for p in self.named if p[0] in starts and p not in subjects)

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

    def named_speaker(self, off: int, tokens: list) -> tuple[str, tuple[int, int], tuple[int, int] | None]:
        span = self.span_of(off, tokens)
        text = self.text[span[0]:span[1]]
        mention = self.mention_at(span, "PERSON") or self.mention_at(span)  # "Illinois Rep. Rodney Davis" is Davis
        return text, span, mention[:2] if mention else self.resolve(text, span[0])

    def known_surname(self, tokens: list) -> list:
        """A short capitalised name ending in the surname of a person the article names, which the tagger missed
        in a headline's casing ("Sanders: Endorsements prove ...")."""
        known = 1 <= len(tokens) <= 3 and all(t.is_alpha and t.text[0].isupper() for t in tokens) \
            and tokens[-1].text in self.surnames
        return tokens if known else []
