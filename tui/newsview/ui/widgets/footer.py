"""The key footer, which gives up its "^p Commands" corner on a narrow terminal so `? Help` and `q` stay in sight
(ctrl+p still works, and the help lists it); narrower still, those two go first, as the keys past the edge are
cut off. Keys that only room allows (`i` for an article's details) show from SPARE_KEYS_FROM columns."""

from __future__ import annotations

from textual.compose import compose
from textual.events import Resize
from textual.widgets import Footer

PALETTE_KEY_FROM = 80  # columns from which the footer also shows the command palette's key
SPARE_KEYS_FROM = 100  # columns from which it also shows the keys of SPARE_ACTIONS ("i Details", 11 cells)
SPARE_ACTIONS = ("details",)  # shown keys that make room for the others below SPARE_KEYS_FROM
WAYS_OUT_FIRST_BELOW = 60  # columns below which the screen's keys no longer all fit (58 cells on the compare screen)
WAYS_OUT = ("app.back", "help")  # the actions that lead back, and to every other key


class KeyFooter(Footer):
    narrow = False
    roomy = False

    def on_resize(self, event: Resize) -> None:
        width = event.size.width
        fit = (width >= PALETTE_KEY_FROM, width < WAYS_OUT_FIRST_BELOW, width >= SPARE_KEYS_FROM)
        if fit != (self.show_command_palette, self.narrow, self.roomy):
            self.show_command_palette, self.narrow, self.roomy = fit
            self.refresh(recompose=True)  # the footer's reactive alone does not redraw it

    def compose(self):
        keys = compose(self, super().compose())
        if not self.roomy:
            keys = [key for key in keys if getattr(key, "action", None) not in SPARE_ACTIONS]
        if self.narrow:
            keys.sort(key=lambda key: getattr(key, "action", None) not in WAYS_OUT)  # stable: else as bound
        yield from keys
