"""The library: the corpus's stories and their articles; open a story, or mark articles and compare them."""

from __future__ import annotations

from rich.cells import cell_len
from rich.text import Text
from textual.binding import Binding
from textual.screen import Screen
from textual.widgets import DataTable, Footer, Input, Label, Static

from newsview.corpus.model import Article, Corpus, Story
from newsview.sanitize import clean
from newsview.ui.text import OUTLET_CELLS, short
from newsview.wording import counted

MARK = "✓"
DATE_CELLS = 10
MIN_TITLE_CELLS = 20
SCROLLBAR = 2


def fit(cell: str | Text) -> str | Text:
    """A cell on one line, cut with an ellipsis at its column's width."""
    if isinstance(cell, Text):
        cell.no_wrap, cell.overflow = True, "ellipsis"
    return cell


def groups(corpus: Corpus) -> list[Story]:
    """The stories, then any articles no story holds, as one more group."""
    grouped = {a.id for s in corpus.stories for a in s.articles}
    rest = tuple(a for a in corpus.articles if a.id not in grouped)
    return [*corpus.stories, *([Story("_other", "Other articles", rest)] if rest else [])]


class LibraryTable(DataTable, inherit_bindings=False):
    """The table's keys less its own enter, which, shown nowhere, hid the screen's "enter Open story" from the
    footer (a table row still opens on a click)."""

    BINDINGS = [
        Binding("up", "cursor_up", show=False), Binding("down", "cursor_down", show=False),
        Binding("pageup", "page_up", show=False), Binding("pagedown", "page_down", show=False),
        Binding("home,ctrl+home", "scroll_top", show=False), Binding("end,ctrl+end", "scroll_bottom", show=False),
    ]


