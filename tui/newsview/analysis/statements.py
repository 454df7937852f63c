"""Who said what: direct, mixed and indirect speech and block statements, from one parsed article.

Attribution comes from the dependency parse (the subject of a reporting verb,
the object of "according to"), never from word lists of names, so it carries
over to any English news text. Pronouns and descriptions ("he", "the
statement") are resolved to the latest fitting speaker or person before them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from newsview.analysis.quotes import paragraphs, quoted_spans

SPEECH = {
    "say", "tell", "add", "warn", "confirm", "announce", "claim", "state", "insist", "argue", "note", "explain",
    "report", "deny", "acknowledge", "admit", "declare", "suggest", "write", "tweet", "reply", "respond",
    "reiterate", "predict", "promise", "vow", "pledge", "urge", "remark", "comment", "observe", "stress",
    "emphasize", "emphasise", "assert", "contend", "maintain", "allege", "estimate", "recall", "concede",
    "complain", "continue", "believe", "think", "ask", "answer", "describe", "call", "predict", "indicate",
    "show", "reveal", "disclose", "boast", "joke", "quip", "scoff", "caution", "signal", "testify", "conclude",
    "agree", "recommend", "propose", "threaten", "charge", "accuse", "concur", "proclaim", "admit", "lament",
    "acknowledge", "point", "counter", "retort", "hint", "mention", "relate", "tout", "predict", "forecast",
    "speculate", "wonder", "fear", "hope", "expect", "worry", "know", "feel", "issue", "release", "read",
}
# Verbs that report a stance on a thing rather than a clause ("questioned the decision").
STANCE = {"question", "criticize", "criticise", "condemn", "praise", "reject", "dismiss", "welcome", "blame",
          "defend", "deny", "applaud", "slam", "decry", "denounce", "hail", "attack", "call"}
# Verbs of thinking need a clear clause to count; say-like verbs also take a quote alone.
CLAUSE_ONLY = {"believe", "think", "know", "feel", "hope", "expect", "fear", "worry", "wonder", "show",
               "indicate", "continue", "read", "issue", "release", "describe", "call", "point", "charge", "agree"}
# Verbs of intent and stance whose infinitive carries the attributed content ("vowed to repeal the law").
INTENT = {"want", "plan", "promise", "pledge", "vow", "refuse", "decline", "agree", "intend", "hope", "expect",
          "threaten", "urge", "seek", "aim", "offer", "propose", "demand", "ask", "call", "push", "wish", "prefer"}
# Verbs whose object is what the source said or holds ("cited the report", "called for a ban").
OBJECT_CUES = {"cite", "support", "oppose", "propose", "mention", "discuss", "describe", "find", "demand",
               "predict", "promise", "pledge", "announce", "unveil", "outline", "express", "voice", "endorse"}
PRONOUNS = {"he", "she", "they", "it", "i", "we", "who"}
DESCRIPTIONS = re.compile(
    r"^(?:the|a|an|that|this|his|her|its|their)\s+(?:\w+\s+){0,2}"
    r"(?:statement|spokesman|spokeswoman|spokesperson|official|officials|group|agency|ministry|department|"
    r"company|organi[sz]ation|office|campaign|party|government|administration|release|letter|report|post|"
    r"tweet|communiqu[eé]|militia|military|army|court|senator|president|minister|secretary|leader|"
    r"representative|congressman|congresswoman|governor|mayor|chief|director|spokespeople|aide)$",
    re.IGNORECASE,
)
PERSONAL = {"he", "she", "i"}
CUES = SPEECH | STANCE | INTENT | OBJECT_CUES
DOCUMENTS = {"statement", "release", "letter", "communique", "communiqué", "post", "tweet", "report"}


@dataclass
class Found:
    content: tuple[int, int]
    kind: str
    cue: str
    cue_span: tuple[int, int] | None
    speaker_text: str
    speaker_span: tuple[int, int] | None
    resolved: tuple[int, int] | None  # the named mention the speaker stands for, if any

    def to_dict(self) -> dict:
        return {"content": list(self.content), "kind": self.kind, "cue": self.cue,
                "cue_span": list(self.cue_span) if self.cue_span else None, "speaker_text": self.speaker_text,
                "speaker_span": list(self.speaker_span) if self.speaker_span else None,
                "resolved": list(self.resolved) if self.resolved else None}


class Extractor:
    """Statements of one article from its parsed pieces (offset, Doc)."""

    def __init__(self, text: str, pieces: list, people: list[tuple[int, int, str]]):
        self.text = text
        self.pieces = pieces
        self.named = people  # (start, end, label) of named mentions, in order
        self.quotes = quoted_spans(text)
        self.paras = paragraphs(text)
        self.found: list[Found] = []
        subjects, self.noun_objects = [], []
        for off, tok in self.tokens():
            if tok.dep_ in ("nsubj", "nsubjpass") and not self.in_quote(off + tok.idx):
                subjects.append(self.mention_at(self.span_of(off, [tok])))
            elif tok.dep_ == "dobj" and tok.pos_ == "NOUN":
                self.noun_objects.append((off, tok))
        self.subjects = [m for m in dict.fromkeys(subjects) if m]  # named mentions standing as a subject

    # --- helpers over tokens -------------------------------------------------
    def tokens(self):
        for off, doc in self.pieces:
            for tok in doc:
                yield off, tok

    def in_quote(self, pos: int) -> tuple[int, int] | None:
        return next((q for q in self.quotes if q[0] - 1 <= pos < q[1] + 1), None)

    @staticmethod
    def span_of(off: int, tokens) -> tuple[int, int]:
        tokens = list(tokens)
        return off + tokens[0].idx, off + tokens[-1].idx + len(tokens[-1].text)

    def mention_at(self, span: tuple[int, int]) -> tuple[int, int, str] | None:
        return next((m for m in self.named if m[0] < span[1] and span[0] < m[1]), None)

    def speaker_phrase(self, off: int, head) -> tuple[int, int]:
        """The subject without appositions, relative clauses and trailing punctuation."""
        keep = [head]
        for child in head.children:
            if child.dep_ in ("appos", "relcl", "acl", "punct", "cc", "conj", "advmod") and child.i > head.i:
                continue
            if child.i < head.i or (child.dep_ == "prep" and child.text.lower() == "of"):
                keep.extend(child.subtree)
        keep.sort(key=lambda t: t.i)
        while keep and keep[0].dep_ == "punct":
            keep.pop(0)
        return self.span_of(off, keep)

    def subject(self, verb):
        node = verb
        for _ in range(4):
            off = next((o for o, d in self.pieces if d is verb.doc), 0)
            subjects = [c for c in node.children if c.dep_ in ("nsubj", "nsubjpass")
                        and not (c.dep_ == "nsubjpass" and node.lemma_ in ("say", "report"))
                        and not self.in_quote(off + c.idx)]
            if subjects:  # the parser may also hang a quoted clause's subject here
                return min(subjects, key=lambda c: abs(c.i - node.i))
            for child in node.children:
                if child.dep_ == "agent":
                    objs = [c for c in child.children if c.dep_ == "pobj"]
                    if objs:
                        return objs[0]
            if node.dep_ in ("advcl", "conj", "xcomp", "dep", "ccomp", "parataxis") and node.head is not node:
                node = node.head
            else:
                break
        return None

    # --- resolution ----------------------------------------------------------
    def resolve(self, text: str, before: int) -> tuple[int, int] | None:
        lowered = text.lower()
        earlier = [f for f in self.found if f.content[0] < before and f.resolved]
        if lowered in PERSONAL:
            # a person who became the subject of a sentence after the last person quoted is the one meant
            subject = next((p for p in reversed(self.subjects) if p[1] <= before and p[2] == "PERSON"), None)
            for f in reversed(earlier):
                m = self.mention_at(f.resolved)
                if m and m[2] == "PERSON":
                    if subject and subject[0] > f.resolved[1]:
                        return subject[:2]
                    last_person = next((p for p in reversed(self.named) if p[1] <= before and p[2] == "PERSON"), None)
                    return f.resolved if not last_person or last_person[0] <= f.resolved[1] + 300 else last_person[:2]
            person = subject or next((p for p in reversed(self.named) if p[1] <= before and p[2] == "PERSON"), None)
            return person[:2] if person else None
        if DESCRIPTIONS.match(text) and lowered.split()[-1] in DOCUMENTS:
            issuer = self.issuer(lowered.split()[-1], before)  # "X issued a statement ... the statement said"
            if issuer:
                return issuer
        if (lowered in PRONOUNS or DESCRIPTIONS.match(text)) and earlier:
            return earlier[-1].resolved
        return None

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

    def make_speaker(self, off: int, head) -> tuple[str, tuple[int, int], tuple[int, int] | None]:
        span = self.speaker_phrase(off, head)
        text = self.text[span[0]:span[1]]
        head_span = self.span_of(off, [head])
        mention = self.mention_at(head_span)  # "a Pentagon official" is not the Pentagon: only the head counts
        if mention is None:  # "the city auditor, Jane Doe": the name in apposition
            mention = next((m for c in head.children if c.dep_ == "appos"
                            and (m := self.mention_at(self.span_of(off, [c])))), None)
        if mention is None and head.pos_ == "PROPN":  # a surname the tagger missed: the person it ends
            named = [p for p in self.named if p[2] == "PERSON" and self.text[p[0]:p[1]].split()[-1] == head.text]
            mention = next((p for p in reversed(named) if p[1] <= head_span[0]), named[0] if named else None)
        affiliation = [o for c in head.children if c.dep_ == "prep" and c.lower_ in ("for", "of", "at", "from")
                       for o in c.children if o.dep_ == "pobj"]
        if mention is None and affiliation and head.pos_ == "NOUN":  # "a spokesman for the ministry"
            mention = self.mention_at(self.span_of(off, affiliation[:1]))
            if mention is None:
                return text, span, None  # someone of an unnamed body, not the last speaker
        resolved = mention[:2] if mention else self.resolve(text, span[0])
        return text, span, resolved

    # --- extraction ----------------------------------------------------------
    def run(self) -> list[Found]:
        claimed: list[tuple[int, int]] = []
        verbs = [(off, tok) for off, tok in self.tokens()
                 if tok.pos_ in ("VERB", "AUX") and tok.lemma_.lower() in CUES]
        quote_speaker: dict[tuple[int, int], Found] = {}
        items: list[tuple[int, str, object]] = [(q[0], "quote", q) for q in self.quotes]
        items += [(off + tok.idx, "verb", (off, tok)) for off, tok in verbs]
        items += [(off + tok.idx, "according", (off, tok)) for off, tok in self.tokens()
                  if tok.lower_ == "according" and tok.i + 1 < len(tok.doc) and tok.nbor(1).lower_ == "to"]
        items.sort(key=lambda x: x[0])
        for _, kind, item in items:
            if kind == "verb":
                self.from_verb(*item, claimed, quote_speaker)
            elif kind == "quote":
                self.from_quote(item, verbs, claimed, quote_speaker)
            else:
                self.from_according(*item, claimed)
        self.blocks()
        self.found.sort(key=lambda f: f.content[0])
        self.found = self.joined(self.found)
        return self.found

    def joined(self, found: list[Found]) -> list[Found]:
        """Quotes of one paragraph carried by the same reporting verb are one statement
        ("“A,” she said. “B.”"), as a reader takes them and as annotators mark them."""
        out: list[Found] = []
        for f in found:
            last = out[-1] if out else None
            if last and last.kind == f.kind == "direct" and last.cue_span and last.cue_span == f.cue_span \
                    and self.same_paragraph(last.content[0], f.content[0]):
                out[-1] = replace(last, content=(last.content[0], f.content[1]))
            else:
                out.append(f)
        return out

    def same_paragraph(self, a: int, b: int) -> bool:
        return any(s <= a and b < e for s, e in self.paras)

    def overlaps_claimed(self, span, claimed) -> bool:
        return any(s < span[1] and span[0] < e for s, e in claimed)

    def from_verb(self, off: int, verb, claimed, quote_speaker) -> None:
        if self.in_quote(off + verb.idx):
            return
        lemma = verb.lemma_.lower()
        clauses = [c for c in verb.children if c.dep_ in ("ccomp", "xcomp") and c.pos_ in ("VERB", "AUX")
                   and any(t.dep_ in ("nsubj", "nsubjpass", "expl") for t in c.children)]
        if lemma in ("say", "tell", "add", "write", "tweet", "report", "confirm"):
            clauses += [c for c in verb.children if c.dep_ in ("ccomp",) and c not in clauses]
        if lemma in INTENT:
            clauses += [c for c in verb.children if c.dep_ == "xcomp" and c.pos_ in ("VERB", "AUX") and c not in clauses]
        objects = [c for c in verb.children if c.dep_ in ("dobj",)] if lemma in STANCE | OBJECT_CUES else []
        if lemma in ("call", "push", "argue", "press"):  # "called for an inquiry", "called on Congress to act"
            objects += [p for p in verb.children if p.dep_ == "prep" and p.lower_ in ("for", "on")]
        if lemma == "tell":  # "told Newsweek that ..."
            clauses = [c for c in clauses if c.dep_ == "ccomp"]
        fronted = []
        if not clauses and not objects and verb.dep_ in ("conj", "parataxis") and verb.head.i < verb.i \
                and verb.head.pos_ in ("VERB", "AUX") and lemma not in CLAUSE_ONLY:
            # "X also died in the airstrike, Y confirmed": the parser coordinates the two verbs
            edge = verb.left_edge.i
            fronted = [t for t in verb.head.subtree if t.i < edge]
            if not any(t.dep_ == "nsubj" for t in fronted) or fronted[-1].text != ",":
                fronted = []
        if not clauses and not objects and not fronted:
            return
        targets = clauses or objects
        tokens = fronted or sorted((t for c in targets for t in c.subtree), key=lambda t: t.i)
        # a conjoined second clause ("that X, and that Y") belongs to the same statement
        for conj in (c for target in targets for c in target.children if c.dep_ == "conj"):
            tokens = sorted(set(tokens) | set(conj.subtree), key=lambda t: t.i)
        while tokens and (tokens[0].dep_ in ("mark", "punct") or tokens[0].lower_ == "that"):
            tokens.pop(0)
        while tokens and tokens[-1].dep_ == "punct" and tokens[-1].text not in "\"”'’":
            tokens.pop()
        if not tokens:
            return
        span = self.span_of(off, tokens)
        inside = [q for q in self.quotes if q[0] >= span[0] - 1 and q[1] <= span[1] + 1]
        subj = self.subject(verb)
        if subj is None or self.span_of(off, [subj])[0] in range(*span):
            return
        speaker_text, speaker_span, resolved = self.make_speaker(off, subj)
        cue_span = self.span_of(off, [verb])
        around = [q for q in self.quotes if q[0] - 1 <= span[0] and span[1] <= q[1] + 1]
        inside = inside or around
        quoted = sum(min(q[1], span[1]) - max(q[0], span[0]) for q in inside)
        if quoted >= 0.95 * (span[1] - span[0]) - 6:  # nothing but "that" and punctuation outside the marks
            # the clause is a quotation: the quote itself is the statement, attributed here
            for q in inside:
                quote_speaker[q] = Found(q, "direct", verb.text, cue_span, speaker_text, speaker_span, resolved)
            return
        if self.overlaps_claimed(span, claimed) or (lemma in CLAUSE_ONLY and not clauses):
            return
        kind = "mixed" if inside else "indirect"
        if lemma in CLAUSE_ONLY and not inside and lemma not in ("issue", "release", "read"):
            if subj.lower_ in ("it", "this", "that"):
                return
        self.found.append(Found(span, kind, verb.text, cue_span, speaker_text, speaker_span, resolved))
        claimed.append(span)
        for q in inside:
            claimed.append(q)

    def from_according(self, off: int, tok, claimed) -> None:
        to = tok.nbor(1)
        objs = [c for c in to.children if c.dep_ == "pobj"]
        if not objs or self.in_quote(off + tok.idx):
            return
        sent = tok.sent
        rest = [t for t in sent if not (t.i >= tok.i and t.i <= max(x.i for x in objs[0].subtree))]
        while rest and (rest[-1].dep_ == "punct" or rest[-1].is_space):
            rest.pop()
        while rest and (rest[0].dep_ == "punct" or rest[0].is_space):
            rest.pop(0)
        if not rest:
            return
        span = self.span_of(off, rest)
        if self.overlaps_claimed(span, claimed):
            return
        speaker_text, speaker_span, resolved = self.make_speaker(off, objs[0])
        inside = [q for q in self.quotes if q[0] >= span[0] - 1 and q[1] <= span[1] + 1]
        self.found.append(Found(span, "mixed" if inside else "indirect", "according to",
                                self.span_of(off, [tok, to]), speaker_text, speaker_span, resolved))
        claimed.append(span)

    def from_quote(self, quote, verbs, claimed, quote_speaker) -> None:
        if self.overlaps_claimed(quote, claimed):
            return
        if quote in quote_speaker:
            self.found.append(quote_speaker[quote])
            claimed.append(quote)
            return
        words = self.text[quote[0]:quote[1]].split()
        if len(words) <= 5 and all(w[:1].isupper() or w.lower() in ("of", "the", "and", "a", "in") for w in words):
            return  # a title ("Face the Nation"), not speech
        # the reporting verb nearest the quote, outside quotes, in the sentences the quote touches
        best = None
        para = next(((s, e) for s, e in self.paras if s <= quote[0] < e), (quote[0], quote[1]))
        for off, verb in verbs:
            pos = off + verb.idx
            if not para[0] <= pos < max(para[1], quote[1]) or self.in_quote(pos) \
                    or verb.lemma_.lower() not in SPEECH or verb.lemma_.lower() in CLAUSE_ONLY:
                continue
            sent_span = self.span_of(off, [t for t in verb.sent if not t.is_space])
            if not (sent_span[0] <= quote[1] + 2 and quote[0] - 2 <= sent_span[1]):
                continue
            subj = self.subject(verb)
            if subj is None or self.in_quote(off + subj.idx):
                continue
            distance = quote[0] - pos if pos < quote[0] else pos - quote[1]
            rank = (not (sent_span[0] < quote[1] and quote[0] < sent_span[1]), distance)  # its own sentence first
            if best is None or rank < best[0]:
                best = (rank, off, verb, subj)
        if best is not None:
            _, off, verb, subj = best
            speaker_text, speaker_span, resolved = self.make_speaker(off, subj)
            self.found.append(Found(quote, "direct", verb.text, self.span_of(off, [verb]), speaker_text,
                                    speaker_span, resolved))
            claimed.append(quote)
            return
        previous = self.previous_quote_statement(quote)
        if previous is not None and len(words) >= 3:
            self.found.append(Found(quote, "direct", previous.cue, previous.cue_span, previous.speaker_text,
                                    previous.speaker_span, previous.resolved))
            claimed.append(quote)

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
            verb = next(((off, t) for off, doc in self.pieces for t in doc
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
