"""Quote marks -> quoted spans, paragraph by paragraph: double marks, and single ones where a paragraph has no
double marks (see _single_quoted).

Quote state never crosses a paragraph unless the next paragraph opens with a
quote mark (the convention for a quote running over paragraphs), so one stray
or unbalanced mark cannot derail the rest of the article.
"""

from __future__ import annotations

import re

OPENING = "“„«"
CLOSING = "”»"
STRAIGHT = '"'
# only these matter to the scan; two apostrophes stand for a straight mark in some archives ("''Yes,'' she said")
MARKS = re.compile("''|[" + re.escape(OPENING + CLOSING + STRAIGHT) + "]")
LINE_END = re.compile(r"[ \t]*(?:\n|\Z)")
PARAGRAPH = re.compile(r"\n\s*\n|\n(?=\s*(?:[\"“]|''))")


def paragraphs(text: str) -> list[tuple[int, int]]:
    spans, start = [], 0
    for match in PARAGRAPH.finditer(text):
        spans.append((start, match.start()))
        start = match.end()
    spans.append((start, len(text)))
    return [(s, e) for s, e in spans if text[s:e].strip()]


def quoted_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each quotation's inner text, marks excluded."""
    out: list[tuple[int, int]] = []
    for p_start, p_end in paragraphs(text):
        open_at: int | None = None
        for mark in MARKS.finditer(text, p_start, p_end):
            i, ch, width = mark.start(), mark.group()[0], len(mark.group())
            straight = ch == STRAIGHT or width == 2
            if ch in OPENING and open_at is not None and (_closes(text, i) or LINE_END.match(text, i + 1)):
                out.append((open_at, i))  # an opening mark typed for a closing one: "...here,“ said Jim", or
                # one that ends a line, where it opens nothing
                open_at = None
            elif ch in OPENING or (ch not in OPENING and open_at is None and _opens(text, i, width)):
                # a straight mark before a word opens, and so does a closing one typed for an opening: ”Fear. I am
                if open_at is None:
                    open_at = i + width
            elif ch in CLOSING or straight:
                if open_at is not None:
                    out.append((open_at, i))
                    open_at = None
        if open_at is not None and p_end - open_at > 20:
            # an open quote at a paragraph's end runs to it (the next paragraph reopens it)
            out.append((open_at, p_end))
        if not MARKS.search(text, p_start, p_end):
            out.extend(_single_quoted(text, p_start, p_end))
    return [(s, e) for s, e in (_trim(text, s, e) for s, e in out) if e > s]


SINGLE_OPENS = re.compile(r"(?:^|(?<=[\s(\[—–:;]))['‘](?=[A-Z]|\d(?!0s))", re.MULTILINE)  # not the '90s
SINGLE_CLOSES = re.compile(r"(?<=[,.?!])['’](?=\s|$|[)\]—–-])")


def _single_quoted(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Quotes in single marks, as British papers write them ("'It was a bullet,' Mrs Armstead said"), in a
    paragraph with no double marks (where single ones quote within a quote): a mark before a capital opens, one
    after the punctuation that ends what was said closes, so an apostrophe ("don't", "the Smiths' house") does
    neither. Not a whole paragraph (a headline's 'All Bets Are Off.'), nor a word or two (scare quotes)."""
    out, at = [], start
    while (opening := SINGLE_OPENS.search(text, at, end)) \
            and (closing := SINGLE_CLOSES.search(text, opening.end(), end)):
        inner = (opening.end(), closing.start())
        whole = not text[start:opening.start()].strip() and not text[closing.end():end].strip()
        if len(text[inner[0]:inner[1]].split()) >= 3 and not whole:
            out.append(inner)
        at = closing.end()
    return out


def _opens(text: str, i: int, width: int = 1) -> bool:
    """A straight mark opens when it stands before a word, not after one."""
    before = text[i - 1] if i > 0 else " "
    after = text[i + width] if i + width < len(text) else " "
    return not after.isspace() and (before.isspace() or before in "([{—–-:;,/" or i == 0)


def _closes(text: str, i: int) -> bool:
    """A mark closes when it follows a word or punctuation and stands before a space or the end."""
    after = text[i + 1] if i + 1 < len(text) else " "
    return not text[i - 1].isspace() and (after.isspace() or after in ".,;:!?)")


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1] in " \t\n,":
        end -= 1
    return start, end
