"""A one-line label that says as much as its width holds (the status lines)."""

from __future__ import annotations

from typing import Sequence

from rich.text import Text
from textual.widgets import Label

from newsview.ui.text import fitting


class FittingLabel(Label):
    DEFAULT_CSS = "FittingLabel { width: 1fr; }"  # its width is what it fits to, so not its content's

    def __init__(self, *wordings: str, **kwargs) -> None:
        super().__init__(**kwargs)
        self.wordings: Sequence[str] = wordings
        self.emphasis = ""

    def say(self, *wordings: str, style: str = "") -> None:
        """Wordings longest first; the one shown is picked at each paint, so a resize picks again."""
        self.wordings, self.emphasis = wordings, style
        self.refresh()

    def render(self) -> Text:
        return Text(fitting(self.wordings, self.content_size.width), style=self.emphasis)
