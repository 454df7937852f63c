"""A headline a reader would accept, from the lead when no metadata gives one."""

from __future__ import annotations

import re

from newsview.corpus.datelines import DATELINE, is_date_line

ABBREV = r"(?:Mr|Mrs|Ms|Dr|Gen|Maj|Lt|Col|Sgt|Capt|Sen|Rep|Gov|Sec|St|Jr|Sr|Prof|U\.S|U\.K|No|Inc|Co|Corp|Ltd|[A-Z])"
TRAILING_ATTRIBUTION = re.compile(
    r",\s*(?:according to [^,]+|(?:[A-Z][\w.'-]*\s?){1,4} (?:said|says|reported|reports)|(?:said|says) [^,]+)\s*[.!?]?$"
)
MAX_CHARS = 90
HEADLINE_WORDS = 20  # a first line this short, with no sentence's end, set above the text is its headline


def first_sentence(text: str) -> str:
    body = text.strip()
    body = body[DATELINE.match(body).end():] if DATELINE.match(body) else body
    para = next((p.strip() for p in re.split(r"\n\s*\n", body) if p.strip()), "")
    for match in re.finditer(r"[.!?][\"'”’)]*\s+(?=[\"“'‘(]?[A-Z0-9])", para):
        before = para[:match.start() + 1]
        if not re.search(rf"\b{ABBREV}\.$", before):
            return before.strip()
    return para


def derive_title(text: str) -> str | None:
    """The headline line a text copied from the web opens with (after any line giving the date), else its lead."""
    span = headline_span(text)
    if span:
        return _fit(text[span[0]:span[1]], cut=False)  # the outlet's own headline, whole: screens cut it to fit
    return lead(text)


def headline_span(text: str) -> tuple[int, int] | None:
    """(start, end) of the headline line a text opens with (after any line giving the date), if it has one."""
    lines = [(m.start(), m.end()) for m in re.finditer(r"[^\n]*", text) if m.group().strip()]
    while len(lines) > 1 and is_date_line(text[lines[0][0]:lines[0][1]].strip()):
        lines.pop(0)
    if len(lines) > 1 and _headline(text[lines[0][0]:lines[0][1]].strip()):
        start, end = lines[0]
        return start + len(text[start:end]) - len(text[start:end].lstrip()), len(text[:end].rstrip())
    return None


def lead(text: str) -> str | None:
    """The lead's first sentence without its attribution ("..., police said"), cut to a headline's length."""
    sentence = first_sentence(text)
    return _fit(TRAILING_ATTRIBUTION.sub("", sentence).rstrip(" .")) if sentence else None


def _fit(headline: str, cut: bool = True) -> str | None:
    headline = re.sub(r"\s+", " ", headline)
    if cut and len(headline) > MAX_CHARS:
        cut = headline[:MAX_CHARS].rsplit(" ", 1)[0].rstrip(" ,;:—–-")
        headline = cut + "…"
    return headline[:1].upper() + headline[1:] if headline else None


def _headline(line: str) -> bool:
    return 0 < len(line.split()) <= HEADLINE_WORDS and not line.rstrip("\"'”’»)").endswith((".", ",", ";", ":")) \
        and not DATELINE.match(line)
