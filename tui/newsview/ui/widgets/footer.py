"""The key footer, which gives up its "^p Commands" corner on a narrow terminal so `? Help` and `q` stay in sight
(ctrl+p still works, and the help lists it)."""

from __future__ import annotations

from textual.events import Resize
from textual.widgets import Footer

PALETTE_KEY_FROM = 80  # columns from which the footer also shows the command palette's key


class KeyFooter(Footer):
    def on_resize(self, event: Resize) -> None:
        wide = event.size.width >= PALETTE_KEY_FROM
        if wide != self.show_command_palette:
            self.show_command_palette = wide
            self.refresh(recompose=True)  # the footer's reactive alone does not redraw it
