"""JSON (one record or a list of them) and JSON Lines (one record a line)."""

from __future__ import annotations

import json

from newsview.corpus.formats.base import FormatError, Record
from newsview.corpus.formats.metadata import record_from_fields


def sniff(head: str) -> bool:
    return head.lstrip("\ufeff \t\r\n")[:1] in ("{", "[")


def sniff_lines(head: str) -> bool:
    lines = [line for line in head.splitlines() if line.strip()]
    return len(lines) > 1 and all(line.lstrip().startswith("{") for line in lines[:-1])


def parse(content: str) -> list[Record]:
    try:
        data = json.loads(content)
    except json.JSONDecodeError as exc:
        raise FormatError(f"invalid JSON at line {exc.lineno}: {exc.msg}") from None
    items = data if isinstance(data, list) else [data]
    return [_record(item, f"record {i + 1}") for i, item in enumerate(items)]


def parse_lines(content: str) -> list[Record]:
    records = []
    for number, line in enumerate(content.splitlines(), 1):
        if not line.strip():
            continue
        try:
            item = json.loads(line)
        except json.JSONDecodeError as exc:
            raise FormatError(f"invalid JSON on line {number}: {exc.msg}") from None
        records.append(_record(item, f"line {number}"))
    return records


def _record(item, where: str) -> Record:
    if not isinstance(item, dict):
        raise FormatError(f"{where} is not an object with a text field")
    try:
        return record_from_fields(item)
    except FormatError as exc:
        raise FormatError(f"{where}: {exc}") from None
