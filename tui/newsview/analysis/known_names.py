"""Names one article's tagger found, looked for in every article of a comparison.

The tagger finds a name in one sentence and misses it in the next, above all
in headlines ("COLTS TOP CHIEFS", "Saints Suffer Injury"). How often an outlet
names someone should not hang on that, so each occurrence of a name tagged
anywhere in the comparison, as written or in capitals, is a mention of it. A
one-word name counts only where the articles never write it in lower case:
"Species" or "Administration" in a headline is a common word, "Colts" is not.
Only names tagged in running text are looked for: in a headline the tagger
runs names into the words after them ("Driver Charged").
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict

from newsview.analysis.casing import line_of, title_case
from newsview.analysis.model import NAMED_TYPES, TITLE_TYPES
from newsview.analysis.references import NOMINAL, PRONOUN

LOOKED_FOR = NAMED_TYPES + TITLE_TYPES + ("PRODUCT",)
LOWER_WORD = re.compile(r"\b[a-z][a-z'-]*\b")


def add_known_names(mentions: dict[str, list[list]], texts: dict[str, str]) -> dict[str, list[list]]:
    """Each article's mention rows, with [start, end, label, text] added for every untagged occurrence of a
    name tagged in any article. Rows are only appended: the links between rows (by index) hold."""
    labels: dict[str, Counter] = defaultdict(Counter)
    for article, rows in mentions.items():
        for start, end, label, text, *_ in rows:
            if label in LOOKED_FOR and not title_case(line_of(texts[article], start)):
                labels[text][label] += 1
    common = set().union(*(LOWER_WORD.findall(t) for t in texts.values()))
    label_of = {}
    for name, votes in labels.items():
        if _findable(name, common):
            label = votes.most_common(1)[0][0]
            label_of.setdefault(name, label)
            label_of.setdefault(name.upper(), label)
    if not label_of:
        return mentions
    pattern = re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, sorted(label_of, key=len, reverse=True)))
                         + r")(?!\w)")
    out = {}
    for article, rows in mentions.items():
        text = texts[article]
        covered = bytearray(len(text) + 1)  # by a name or value the article's own step found
        for row in rows:
            if row[2] not in (NOMINAL, PRONOUN):
                covered[row[0]:row[1]] = b"\1" * (row[1] - row[0])
        added = [[m.start(), m.end(), label_of[m.group()], m.group()] for m in pattern.finditer(text)
                 if not any(covered[m.start():m.end()])]
        out[article] = rows + added
    return out


def _findable(name: str, common: set[str]) -> bool:
    """A name safe to look for as a string: capitalised, and with more than one word or not a common word."""
    if not name[:1].isupper() or len(name) < 3:
        return False
    return " " in name or name.lower() not in common
