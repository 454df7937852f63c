"""What a date or time value says, read so that two reports' times can be told apart only where they really
differ: "May 2, 2013" and "May 02, 2013" are one day, "11am" and "11 a.m." one hour, "60-day" and "60 days" one
length; "late Thursday" is no part of "Thursday afternoon", while "earlier Tuesday" may be any part of Tuesday."""

from __future__ import annotations

import re
from typing import NamedTuple

from newsview.analysis.days import MONTH_OF, MONTHS, WEEKDAYS, YEAR
from newsview.analysis.figures import WORDS

# the hours of the day a part of it spans; a night runs past 24 into the next morning
PARTS = {"morning": (5, 12), "forenoon": (8, 12), "midday": (11, 14), "noon": (11.5, 12.5), "lunchtime": (11, 14),
         "afternoon": (12, 18), "evening": (17, 22), "dusk": (17, 21), "night": (19, 29), "tonight": (17, 29),
         "overnight": (21, 31), "midnight": (23.5, 24.5), "dawn": (4, 8), "daybreak": (4, 8)}
EARLY, LATE = (0, 10), (18, 28)  # "early Sunday", "late Thursday": early or late in the day
LENGTH_UNITS = ("minute", "hour", "day", "week", "month", "year", "decade", "century", "season")
CLOCK = re.compile(r"\b(\d{1,2})(?:\s?[:.]\s?(\d{2}))?\s?([ap])\.?\s?m\b\.?"  # "3 a.m.", "8.49pm"
                   r"|\b(\d{1,2})\s?:\s?(\d{2})\b|\b(\d{2})(\d{2})\s?(?:hrs|hours)\b")  # "20:49", "1100 hrs"
COUNTS = "|".join(w for w in WORDS if w != "half")
LENGTH = re.compile(rf"(?<![/\d]\s)(?<![/\d])\b(\d+(?:\.\d+)?|{COUNTS})(\s+and\s+a\s+half|½)?[\s-]"
                    rf"({'|'.join(LENGTH_UNITS)})s?\b(?![\s-]+(?:old|ago|earlier|later|before|after|from\s+now)\b)")
MONTH_WORD = rf"(?:{'|'.join(MONTH_OF)})\b\.?"
DAY_AFTER = re.compile(rf"\b{MONTH_WORD}\s*(\d{{1,2}})\b")  # "Oct. 19"
DAY_BEFORE = re.compile(rf"\b(\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?{MONTH_WORD}")  # "19th of October"
WORD = re.compile(r"\d+|[a-z]+")


class When(NamedTuple):
    """What a value names: a day (by weekday, or month and day), the hours of it (a part of the day or a clock
    time), or a length of time. Each is None where the value does not say it."""
    weekday: str | None = None
    month: int | None = None
    day: int | None = None
    year: int | None = None
    hours: tuple[float, float] | None = None
    clock: bool = False  # hours read off a clock time ("3 a.m."), not a part of the day
    length: tuple[float, str] | None = None  # (60, "day") of "60 days" and "60-day"


def when(text: str) -> When:
    low = text.lower()
    if (length := LENGTH.search(low)) is not None:
        n = length.group(1)
        return When(length=(float(WORDS.get(n, n)) + (0.5 if length.group(2) else 0), length.group(3)))
    words = WORD.findall(low)
    weekday = next((w for w in words if w in WEEKDAYS), None)
    month = next((MONTHS.index(MONTH_OF[w]) + 1 for w in words if w in MONTH_OF), None)
    numbers = [w for w in words if w.isdigit()]
    year = next((int(n) for n in numbers if YEAR.fullmatch(n)), None)
    day = _day_of_month(low) if month else None
    hours, clock = _clock(low), True
    if hours is None:
        hours, clock = _part_of_day(words), False
    return When(weekday, month, day, year, hours, clock)


def _day_of_month(low: str) -> int | None:
    """The day beside the month ("Oct. 19", "19th of October"), not another figure ("a 30-7 Oct. 19 loss")."""
    match = DAY_AFTER.search(low) or DAY_BEFORE.search(low)
    day = match and int(match.group(1))
    return day if day and day <= 31 else None


def _clock(low: str) -> tuple[float, float] | None:
    """The hour of a clock time; None where there is none, or where it could be morning or evening ("8:00")."""
    match = CLOCK.search(low)
    if match is None:
        return None
    if match.group(1):
        hour = int(match.group(1)) % 12 + (12 if match.group(3) == "p" else 0)
        minutes = int(match.group(2) or 0)
    else:
        hour, minutes = int(match.group(4) or match.group(6)), int(match.group(5) or match.group(7))
        if hour <= 12 and match.group(4):  # "8:00" may be 8 a.m. or 8 p.m.
            return None
    at = hour + minutes / 60
    return at, at


def _part_of_day(words: list[str]) -> tuple[float, float] | None:
    """The hours a part of the day spans; "early" and "late" take the first or last half of a part named, else of
    the day. "Earlier" and "later" say when it was written from, not when in the day."""
    parts = [PARTS[w] for w in words if w in PARTS]
    if not parts:
        return EARLY if "early" in words else LATE if "late" in words else None
    lo, hi = parts[0]
    if "early" in words:
        return lo, (lo + hi) / 2
    if "late" in words:
        return (lo + hi) / 2, hi
    return lo, hi


def differ(a: When, b: When) -> str | None:
    """How two values differ, if they do: "date" for two days, "time" for two hours of one day or two lengths of
    one unit; None where they agree or cannot be compared (a day and a length, "Thursday" and "May 3")."""
    if a.length or b.length:
        return "time" if a.length and b.length and a.length[1] == b.length[1] and a.length[0] != b.length[0] \
            else None
    if a.month and b.month and a.day and b.day:
        if (a.month, a.day) != (b.month, b.day) or (a.year and b.year and a.year != b.year):
            return "date"
    elif not (a.weekday and a.weekday == b.weekday):
        return None  # no day named in both: their hours may be of different days
    if a.hours and b.hours and not _overlap(a.hours, b.hours):
        return "time"
    return None


def _overlap(a: tuple[float, float], b: tuple[float, float]) -> bool:
    """Whether two spans of hours share a moment (spans that only meet share none, an hour and a span do), a
    night's small hours being those of the next morning too."""
    for shift in (-24, 0, 24):
        lo, hi = max(a[0], b[0] + shift), min(a[1], b[1] + shift)
        if lo < hi or (lo == hi and (a[0] == a[1] or b[0] == b[1])):
            return True
    return False
