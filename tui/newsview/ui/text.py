"""Untrusted strings fitted to a cell budget."""

from __future__ import annotations

from typing import Sequence

from rich.cells import cell_len, set_cell_size

from newsview.sanitize import clean

OUTLET_CELLS = 24  # the widest an outlet name gets in a table cell, tag or dialog


def short(text: str, cells: int, middle: bool = True) -> str:
    """Cleaned text on one line, at most `cells` cells, cut in the middle: file names standing in for outlets
    differ mostly at their ends (`…f23_1`, `…f23_2`), so both ends stay. Prose (`middle=False`) is cut at the
    end."""
    line = " ".join(clean(text).split())
    if cell_len(line) <= cells:
        return line
    if cells < 2:
        return set_cell_size(line, cells)
    if not middle:
        return set_cell_size(line, cells - 1).rstrip() + "…"
    head = cells // 2
    tail = cells - 1 - head
    return set_cell_size(line, head).rstrip() + "…" + tail_cells(line, tail)


def tail_cells(text: str, cells: int) -> str:
    """The end of `text`, at most `cells` cells."""
    out, used = [], 0
    for ch in reversed(text):
        used += cell_len(ch)
        if used > cells:
            break
        out.append(ch)
    return "".join(reversed(out))


def fitting(wordings: Sequence[str], cells: int) -> str:
    """The first of `wordings` (longest and fullest first) that fits in `cells`, else the last one cut at its end:
    a narrow line says less, not a sentence cut off before its point."""
    return next((w for w in wordings if cell_len(w) <= cells), short(wordings[-1], cells, middle=False))
