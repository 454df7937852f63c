"""Named days: the key of a point in time however it is phrased ("Friday", "late Friday night", "Jan. 2"),
placed on the calendar by the article's date when it has one."""

from __future__ import annotations

import datetime as dt
import re

DAYS_FROM_TODAY = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1}  # the days named from the writing
FROM_TODAY = ("today", "yesterday", "tomorrow")  # an undated article's such day is its own
DAY_PARTS = {"morning", "afternoon", "evening", "night"}  # "this morning" is today, "last night" yesterday
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
YEAR = re.compile(r"\b(?:1[5-9]\d\d|20\d\d)\b")
MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
          "november", "december")
MONTH_OF = {**{m: m for m in MONTHS}, **{m[:3]: m for m in MONTHS}, "sept": "september"}  # "Dec. 19", "10 Nov"


def time_key(words: list[str], published: dt.date | None = None) -> str | None:
    """What names a point in time, the same however it is phrased: its weekday ("on Friday", "late Friday
    night"), else its day of a month ("March 3", "3 March 2009", "Dec. 3"), else a day named from the day of
    writing ("yesterday", "this morning"), else a month of a year ("October 2011"), else a year standing alone.
    With the article's date, a day is the calendar day it means: a weekday the latest such day on or before
    the date, "yesterday" the day before it; without, "yesterday" is the article's own (see entities.Form.key)."""
    day = next((w for w in words if w in WEEKDAYS), None)
    if day:
        if published is None:
            return day
        return (published - dt.timedelta(days=(published.weekday() - WEEKDAYS.index(day)) % 7)).isoformat()
    month = next((MONTH_OF[w] for w in words if w in MONTH_OF), None)
    numbers = [w for w in words if w.isdigit()]
    dates = [int(n) for n in numbers if int(n) <= 31]
    year = next((n for n in numbers if YEAR.fullmatch(n)), None)
    if month and dates:
        return _calendar_day(MONTHS.index(month) + 1, dates[0], year and int(year), published) \
            or f"{month} {dates[0]}"
    if (shift := _days_from_today(words)) is not None:
        if published is None:
            return FROM_TODAY[-shift]
        return (published + dt.timedelta(days=shift)).isoformat()
    if month and year:  # "in October 2011"
        return f"{month} {year}"
    if len(words) == 1 and YEAR.fullmatch(words[0]):
        return words[0]
    return None


def _days_from_today(words: list[str]) -> int | None:
    """How many days from the day of writing a time says ("yesterday" -1, "late this morning" 0, "last night"
    -1), if it names a day so; not "this week" nor "last year", which name no day."""
    said = next((DAYS_FROM_TODAY[w] for w in words if w in DAYS_FROM_TODAY), None)
    if said is None and words[-2:] == ["last", "night"]:
        return -1
    if said is None and len(words) >= 2 and words[-2] == "this" and words[-1] in DAY_PARTS:
        return 0
    return said


def timed(key: str, published: dt.date | None, scope: int | str) -> str:
    """A time's key across articles: an undated article's day without a year ("Thursday", "March 3") is a day
    of its `scope`, its own story, so two events' reports in one comparison do not share their Thursdays (its
    own article for "yesterday": reports of one story are written on different days)."""
    return f"time:{key}" if published or YEAR.search(key) else f"time:{key}@{scope}"


def _calendar_day(month: int, day: int, year: int | None, published: dt.date | None) -> str | None:
    """The ISO date of a day of a month in a dated article: in the year given, else the one its date implies."""
    if published is None:
        return None
    try:
        when = dt.date(year or published.year, month, day)
        if year is None and when > published + dt.timedelta(days=31):  # "December 30" in a January report
            when = when.replace(year=when.year - 1)
    except ValueError:
        return None
    return when.isoformat()
