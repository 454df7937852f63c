"""A text box that keeps control characters out: pasted text may carry escape sequences (copied from an article
or a terminal), and the box paints its value as it is, which would send them to the terminal."""

from __future__ import annotations

from textual.widgets import Input

from newsview.sanitize import clean


class PlainInput(Input):
    def replace(self, text: str, start: int, end: int) -> None:
        """Every insertion (typed or pasted) passes here."""
        super().replace(clean(text), start, end)
