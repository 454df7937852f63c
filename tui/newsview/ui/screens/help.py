"""The `?` screen: every key of every screen, as currently bound (keymap overrides included), and the gutter legend
(first over the articles)."""

from __future__ import annotations

from rich.console import Group
from rich.table import Table
from rich.text import Text
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import Screen
from textual.widgets import Static

from newsview.ui.highlights import GUTTER_GLYPH, GUTTER_MEANING, STATUS_COLOUR
from newsview.ui.keys import DeclaredOrder, scroll_bindings
from newsview.ui.themes import ENTITY_COLOUR, style
from newsview.ui.widgets.footer import KeyFooter


def key_table(rows: list[tuple[str, str, str]]) -> Table:
    """Keys, what they do and the binding id; one table a section, all with the same column shares so they line
    up, and the section's heading above it on a line of its own (in the narrow keys column it would wrap)."""
    table = Table(box=None, expand=True, show_header=False, pad_edge=False)
    table.add_column("keys", style="bold", ratio=1)
    table.add_column("what", ratio=2)
    table.add_column("binding id (for ui.keymap)", style="dim", ratio=2)
    for keys, description, binding_id in rows:
        table.add_row(Text(keys), Text(description), Text(binding_id))
    return table


# what each colour in the text stands for, in the order the legend lists them
ENTITY_LEGEND = (("PERSON", "a person's name"), ("ORG", "an organisation's name"), ("GPE", "a place's name"),
                 ("NORP", "a nationality or a religious or political group"), ("EVENT", "an event's name"))
FACT_LEGEND = {"shared": "background: a fact the others report too", "only": "background: a fact only this article "
               "reports", "conflict": "background: a shared fact whose detail differs"}


def colour_legend(variables: dict[str, str]) -> list[tuple[Text, str]]:
    """Samples in the active theme's colours, since the gutter says what a fact is but the text only shows it."""
    rows = [(Text(kind, style=style(variables, fg=ENTITY_COLOUR[kind], bold=True)), what)
            for kind, what in ENTITY_LEGEND]
    rows += [(Text("“quote”", style=style(variables, fg="nv-statement", italic=True)), "a statement's words"),
             (Text("Speaker", style=style(variables, fg="nv-speaker", bold=True)), "who is reported to say them")]
    rows += [(Text(" text ", style=style(variables, bg=STATUS_COLOUR[s])), what) for s, what in FACT_LEGEND.items()]
    rows += [(Text("detail", style=style(variables, fg="nv-conflict-detail", bold=True, underline=True)),
              "the detail in conflict (a time, a number, a place)"),
             (Text(" text ", style=style(variables, bg="nv-selected", bold=True)), "the row chosen in a panel"),
             (Text(" text ", style=style(variables, bg="nv-search")), "a search match")]
    return rows


SCROLL_KEYS = scroll_bindings(lambda way: f"scroll('{way}')")


class ScrollsBody:
    """A screen of one scrolling body, paged with `SCROLL_KEYS`, the keys of every other list of newsview."""

    def action_scroll(self, direction: str) -> None:
        """`direction`: down, up, page_down, page_up, home or end (see keys.scroll_bindings)."""
        getattr(self.query_one(VerticalScroll), f"scroll_{direction}")(animate=False)


class HelpScreen(DeclaredOrder, ScrollsBody, Screen):
    BINDINGS = [Binding("escape,q,question_mark", "app.pop_screen", "Close help", id="close_help"), *SCROLL_KEYS]

    def __init__(self, sections: list[tuple[str, list[tuple[str, str, str]]]], legend_first: bool = False) -> None:
        """`legend_first`: the gutter's marks are what a reader of the articles asks about first, so with the
        articles in sight their legend leads, rather than waiting below every key."""
        super().__init__()
        self.sections = sections
        self.legend_first = legend_first

    def compose(self):
        gutter = [(glyph, GUTTER_MEANING[status], "") for status, glyph in GUTTER_GLYPH.items()]
        colours = Table(box=None, expand=True, show_header=False, pad_edge=False)
        colours.add_column("sample", ratio=1)
        colours.add_column("meaning", ratio=4)
        for sample, meaning in colour_legend(self.app.theme_variables):
            colours.add_row(sample, meaning)
        legend = [Text("Gutter beside the text", style="bold underline"),
                  key_table([*gutter, ("┊", "the fact above goes on", "")]), Text()]
        blocks = legend if self.legend_first else []
        for title, rows in self.sections:
            blocks += [Text(title, style="bold underline"), key_table(rows), Text()]
        if not self.legend_first:
            blocks += legend
        blocks += [Text("Colours in the text", style="bold underline"), colours, Text()]
        with VerticalScroll(id="help-body"):
            yield Static(Text("newsview keys and marks", style="bold"), id="help-title")
            yield Static(Group(*blocks))
            yield Static(Text("Every action is also in the command palette (ctrl+p). Keys can be changed with "
                              "ui.keymap in the config: binding id -> keys.", style="dim"))
        yield KeyFooter()

    def on_mount(self) -> None:
        self.query_one("#help-body").focus()
