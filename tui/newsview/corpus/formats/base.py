"""What every format module produces."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Record:
    """One article as a format found it; the loader fills in what is missing."""

    text: str
    title: str | None = None
    outlet: str | None = None
    date: str | None = None
    url: str | None = None
    credit: str | None = None
    dateline: str | None = None


class FormatError(ValueError):
    """The file is not valid in its format; the message says what is wrong."""
