"""A headline a reader would accept, from the lead when no metadata gives one."""

from __future__ import annotations

import re

from newsview.corpus.datelines import DATELINE

ABBREV = r"(?:Mr|Mrs|Ms|Dr|Gen|Maj|Lt|Col|Sgt|Capt|Sen|Rep|Gov|Sec|St|Jr|Sr|Prof|U\.S|U\.K|No|Inc|Co|Corp|Ltd|[A-Z])"
TRAILING_ATTRIBUTION = re.compile(
    r",\s*(?:according to [^,]+|(?:[A-Z][\w.'-]*\s?){1,4} (?:said|says|reported|reports)|(?:said|says) [^,]+)\s*[.!?]?$"
)
MAX_CHARS = 90


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
    sentence = first_sentence(text)
    if not sentence:
        return None
    headline = TRAILING_ATTRIBUTION.sub("", sentence).rstrip(" .")
    headline = re.sub(r"\s+", " ", headline)
    if len(headline) > MAX_CHARS:
        cut = headline[:MAX_CHARS].rsplit(" ", 1)[0].rstrip(" ,;:—–-")
        headline = cut + "…"
    return headline[:1].upper() + headline[1:] if headline else None
