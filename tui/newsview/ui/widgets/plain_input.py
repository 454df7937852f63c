"""Text boxes that keep control characters out: pasted text may carry escape sequences (copied from an article
or a terminal), and a box paints its value as it is, which would send them to the terminal."""

from __future__ import annotations

from textual.command import CommandInput, CommandPalette
from textual.widgets import Input

from newsview.sanitize import clean


class PlainInput(Input):
    def replace(self, text: str, start: int, end: int) -> None:
        """Every insertion (typed or pasted) passes here."""
        super().replace(clean(text), start, end)


class PlainCommandInput(CommandInput, PlainInput):
    """The command palette's search box, cleaned the same way (CommandInput first: Textual styles and finds it by
    its first base)."""


class PlainCommandPalette(CommandPalette):
    def compose(self):
        """Textual's palette with its search box swapped for a clean one: every widget it composes, nested ones
        too, passes through here on its way to its container."""
        for widget in super().compose():
            yield (PlainCommandInput(placeholder=widget.placeholder, select_on_focus=False)
                   if type(widget) is CommandInput else widget)
