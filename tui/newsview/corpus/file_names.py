"""What a file's name says of its article when nothing else does. Saved articles are often named
`outlet_2016-03-01_slug.txt` or `2016-03-01-slug.html`: the date is the day it ran, the word before it the
outlet."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

# a year of this or the last century, month and day, written with one separator or none ("20160301")
DATE = re.compile(r"(?<![\dA-Za-z])(?P<year>(?:19|20)\d\d)(?P<sep>[-_.]?)(?P<month>\d\d)(?P=sep)(?P<day>\d\d)(?!\d)")
OUTLET = re.compile(r"[A-Za-z][\w&' -]{0,29}")  # a short name before the date ("wash-post", "The Bugle")
SEPARATORS = " _-."


def named_on(path: str | None) -> str | None:
    """YYYY-MM-DD of the first real date in the file's name, or None."""
    match = _date(path)
    return match[1] if match else None


def named_outlet(path: str) -> str:
    """The outlet a file's name gives: the word before a date that opens it ("wash-post" of
    `wash-post_2016-03-01_slug.txt`), else the whole name, which at least tells the articles apart."""
    stem = Path(path).stem
    match = _date(path)
    before = stem[:match[0]].rstrip(SEPARATORS) if match else ""
    return before if OUTLET.fullmatch(before) else stem


def _date(path: str | None) -> tuple[int, str] | None:
    """(where in the stem, YYYY-MM-DD) of the first real date in the file's name."""
    stem = Path(path).stem if path else ""
    for match in DATE.finditer(stem):
        try:
            day = dt.date(int(match["year"]), int(match["month"]), int(match["day"]))
        except ValueError:
            continue
        return match.start(), day.isoformat()
    return None
