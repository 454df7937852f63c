"""Title case: a headline capitalises every word, so there capitals do not mark names."""

from __future__ import annotations

import bisect
import re

LONG_WORD = re.compile(r"\b[^\W\d_]{4,}\b")
# the longer words title case may leave in lower case; any other in lower case marks a sentence, however many
# names it holds ("The Hartford Comets beat the Dayton Rivals on Sunday")
SMALL = {"with", "from", "into", "onto", "over", "upon", "about", "after", "before", "than", "that", "amid",
         "among", "under", "until", "while", "when", "where", "between", "against", "during", "without", "through"}


def title_case(text: str) -> bool:
    """Whether a line or sentence is in title case ("Jane Roe Quits Club After Ten Years"): nearly every
    word of four letters or more capitalised, of three or more, and none in lower case but small ones."""
    words = LONG_WORD.findall(text)
    return len(words) >= 3 and sum(w[0].isupper() for w in words) >= 0.75 * len(words) \
        and all(w[0].isupper() or w.lower() in SMALL for w in words)


def in_lines(lines: list[tuple[int, int]], start: int, end: int) -> bool:
    """Whether the span lies within one of `lines` ((start, end) pairs, sorted)."""
    k = bisect.bisect_right(lines, (start, float("inf"))) - 1
    return k >= 0 and lines[k][0] <= start and end <= lines[k][1]
