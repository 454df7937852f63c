"""Quotes and who speaks them: the reporting verb in the quote's sentences, a name right after it ("“...,”
said Jane Doe"), signed with a dash, handed over by a colon ("Smith: ...", "She interjected: “...”"), opening a
transcript line, or the speaker of the quote before; and statements reproduced without quote marks under a line
that announces them. A few capitalised words in quotes are a title, not speech.
"""

from __future__ import annotations

from newsview.analysis.statements.article import ENDS, QUOTE_CHARS, Found
from newsview.analysis.statements.clauses import (DESCRIPTIONS, QUOTE_MARKS, inverted, lemma_of, name_run,
                                                  owner_of_words, quoting, says)
from newsview.analysis.statements.speakers import Speakers

# Small words a title leaves in lower case ("Doomed to Succeed", "Orange Is the New Black").
TITLE_WORDS = {"of", "the", "and", "a", "an", "in", "to", "for", "on", "at", "with", "by", "from", "or", "is"}
DASHES = {"-", "–", "—", "―", "--", "~"}


class QuotedSpeech(Speakers):
    """Readings of quotes and of the layout around them."""

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

    def previous_quote_statement(self, quote) -> Found | None:
        """A quote with no verb of its own continues the quote just before it (same or previous paragraph); a
        paragraph of nothing but a quote, what the speaker of the paragraph before said ("Roe told reporters that
        the plan failed.", then "“We lost.”")."""
        para = next(((s, e) for s, e in self.paras if s <= quote[0] < e), None)
        if para is None:
            return None
        earlier = [f for f in self.found if f.content[1] <= quote[0]]
        spoken = [f for f in earlier if f.speaker_text]
        latest = max(spoken, key=lambda f: f.content[1], default=None)
        if latest is not None and self.bare_quote_after(latest.content[1], quote):
            return latest
        direct = [f for f in earlier if f.kind == "direct"]
        if not direct:
            return None
        last = max(direct, key=lambda f: f.content[1])
        between = self.text[last.content[1]:quote[0]]
        if last.content[1] >= para[0] or (between.count("\n\n") <= 1 and len(between) < 200
                                           and self.text[para[0]:quote[0]].strip() in ('"', "“")):
            return last
        return None

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
