"""Datelines: `BAGHDAD, Iraq (ABC News) — ...` opens many wire and network stories; and the line giving the
date ("Published: July 28, 2004", "Thursday 29 July 2004 08.23 BST") that a story copied from the web keeps
near its top, above or below its headline."""

from __future__ import annotations

import datetime as dt
import re

DATELINE = re.compile(
    r"^\s*(?P<place>[A-Z][A-Z.'\- ]{1,40}(?:,\s*[A-Z][A-Za-z.'\- ]{1,30})?)"
    r"\s*(?:\((?P<outlet>[A-Z][^()\n]{1,40})\))?\s*[—–―-]{1,2}\s+"
)


def split_dateline(text: str) -> tuple[str | None, str | None]:
    """(place, outlet) of a leading dateline, or (None, None)."""
    match = DATELINE.match(text)
    if not match:
        return None, None
    return match.group("place").strip(" ,"), (match.group("outlet") or "").strip() or None


MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
MONTH = rf"(?:{'|'.join(MONTHS)})[a-z]*\.?"
DATE = re.compile(rf"\b(?:(?P<month>{MONTH})\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<year>\d{{4}})"
                  rf"|(?P<day2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<month2>{MONTH}),?\s+(?P<year2>\d{{4}}))\b", re.I)
TOP_LINES = 6  # a date line stands among the first lines, above or below the headline
# what else a date line may hold: a label, the weekday, the time and its zone
AROUND_DATE = re.compile(r"\b(?:first|last|published|updated|posted|modified|date|on|at|gmt|utc"
                         r"|(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?|\d{1,2}\s?[:.]\s?\d{2}(?:\s?[ap]\.?\s?m\b\.?)?"
                         r"|\d{1,2}\s?[ap]\.?\s?m\.?|[ap]\.?\s?m\b\.?)\b", re.I)
ZONE = re.compile(r"\b[A-Z]{1,3}[SD]?T\b|[+-]\d{1,2}\s?:?\s?\d{0,2}")


def is_date_line(line: str) -> bool:
    """A line that gives a date and nothing else but its label, the weekday and the time."""
    match = DATE.search(line) if len(line) <= 80 else None
    return match is not None and not re.search(
        r"[^\W_]", ZONE.sub(" ", AROUND_DATE.sub(" ", line[:match.start()] + " " + line[match.end():])))


def written_on(text: str) -> str | None:
    """YYYY-MM-DD of the date line among the text's first lines, or None."""
    lines = [line.strip() for line in text.strip().split("\n") if line.strip()][:TOP_LINES]
    for line in lines:
        if is_date_line(line):
            match = DATE.search(line)
            month = (match.group("month") or match.group("month2"))[:3].lower()
            day, year = match.group("day") or match.group("day2"), match.group("year") or match.group("year2")
            try:
                return dt.date(int(year), MONTHS.index(month) + 1, int(day)).isoformat()
            except ValueError:
                return None
    return None
