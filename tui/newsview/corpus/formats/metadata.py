"""Field names that structured formats use for the same things."""

from __future__ import annotations

import datetime as dt
import re

from newsview.corpus.formats.base import FormatError, Record

TEXT_KEYS = ("text", "body", "content", "article", "maintext")
OUTLET_KEYS = ("outlet", "source", "publisher", "site_name", "sitename", "site")
DATE_KEYS = ("date", "published", "date_publish", "published_at", "pubdate")


def first(fields: dict, keys: tuple[str, ...]):
    for key in keys:
        value = fields.get(key)
        if value not in (None, ""):
            return value
    return None


def iso_date(value) -> str | None:
    """YYYY-MM-DD from a date, datetime or a string that starts with one."""
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()[:10]
    if isinstance(value, str) and (m := re.match(r"\s*(\d{4}-\d{2}-\d{2})", value)):
        return m.group(1)
    return None


def record_from_fields(fields: dict) -> Record:
    text = first(fields, TEXT_KEYS)
    if not isinstance(text, str):
        raise FormatError(f"no article text (expected one of the keys {', '.join(TEXT_KEYS)})")
    outlet = first(fields, OUTLET_KEYS)
    if isinstance(outlet, dict):  # {"source": {"name": "..."}} as news APIs give it
        outlet = outlet.get("name")
    title = first(fields, ("title", "headline"))
    url = first(fields, ("url", "link"))
    return Record(text=text, title=str(title).strip() if title else None,
                  outlet=str(outlet).strip() if outlet else None, date=iso_date(first(fields, DATE_KEYS)),
                  url=str(url) if url else None)
