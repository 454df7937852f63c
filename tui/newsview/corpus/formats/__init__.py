"""One module per input format behind one small interface.

A format turns a file's decoded text into `Record`s (a file may hold several,
as JSON Lines do); the loader does decoding, outlets, titles and ids.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Callable

from newsview.corpus.formats import feed, html, jsonfmt, markdown, seed, text
from newsview.corpus.formats.base import FormatError, Record

__all__ = ["FORMATS", "Format", "FormatError", "Record", "detect"]


@dataclass(frozen=True)
class Format:
    name: str
    extensions: tuple[str, ...]
    sniff: Callable[[str], bool]
    parse: Callable[[str], list[Record]]


FORMATS: dict[str, Format] = {
    f.name: f
    for f in (
        Format("seed", (), seed.sniff, seed.parse),
        Format("markdown", (".md", ".markdown"), markdown.sniff, markdown.parse),
        Format("jsonl", (".jsonl", ".ndjson"), jsonfmt.sniff_lines, jsonfmt.parse_lines),
        Format("json", (".json",), jsonfmt.sniff, jsonfmt.parse),
        Format("feed", (".rss", ".atom"), feed.sniff, feed.parse),
        Format("html", (".html", ".htm", ".xhtml"), html.sniff, html.parse),
        Format("text", (".txt", ".text"), text.sniff, text.parse),
    )
}


def detect(path: Path, content: str) -> Format:
    """A telling extension wins; a seed header marks a seed whatever the name; else sniff, else text."""
    ext = path.suffix.lower()
    by_ext = next((f for f in FORMATS.values() if ext in f.extensions), None)
    if by_ext and by_ext.name != "text":
        return by_ext
    head = content[:4096]
    if seed.sniff(head):
        return FORMATS["seed"]
    if by_ext is None:
        for fmt in FORMATS.values():
            if fmt.sniff(head):
                return fmt
    return FORMATS["text"]
