"""HTML pages: main text and metadata through trafilatura."""

from __future__ import annotations

import re

from newsview.corpus.formats.base import FormatError, Record
from newsview.corpus.formats.metadata import iso_date

SNIFF = re.compile(r"^\s*(?:<!doctype html|<html|<head|<body|<article)", re.IGNORECASE)


def sniff(head: str) -> bool:
    return bool(SNIFF.match(head.lstrip("\ufeff")))


def parse(content: str) -> list[Record]:
    import trafilatura  # heavy: only when an HTML file is loaded

    doc = trafilatura.bare_extraction(content, with_metadata=True, include_comments=False, favor_precision=True)
    if doc is None:
        raise FormatError("no article text found in the page")
    get = doc.get if isinstance(doc, dict) else lambda key: getattr(doc, key, None)
    text = get("text")
    if not text or not text.strip():
        raise FormatError("no article text found in the page")
    outlet = get("sitename") or None
    return [Record(text=text, title=get("title") or None, outlet=outlet, date=iso_date(get("date")),
                   url=get("url") or None)]
