"""Datelines: `BAGHDAD, Iraq (ABC News) — ...` opens many wire and network stories."""

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
