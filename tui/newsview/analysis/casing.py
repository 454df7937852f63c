"""Title case: a headline capitalises every word, so there capitals do not mark names."""

from __future__ import annotations

import re

LONG_WORD = re.compile(r"\b[^\W\d_]{4,}\b")


def title_case(text: str) -> bool:
    """Whether a line or sentence is in title case ("Jane Roe Quits Club After Ten Years"): nearly every
    word of four letters or more capitalised, of three or more."""
    words = LONG_WORD.findall(text)
    return len(words) >= 3 and sum(w[0].isupper() for w in words) >= 0.75 * len(words)
