"""The `i` dialog: an article's details in full, which the column headers and the library's rows cut to fit."""

from __future__ import annotations

from typing import Sequence

from rich.console import Group
from rich.table import Table
from rich.text import Text
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Label, Static

from newsview.corpus.model import Article
from newsview.sanitize import clean
from newsview.ui.screens.help import SCROLL_KEYS, ScrollsBody


def one_line(value: str) -> str:
    """Cleaned metadata on one line (a title may carry the file's line breaks)."""
    return " ".join(clean(value).split())


def details(article: Article, number: int | None = None) -> Group:
    """One article's title, outlet, date, byline, dateline, length, file and address, each in full and wrapped;
    the fields the file did not give are left out, not shown empty."""
    head = Text.assemble(*([(f" {number} ", "reverse bold"), " "] if number else []),
                         (one_line(article.title or "(untitled)"), "bold"))
    fields = Table.grid(padding=(0, 2))
    fields.add_column(style="dim", no_wrap=True)
    fields.add_column(overflow="fold")  # a long path or address breaks anywhere rather than being cut
    for label, value in (("outlet", article.outlet or "unknown outlet"), ("date", article.date or "undated"),
                         ("by", article.credit), ("dateline", article.dateline),
                         ("words", f"{article.words:,}"), ("file", article.path), ("address", article.url)):
        if value:
            fields.add_row(label, Text(one_line(value), overflow="fold"))
    return Group(head, fields)


class InfoScreen(ScrollsBody, ModalScreen[None]):
    BINDINGS = [Binding("escape,q,i", "app.pop_screen", "Close", id="close_info"), *SCROLL_KEYS]

    def __init__(self, articles: Sequence[tuple[int | None, Article]], heading: str | None = None) -> None:
        """`articles`: each with the number its column header gives it (None where there are no numbers);
        `heading`: the story they are about, said in full above them."""
        super().__init__()
        self.articles, self.heading = articles, heading

    def compose(self):
        with VerticalScroll(id="info-dialog"):
            if self.heading:
                yield Static(Text(one_line(self.heading), style="bold underline"), id="info-heading")
            for number, article in self.articles:
                yield Static(details(article, number), classes="info-article")
            yield Label(Text("escape, q or i closes", style="dim"))

    def on_mount(self) -> None:
        self.query_one("#info-dialog").focus()

