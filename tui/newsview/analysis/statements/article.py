"""The parsed article every reading of statements shares: its tokens, named mentions and quotes, where each
lies, and the statements found so far.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from functools import cached_property

from newsview.analysis.nlp import text_length
from newsview.analysis.quotes import paragraphs
from newsview.analysis.statements.clauses import QUOTE_MARKS

QUOTE_CHARS = "".join(QUOTE_MARKS)
ENDS = {".", "...", "…", "?", "!", ";"}
CLOSING_BRACKET = re.compile(r"[.!?]?\)")


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


class ParsedArticle:
    """One article's parsed pieces (offset, Doc), with lookups by character offset."""

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

    def named_from(self, start: int, end: int) -> list[tuple[int, int, str]]:
        """The named mentions that start in [start, end), by start."""
        lo = bisect_left(self.named_starts, (start, -1))
        hi = bisect_left(self.named_starts, (end, -1))
        return [self.named[k] for _, k in self.named_starts[lo:hi]]

    @cached_property
    def sentence_starts(self) -> list[int]:
        """Where the article's sentences start, as parsed: asked only of a quote a pronoun closes."""
        return [off + sent.start_char for off, doc in self.pieces for sent in doc.sents]

    def sentence_span(self, off: int, tok) -> tuple[int, int]:
        """(start, end) of the token's sentence less spaces, kept: each quote asks it of the verbs around it."""
        key = (off, tok.i)
        if key not in self.sentences:
            self.sentences[key] = self.span_of(off, [t for t in tok.sent if not t.is_space])
        return self.sentences[key]

    def quote_between(self, start: int, end: int) -> bool:
        """Whether a quote opens after `start` and by `end`."""
        k = bisect_right(self.quote_starts, start)
        return k < len(self.quotes) and self.quotes[k][0] <= end + 1

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

    def same_paragraph(self, a: int, b: int) -> bool:
        return any(s <= a and b < e for s, e in self.paras)

    def bare_quote_after(self, end: int, quote: tuple[int, int]) -> bool:
        """Whether `quote` is a paragraph of nothing but a quote, right after the paragraph where `end` lies."""
        at = [i for i, (s, e) in enumerate(self.paras) if s <= end <= e or s <= quote[0] < e]
        if len(at) < 2 or at[-1] - at[0] != 1:
            return False
        s, e = self.paras[at[-1]]
        rest = self.text[s:quote[0]] + self.text[quote[1]:e]
        return not rest.strip(" \n\t\"“”'’.,!?")

    def overlaps_claimed(self, span, claimed) -> bool:
        return any(s < span[1] and span[0] < e for s, e in claimed)

    def closed(self, span: tuple[int, int]) -> tuple[int, int]:
        """The span carried on to the close of an aside or a quotation it opens, where the sentence ended inside
        it: "doesn't have a doctrine (on foreign affairs.)", not "... (on foreign affairs"; "claiming that Clinton
        “lied many times, [and] nothing happened to her. ... It’s very unfair.”": the quoted words after the
        sentence's end are the speaker's too."""
        words = self.text[span[0]:span[1]]
        closing = CLOSING_BRACKET.match(self.text, span[1]) if words.count("(") > words.count(")") else None
        if closing:
            return span[0], closing.end()
        k = bisect_right(self.quote_starts, span[1] - 1) - 1
        rest = self.text[span[1]:self.quotes[k][1]] if k >= 0 and span[0] <= self.quotes[k][0] else ""
        return (span[0], span[1] + len(rest.rstrip(".,;: \n"))) if re.search(r"\w", rest) else span

    def reported(self, span, cue_span, speaker, claimed, kind: str | None = None) -> None:
        """Record reported speech (mixed when a quotation lies in it) and claim its span."""
        span = self.closed(span)
        if kind is None:
            kind = "mixed" if any(span[0] - 1 <= q[0] and q[1] <= span[1] + 1 for q in self.quotes) else "indirect"
        self.found.append(Found(span, kind, self.text[cue_span[0]:cue_span[1]], cue_span, *speaker))
        claimed.append(span)
