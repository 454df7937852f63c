"""Names one article's tagger found, looked for in every article of a comparison.

The tagger finds a name in one sentence and misses it in the next, above all
in headlines ("COLTS TOP CHIEFS", "Saints Suffer Injury"). How often an outlet
names someone should not hang on that, so each occurrence of a name tagged
anywhere in the comparison, as written or in capitals, is a mention of it. A
one-word name counts only where the articles never write it in lower case:
"Species" or "Administration" in a headline is a common word, "Colts" is not.
Only names tagged in running text are looked for: in a headline the tagger
runs names into the words after them ("Lindsay Lohan Checks Into Rehab"), and
such a run is cut to the known name it begins with.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict

from newsview.analysis.casing import in_lines, title_case
from newsview.analysis.model import NAMED_TYPES, TITLE_TYPES
from newsview.analysis.references import NOMINAL, PRONOUN

LOOKED_FOR = NAMED_TYPES + TITLE_TYPES + ("PRODUCT",)
LOWER_WORD = re.compile(r"\b[a-z][a-z'-]*\b")
WORD = re.compile(r"\w+")


def add_known_names(mentions: dict[str, list[list]], texts: dict[str, str]) -> dict[str, list[list]]:
    """Each article's mention rows, with [start, end, label, text] added for every untagged occurrence of a
    name tagged in any article. Rows are only appended: the links between rows (by index) hold."""
    labels: dict[str, Counter] = defaultdict(Counter)
    headlines = {article: _title_case_lines(text) for article, text in texts.items()}
    for article, rows in mentions.items():
        for start, end, label, text, *_ in rows:
            if label in LOOKED_FOR and not in_lines(headlines[article], start, start):
                labels[text][label] += 1
    common = set().union(*(LOWER_WORD.findall(t) for t in texts.values()))
    by_first: dict[str, list[tuple[str, str]]] = defaultdict(list)  # first word -> (name, label), longest first
    for name, votes in labels.items():
        if _findable(name, common):
            label = votes.most_common(1)[0][0]
            for form in {name, name.upper()}:
                by_first[WORD.match(form).group()].append((form, label))
    for names in by_first.values():
        names.sort(key=lambda n: -len(n[0]))
    out = {}
    for article, rows in mentions.items():
        rows = _cut_at_known_names(rows, headlines[article], by_first)
        out[article] = rows + _occurrences(texts[article], rows, by_first)
    return out


def _cut_at_known_names(rows: list[list], headlines: list[tuple[int, int]],
                        by_first: dict[str, list[tuple[str, str]]]) -> list[list]:
    """The rows, where a title-case line ran a name into the words after it ("Lindsay Lohan Checks Into
    Rehab") cut to the longest known name the tagged run begins with; new lists, as the rows are cached."""
    out = rows
    for k, row in enumerate(rows):
        first = WORD.match(row[3]) if row[2] in LOOKED_FOR and in_lines(headlines, row[0], row[0]) else None
        names = by_first.get(first.group(), ()) if first else ()
        if any(name == row[3] for name, _ in names):
            continue
        known = next(((name, label) for name, label in names if row[3].startswith(name + " ")), None)
        if known:
            out = list(rows) if out is rows else out
            out[k] = [row[0], row[0] + len(known[0]), known[1], known[0], *row[4:]]
    return out


def _occurrences(text: str, rows: list[list], by_first: dict[str, list[tuple[str, str]]]) -> list[list]:
    """[start, end, label, text] of each known name in `text` that no name or value row covers: found word by
    word, as a name begins with a word."""
    covered = bytearray(len(text) + 1)
    for row in rows:
        if row[2] not in (NOMINAL, PRONOUN):
            covered[row[0]:row[1]] = b"\1" * (row[1] - row[0])
    out, after = [], 0
    for word in WORD.finditer(text):
        start = word.start()
        if start < after or word.group() not in by_first:
            continue
        for name, label in by_first[word.group()]:
            end = start + len(name)
            if text.startswith(name, start) and not text[end:end + 1].isalnum() and not any(covered[start:end]):
                out.append([start, end, label, name])
                after = end
                break
    return out


def _title_case_lines(text: str) -> list[tuple[int, int]]:
    """(start, end) of the lines in title case."""
    out, start = [], 0
    for line in text.split("\n"):
        if title_case(line):
            out.append((start, start + len(line)))
        start += len(line) + 1
    return out


def _findable(name: str, common: set[str]) -> bool:
    """A name safe to look for as a string: capitalised, and with more than one word or not a common word."""
    if not name[:1].isupper() or len(name) < 3:
        return False
    return " " in name or name.lower() not in common
