"""Statements a word of saying carries, as the dependency parse hangs them on it: the clause or object of a
reporting verb ("said that ...", "called the plan a disgrace"), the sentence "according to" reports, a finding
("in the latest poll, ..."), a view held of a subject ("is expected to win", "is skeptical of"), and the clause of
a noun of saying ("her claim that ...", "drew criticism from ...").
"""

from __future__ import annotations

import re
from bisect import bisect_left

from newsview.analysis.statements.article import ENDS, QUOTE_CHARS, Found
from newsview.analysis.statements.clauses import (CONTRASTS, QUOTE_MARKS, agent, answer, asked_of, between_commas,
                                                  complement_within, described, displaced_clause, held_by, idiom,
                                                  interrupted, lemma_of, noun_as_clause, noun_cue, received,
                                                  reports_apart, reports_clause, said_when, share_of_people, spoken_to,
                                                  unmarked_clause, views, without_asides, without_opening)
from newsview.analysis.statements.cues import (ADDRESSED, ADDRESSING, CLAUSE_ONLY, CUES, DIRECTIVES, FINDING_NOUNS,
                                               FINDINGS, HELD, IMPRESSION_COMPLEMENTS, INTENT, NAMING, NOUN_PREPS,
                                               PASSIVE_VIEWS, PREP_CUES, SAYING, SPEECH, STANCE, VOICING)
from newsview.analysis.statements.speakers import Speakers


class ReportedSpeech(Speakers):
    """Readings of the words of saying outside quotes' layout."""

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
        if verb.dep_ == "advcl":  # "said after the reports broke that ...": the clause is the saying's
            clauses = [c for c in clauses if c not in displaced_clause(verb.head)]
        if lemma in ("ask", "wonder"):  # "asked Clinton if Trump benefits": the parser may make it adverbial
            clauses += [c for c in verb.children if c.dep_ == "advcl" and c.i > verb.i and any(
                m.dep_ == "mark" and m.lower_ in ("if", "whether") for m in c.children)]
        if clauses:  # "said X, but that Y": the parser hangs the second "that" clause on the verb as a conjunct
            clauses += [c for c in verb.children if c.dep_ == "conj" and c.i > verb.i and c.left_edge.lower_ == "that"
                        and c.left_edge.dep_ == "mark"]
        if lemma == "feel":  # "felt like my life was over": the parser makes the clause an adverbial one
            clauses += [c for c in verb.children if c.dep_ == "advcl" and c.i > verb.i and any(
                m.dep_ == "mark" and m.lower_ == "like" and m.i == c.left_edge.i for m in c.children)]
        if lemma in SPEECH and not clauses:  # "elaborated at the briefing that each device held ...": a "that"
            clauses = [c for c in verb.children if c.dep_ == "advcl" and c.i > verb.i  # clause made adverbial
                       and c.left_edge.dep_ == "mark" and c.left_edge.lower_ == "that"]
        if lemma in INTENT or lemma in DIRECTIVES:
            clauses += [c for c in verb.children if c.dep_ == "xcomp" and c.pos_ in ("VERB", "AUX") and c not in clauses
                        and (lemma in INTENT or asked_of(verb, c))]
        if lemma in FINDINGS:
            clauses += [c for c in verb.children if c.dep_ == "ccomp" and c not in clauses]
        if (lemma in SAYING or lemma in FINDINGS) and lemma not in ("say", "tell"):  # "claimed to have won"
            clauses += [c for c in verb.children if c.dep_ == "xcomp" and c.pos_ == "VERB" and c not in clauses]
        if lemma in SAYING and not clauses:
            clauses = displaced_clause(verb) or complement_within(verb) or unmarked_clause(verb)
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
        if lemma == "tell":  # "told Newsweek that ...", "told him to leave", "told a meeting of X that ..." (see
            # complement_within); not "told of plans to leave"
            clauses = [c for c in clauses if c.dep_ in ("ccomp", "relcl") or asked_of(verb, c)]
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
        others |= {t for c in clauses if c.i > verb.i for t in said_when(c)}
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
        span = self.closed(self.span_of(off, tokens))
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
        when that is a clause of its own in it, before it or after ("..., since, according to the tweet, he knew
        Flynn lied": what the tweet says, not the sentence around it)."""
        to = tok.nbor(1)
        objs = [c for c in to.children if c.dep_ == "pobj"]
        if not objs or self.in_quote(off + tok.idx):
            return
        head = tok.head  # "..., and won 77 percent of the vote, according to exit polls": the clause it hangs on
        scope = head.subtree if head.pos_ in ("VERB", "AUX") and head.dep_ in ("conj", "relcl", "advcl", "ccomp") \
            else tok.sent
        rest = [t for t in scope if not (t.i >= tok.i and t.i <= max(x.i for x in objs[0].subtree))]
        while rest and (rest[-1].dep_ == "punct" or rest[-1].is_space):
            rest.pop()
        while rest and (rest[0].dep_ in ("punct", "cc", "mark") or rest[0].is_space):
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
