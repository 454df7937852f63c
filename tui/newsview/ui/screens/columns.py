"""Choosing which articles of a wide comparison are shown as columns."""

from __future__ import annotations

from rich.text import Text
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Label, SelectionList
from textual.widgets.selection_list import Selection

from newsview.corpus.model import Article
from newsview.sanitize import clean


class ColumnsScreen(ModalScreen[list[str] | None]):
    BINDINGS = [
        Binding("v,ctrl+s", "done", "Show these", id="apply_articles"),
        Binding("escape,q", "cancel", "Cancel", id="cancel"),
    ]

    def __init__(self, articles: tuple[Article, ...], shown: list[str]) -> None:
        super().__init__()
        self.articles, self.shown = articles, shown

    def compose(self):
        with Vertical(id="columns-dialog"):
            yield Label("Articles shown: space toggles, v applies, escape cancels")
            yield SelectionList(*(Selection(Text(f"{clean(a.outlet or '?')} · {clean(a.title or '(untitled)')}"),
                                            a.id, a.id in self.shown) for a in self.articles))

    def action_done(self) -> None:
        self.dismiss(self.query_one(SelectionList).selected)

    def action_cancel(self) -> None:
        self.dismiss(None)
