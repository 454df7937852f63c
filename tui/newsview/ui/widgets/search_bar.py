"""The `/` search line: a query box and the match counter; enter or down goes to the next match."""

from __future__ import annotations

from rich.text import Text
from textual.binding import Binding
from textual.containers import Horizontal
from textual.message import Message
from textual.widgets import Input, Label

from newsview.ui.widgets.plain_input import PlainInput


class SearchBar(Horizontal):
    BINDINGS = [
        # priority: the Input binds up and down itself (show=False), which would hide these from the footer
        Binding("down", "step(1)", "Next match", id="next_match_in_box", priority=True),
        Binding("up", "step(-1)", "Previous match", id="previous_match_in_box", priority=True),
        Binding("escape", "close", "Close search", id="close_search"),
    ]

    class Step(Message):
        def __init__(self, step: int) -> None:
            super().__init__()
            self.step = step

    class Closed(Message):
        pass

    def compose(self):
        yield Label("/", classes="search-prompt")
        yield PlainInput(placeholder="search the articles", id="search-input", select_on_focus=False)
        yield Label("", id="search-count")

    def open(self) -> None:
        """Show and focus the box at once (not after a refresh), so keys typed right after `/` land in it. The last
        query comes back selected, as in a browser: enter steps on with it, a word typed replaces it (it was
        added to its end, which found nothing)."""
        self.display = True
        box = self.query_one(Input)
        self.screen.set_focus(box)
        box.select_all()

    def clear(self) -> None:
        self.query_one(Input).value = ""

    def set_count(self, current: int, total: int, query: str, where: str = "") -> None:
        """`current/total`, and in which article the current match stands (`where`)."""
        label = self.query_one("#search-count", Label)
        count = f"{current}/{total}" + (f" in {where}" if where and current else "")
        label.update(Text("" if not query else count if total else "no matches"))

    @property
    def query_text(self) -> str:
        return self.query_one(Input).value

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.action_step(1)

    def action_step(self, step: int) -> None:
        self.post_message(self.Step(step))

    def action_close(self) -> None:
        self.display = False
        self.post_message(self.Closed())
