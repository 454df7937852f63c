"""Datelines: `BAGHDAD, Iraq (ABC News) — ...` opens many wire and network stories; and the line giving the
date ("Published: July 28, 2004", "Thursday 29 July 2004 08.23 BST") that a story copied from the web keeps
near its top, above or below its headline."""

from __future__ import annotations

import re

DATELINE = re.compile(
    r"^\s*(?P<place>[A-Z][A-Z.'\- ]{1,40}(?:,\s*[A-Z][A-Za-z.'\- ]{1,30})?)"
    r"\s*(?:\((?P<outlet>[A-Z][^()\n]{1,40})\))?\s*[—–-]{1,2}\s+"
)


def split_dateline(text: str) -> tuple[str | None, str | None]:
    """(place, outlet) of a leading dateline, or (None, None)."""
    match = DATELINE.match(text)
    if not match:
        return None, None
    return match.group("place").strip(" ,"), (match.group("outlet") or "").strip() or None


MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?"
DATE = re.compile(rf"\b(?:{MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}|\d{{1,2}}(?:st|nd|rd|th)?\s+{MONTH},?\s+\d{{4}})\b",
                  re.I)
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