class LibraryScreen(Screen):
    BINDINGS = [
        Binding("enter", "open", "Open story", id="open_story"),
        Binding("space", "mark", "Mark article", id="mark_article"),
        Binding("c", "compare", "Compare marked", id="compare_marked"),
        Binding("j", "cursor(1)", "Down", show=False, id="down"),
        Binding("k", "cursor(-1)", "Up", show=False, id="up"),
        Binding("g", "edge(0)", "First", show=False, id="top"),
        Binding("G", "edge(1)", "Last", show=False, id="bottom"),
        # priority: handled on arrival, so the keys typed right after it already go to the filter box
        Binding("slash", "filter", "Filter", priority=True, id="filter_stories"),
        Binding("escape", "clear", "Clear filter / marks", show=False, id="clear_marks"),
        Binding("q", "app.back", "Quit", id="back"),
    ]

    def __init__(self, corpus: Corpus) -> None:
        super().__init__()
        self.corpus = corpus
        self.stories = groups(corpus)
        self.articles = {a.id: a for s in self.stories for a in s.articles}
        self.marked: list[str] = []
        self.filter = ""

    def compose(self):
        yield Static(Text.assemble(("newsview  ", "bold"), "Library: "
                                   f"{counted(len(self.corpus.stories), 'story')}, {counted(len(self.corpus.articles), 'article')}"),
                     id="library-title")
        yield LibraryTable(id="library", cursor_type="row", zebra_stripes=False)
        yield Input(placeholder="filter: words of a title or outlet; enter keeps it, escape clears it",
                    id="library-filter", select_on_focus=False)
        yield Label("", id="library-status")
        yield Footer()

    def on_mount(self) -> None:
        self.query_one("#library-filter").display = False
        self._fill(self.size.width)
        self.query_one(DataTable).focus()

    def on_resize(self, event) -> None:
        self._fill(event.size.width)

    def _fill(self, width: int) -> None:
        """(Re)build the table for a terminal `width`: outlet and words as wide as they need (a file name standing
        in for an outlet is cut), the title takes the rest, so the word counts never slide off the right edge."""
        table = self.query_one(DataTable)
        cursor = table.cursor_row
        rows = self._rows()
        outlet = min(OUTLET_CELLS, max((cell_len(cells[1].plain) for _, cells in rows), default=0))
        words = max([len("Words"), *(cell_len(cells[4].plain) for _, cells in rows)])
        fixed = len(MARK) + outlet + DATE_CELLS + words + 2 * table.cell_padding * 5 + SCROLLBAR
        table.clear(columns=True)
        table.add_column(" ", key="mark", width=len(MARK))
        table.add_column("Outlet", key="outlet", width=outlet)
        table.add_column("Date", key="date", width=DATE_CELLS)
        table.add_column("Title", key="title", width=max(MIN_TITLE_CELLS, width - fixed))
        table.add_column(Text("Words", justify="right"), key="words", width=words)
        for key, cells in rows:
            table.add_row(*map(fit, cells), key=key)
        table.move_cursor(row=max(0, min(cursor, table.row_count - 1)))
        self._status()

    def _rows(self) -> list[tuple[str, list]]:
        """(row key, cells: mark, outlet, date, title, words): a row for each story, then one for each article."""
        rows = []
        for story in filter(self._wanted, self.stories):
            dates = sorted(a.date for a in story.articles if a.date)
            rows.append((f"story\0{story.id}", [
                "", Text(counted(len(story.articles), "article"), style="dim"),
                Text(clean(dates[0]) if dates else "", style="dim"), Text(clean(story.title), style="bold"),
                Text(f"{sum(a.words for a in story.articles):,}", style="dim", justify="right")]))
            for a in story.articles:
                rows.append((f"article\0{story.id}\0{a.id}", [
                    MARK if a.id in self.marked else "", Text(short(a.outlet or "?", OUTLET_CELLS)),
                    Text(clean(a.date)) if a.date else Text("—", style="dim"),  # undated, as `newsview list` says
                    Text("  " + clean(a.title or "(untitled)")),
                    Text(f"{a.words:,}", justify="right")]))
        return rows

    def _wanted(self, story: Story) -> bool:
        """Whether a story passes the filter: every word of it in the story's title or an article's outlet or title."""
        words = self.filter.casefold().split()
        hay = " ".join(clean(t or "") for t in (story.title, *(x for a in story.articles for x in (a.outlet, a.title))))
        return all(w in hay.casefold() for w in words)

    def _row(self) -> tuple[str, Story, Article | None] | None:
        """The row under the cursor, None when the filter leaves none."""
        table = self.query_one(DataTable)
        if not table.row_count:
            return None
        key = table.coordinate_to_cell_key(table.cursor_coordinate).row_key.value
        kind, story_id, *rest = key.split("\0")
        story = next(s for s in self.stories if s.id == story_id)
        return kind, story, self.articles[rest[0]] if rest else None

    def _status(self) -> None:
        """What is marked and filtered, and the next step (the footer has the keys; this says how they combine)."""
        if self.marked:
            parts = [f"{len(self.marked)} marked: c compares them, escape clears"]
        else:
            parts = ["enter opens a story; or mark articles with space, then c compares them"]
        if self.filter:
            shown = sum(map(self._wanted, self.stories))
            parts.insert(0, f"filter “{clean(self.filter)}”: {shown} of {counted(len(self.stories), 'story')}")
        self.query_one("#library-status", Label).update(Text(" · ".join(parts)))

    def _paint_marks(self) -> None:
        table = self.query_one(DataTable)
        for row_key in table.rows:
            kind, *_, aid = row_key.value.split("\0")
            if kind == "article":
                table.update_cell(row_key, "mark", MARK if aid in self.marked else "")
        self._status()

    def action_open(self) -> None:
        if self._row() is None:
            return
        _, story, _ = self._row()
        self.app.open_compare(story.articles, None if story.id == "_other" else story.title)

    def on_data_table_row_selected(self, event: DataTable.RowSelected) -> None:
        event.stop()
        self.action_open()

    def action_mark(self) -> None:
        if self._row() is None:
            return
        kind, story, article = self._row()
        ids = [article.id] if article else [a.id for a in story.articles]
        if all(i in self.marked for i in ids):
            self.marked = [m for m in self.marked if m not in ids]
        else:
            self.marked += [i for i in ids if i not in self.marked]
        self._paint_marks()
        if article:
            self.action_cursor(1)

    def check_action(self, action: str, parameters: tuple) -> bool | None:
        """In the filter box, `/` is just a character."""
        return not (action == "filter" and isinstance(self.focused, Input))

    def action_filter(self) -> None:
        box = self.query_one("#library-filter", Input)
        box.display = True
        self.set_focus(box)

    def on_input_changed(self, event: Input.Changed) -> None:
        self.filter = event.value
        self._fill(self.size.width)

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.query_one(DataTable).focus()

    def action_clear(self) -> None:
        """Escape: the filter first (if any), then the marks."""
        box = self.query_one("#library-filter", Input)
        if box.display:
            box.value, box.display = "", False  # the change event refills the table
            self.query_one(DataTable).focus()
        else:
            self.marked = []
            self._paint_marks()

    def action_compare(self) -> None:
        if len(self.marked) < 2:
            self.notify("Mark two or more articles with space first.", severity="warning", timeout=3)
            return
        self.app.open_compare([self.articles[i] for i in self.marked])

    def action_cursor(self, step: int) -> None:
        table = self.query_one(DataTable)
        table.move_cursor(row=max(0, min(table.row_count - 1, table.cursor_row + step)))

    def action_edge(self, last: int) -> None:
        table = self.query_one(DataTable)
        table.move_cursor(row=table.row_count - 1 if last else 0)
