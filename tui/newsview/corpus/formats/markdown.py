"""Markdown with optional YAML front matter (title, outlet/source/publisher, date, url)."""

from __future__ import annotations

import re

import yaml

from newsview.corpus.formats.base import FormatError, Record
from newsview.corpus.formats.metadata import record_from_fields

FRONT = re.compile(r"\A\ufeff?---[ \t]*\r?\n(.*?\r?\n)?---[ \t]*(?:\r?\n|\Z)", re.DOTALL)


def sniff(head: str) -> bool:
    return bool(FRONT.match(head))


def parse(content: str) -> list[Record]:
    match = FRONT.match(content)
    if not match:
        return [Record(text=content)]
    try:
        meta = yaml.safe_load(match.group(1) or "") or {}
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" at line {mark.line + 2}" if mark else ""
        raise FormatError(f"front matter is not valid YAML{where}") from None
    if not isinstance(meta, dict):
        raise FormatError("front matter must be a mapping of keys to values")
    body = content[match.end():]
    return [record_from_fields({**meta, "text": body})]
