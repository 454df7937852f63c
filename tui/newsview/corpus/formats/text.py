"""Plain text: the file's text exactly, so offsets computed on the file hold."""

from __future__ import annotations

from newsview.corpus.formats.base import Record


def sniff(head: str) -> bool:
    return True


def parse(content: str) -> list[Record]:
    return [Record(text=content)]
