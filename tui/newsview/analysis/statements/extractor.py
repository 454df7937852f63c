"""All the readings of one article's statements, taken in text order so that each claims its span before a
later one may; then the quotes one verb carries joined into one statement.
"""

from __future__ import annotations

from dataclasses import replace
from functools import partial

from newsview.analysis.statements.article import Found
from newsview.analysis.statements.clauses import lemma_of, received, reports_clause, verb_as_noun
from newsview.analysis.statements.cues import ATTITUDES, CUES, IMPRESSIONS, NOUN_CUES
from newsview.analysis.statements.quoted import QuotedSpeech
from newsview.analysis.statements.reported import ReportedSpeech


class Extractor(ReportedSpeech, QuotedSpeech):
    """Statements of one article from its parsed pieces (offset, Doc)."""

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
                    and (self.same_paragraph(before.content[0], f.content[0])
                         or self.bare_quote_after(before.content[1], f.content)):
                out[last] = replace(before, content=(before.content[0], f.content[1]))
                continue
            out.append(f)
            last = len(out) - 1 if f.kind == "direct" else last
        return out
