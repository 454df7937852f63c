"""The library: the corpus's stories and their articles; open a story, or mark articles and compare them."""

from __future__ import annotations

from rich.cells import cell_len
from rich.text import Text
from textual.binding import Binding
from textual.screen import Screen
from textual.widgets import DataTable, Input, Static

from newsview.corpus.model import Article, Corpus, Story
from newsview.sanitize import clean
from newsview.ui.highlights import PLAIN_MARKS
from newsview.ui.keys import DeclaredOrder
from newsview.ui.screens.info import InfoScreen
from newsview.ui.text import OUTLET_CELLS, short
from newsview.ui.widgets.fitting_label import FittingLabel
from newsview.ui.widgets.footer import KeyFooter
from newsview.ui.widgets.plain_input import PlainInput
from newsview.wording import counted

MARK = "✓"
DATE_CELLS = 10
WANT_TITLE_CELLS = 24  # narrower than this, the date goes, then the outlet narrows
MIN_TITLE_CELLS = 8
MIN_OUTLET_CELLS = 10
SCROLLBAR = 2
ORDERS = ("most articles first", "newest first", "as loaded")  # `o` cycles them; the first is the library's own
COLUMNS = (("mark", " "), ("outlet", "Outlet"), ("date", "Date"), ("title", "Title"),
           ("words", Text("Words", justify="right")))


def layout(width: int, outlet: int, words: int, padding: int) -> dict[str, int]:
    """Column widths for a terminal `width`: the title takes what the others leave; when that is too little for a
    readable title, the date column goes first, then the outlet narrows (a cut outlet still tells articles apart,
    a title of a few letters says nothing)."""
    widths = {"mark": len(MARK), "outlet": outlet, "date": DATE_CELLS, "words": words}

    def room() -> int:
        return width - SCROLLBAR - sum(widths.values()) - 2 * padding * (len(widths) + 1)

    if room() < WANT_TITLE_CELLS:
        del widths["date"]
    widths["outlet"] = max(min(outlet, MIN_OUTLET_CELLS), outlet - max(0, WANT_TITLE_CELLS - room()))
    return {**widths, "title": max(MIN_TITLE_CELLS, room())}


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


def ordered(stories: list[Story], order: str) -> list[Story]:
    """The stories in one of ORDERS, the articles no story holds last whatever the order. "most articles" puts
    what can be compared first: a folder of hundreds of articles is mostly stories of one. "newest" goes by a
    story's latest date, undated stories last. Ties keep the order they were loaded in."""
    told = [s for s in stories if s.id != "_other"]
    if order == ORDERS[0]:
        told.sort(key=lambda s: -len(s.articles))
    elif order == ORDERS[1]:
        told.sort(key=lambda s: max((a.date for a in s.articles if a.date), default=""), reverse=True)
    return told + [s for s in stories if s.id == "_other"]


class LibraryTable(DataTable, inherit_bindings=False):
    """The table's keys less its own enter, which, shown nowhere, hid the screen's "enter Open" from the
    footer (a table row still opens on a click)."""

    BINDINGS = [
        Binding("up", "cursor_up", show=False), Binding("down", "cursor_down", show=False),
        Binding("pageup", "page_up", show=False), Binding("pagedown", "page_down", show=False),
        Binding("home,ctrl+home", "scroll_top", show=False), Binding("end,ctrl+end", "scroll_bottom", show=False),
    ]


class FilterBox(PlainInput):
    """The filter's text box, whose keys the footer names while it has them, as the compare screen's search box
    does (the screen's own keys are letters the box takes, so the footer was blank)."""

    BINDINGS = [
        Binding("enter", "submit", "Keep filter", id="keep_filter"),
        Binding("escape", "screen.clear", "Clear filter", id="clear_filter"),
    ]


class LibraryScreen(DeclaredOrder, Screen):
    BINDINGS = [
        # short in the footer, so `? Help` stays in sight at 80 columns (and 60); the tooltip is what help and
        # palette say
        Binding("enter", "open", "Open", tooltip="Open the story (of an article row: its story)", id="open_story"),
        Binding("space", "mark", "Mark", tooltip="Mark an article (on a story row: all its articles)",
                id="mark_article"),
        Binding("c", "compare", "Compare", tooltip="Compare the marked articles", id="compare_marked"),
        Binding("i", "details", "Details", id="article_details",
                tooltip="Article details in full (on a story row: of all its articles)"),
        Binding("j", "cursor(1)", "Down", show=False, id="down"),
        Binding("k", "cursor(-1)", "Up", show=False, id="up"),
        Binding("g", "edge(0)", "First", show=False, id="top"),
        Binding("G", "edge(1)", "Last", show=False, id="bottom"),
        # priority: handled on arrival, so the keys typed right after it already go to the filter box
        Binding("slash", "filter", "Filter", priority=True, id="filter_stories"),
        Binding("o", "cycle_order", "Sort", show=False, id="sort_stories",
                tooltip="Sort the stories: most articles first, newest first, or as loaded"),
        Binding("escape", "clear", "Clear filter / marks", show=False, id="clear_marks"),
        Binding("q", "app.back", "Quit", id="back"),
    ]

    def __init__(self, corpus: Corpus) -> None:
        super().__init__()
        self.corpus = corpus
        self.loaded = groups(corpus)
        self.order = ORDERS[0]
        self.stories = ordered(self.loaded, self.order)
        self.articles = {a.id: a for s in self.stories for a in s.articles}
        self.marked: list[str] = []
        self.filter = ""

    def compose(self):
        stories, articles = counted(len(self.corpus.stories), "story"), counted(len(self.corpus.articles), "article")
        yield Static(Text.assemble(("newsview  ", "bold"), f"Library: {stories}, {articles}"), id="library-title")
        yield LibraryTable(id="library", cursor_type="row", zebra_stripes=False)
        yield FilterBox(placeholder="filter: words of a title or outlet; enter keeps it, escape clears it",
                        id="library-filter", select_on_focus=False)
        yield FittingLabel(id="library-status")
        yield KeyFooter()

    def on_mount(self) -> None:
        self.query_one("#library-filter").display = False
        self._fill(self.size.width)
        self.query_one(DataTable).focus()

    def on_resize(self, event) -> None:
        self._fill(event.size.width)

    def _fill(self, width: int) -> None:
        """(Re)build the table for a terminal `width`: the columns `layout` gives, so the title keeps room and the
        word counts never slide off the right edge. The widths are the whole corpus's, so they hold still while a
        filter is typed (a filter that left no story brought in the date column and narrowed the outlet's)."""
        table = self.query_one(DataTable)
        cursor = table.cursor_row
        stories = list(filter(self._wanted, self.stories))
        outlet = max([*(cell_len(counted(len(s.articles), "article")) for s in self.stories),
                      *(cell_len(self._outlet_cell(a, OUTLET_CELLS)) for a in self.articles.values())], default=0)
        words = max([len("Words"), *(len(f"{sum(a.words for a in s.articles):,}") for s in self.stories)])
        widths = layout(width, max(outlet, len("Outlet")), words, table.cell_padding)
        table.clear(columns=True)
        for key, label in COLUMNS:
            if key in widths:
                table.add_column(label, key=key, width=widths[key])
        for key, cells in self._rows(stories, widths["outlet"]):
            table.add_row(*(fit(cells[k]) for k, _ in COLUMNS if k in widths), key=key)
        table.move_cursor(row=max(0, min(cursor, table.row_count - 1)))
        self._status()

    @staticmethod
    def _outlet_cell(article: Article, cells: int) -> str:
        return short(article.outlet or "?", cells)

    def _rows(self, stories: list[Story], outlet: int) -> list[tuple[str, dict]]:
        """(row key, cells by column): a row for each story, then one for each of its articles."""
        rows = []
        for story in stories:
            dates = sorted(a.date for a in story.articles if a.date)
            rows.append((f"story\0{story.id}", {
                "mark": "", "outlet": Text(counted(len(story.articles), "article"), style="dim"),
                "date": Text(clean(dates[0]) if dates else "", style="dim"),
                "title": Text(clean(story.title), style="bold"),
                "words": Text(f"{sum(a.words for a in story.articles):,}", style="dim", justify="right")}))
            for a in story.articles:
                rows.append((f"article\0{story.id}\0{a.id}", {
                    "mark": MARK if a.id in self.marked else "", "outlet": Text(self._outlet_cell(a, outlet)),
                    # undated, as `newsview list` says
                    "date": Text(clean(a.date)) if a.date else Text("—", style="dim"),
                    "title": Text("  " + clean(a.title or "(untitled)")),
                    "words": Text(f"{a.words:,}", justify="right")}))
        return rows

    def _wanted(self, story: Story) -> bool:
        """Whether a story passes the filter: every word of it in the story's title or an article's outlet or title."""
        words = self.filter.casefold().translate(PLAIN_MARKS).split()
        hay = " ".join(clean(t or "") for t in (story.title, *(x for a in story.articles for x in (a.outlet, a.title))))
        return all(w in hay.casefold().translate(PLAIN_MARKS) for w in words)  # curly quotes as typed straight

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
        """What is filtered and marked, and what the keys do next (the footer has the keys; this says how they
        combine): escape clears an open filter before the marks, so the line says which it will clear."""
        box = self.query_one("#library-filter", Input)
        typing = self.focused is box
        parts: list[tuple[str, str]] = []  # each in full and brief, for a narrow terminal
        if box.display:
            words, shown = clean(self.filter), sum(map(self._wanted, self.stories))
            if self.filter and not shown:  # an empty table: say why
                parts.append((f"no story has every word of “{words}” in its titles or outlets",
                              f"no story has “{words}”"))
            elif self.filter:
                parts.append((f"filter “{words}”: {shown} of {counted(len(self.stories), 'story')}",
                              f"“{words}”: {shown} of {len(self.stories)}"))
            parts.append(("enter keeps the filter, escape clears it", "enter keeps, escape clears") if typing
                         else ("escape clears the filter", "escape clears"))
        if len(self.corpus.stories) > 1 and not typing:
            parts.append((f"stories: {self.order} (o sorts)", f"o: {self.order}"))
        if self.marked:
            parts.append((f"{len(self.marked)} marked: c compares them" + ("" if box.display else ", escape clears"),
                          f"{len(self.marked)} marked: c compares"))
        elif not typing:
            parts.append(("enter opens a story; or mark articles with space, then c compares them",
                          "enter opens; space marks, c compares"))
        # the narrower the line, the more parts, from the last (the hints), are said briefly
        wordings = [" · ".join([full for full, _ in parts[:len(parts) - k]] +
                               [brief for _, brief in parts[len(parts) - k:]]) for k in range(len(parts) + 1)]
        if not (typing or self.marked):  # beside the first steps, where there is room: the key that reads a cut row
            wordings.insert(0, f"{wordings[0]} · i shows the row in full")
        self.query_one("#library-status", FittingLabel).say(*wordings)

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

    async def action_details(self) -> None:
        """The highlighted article's title and the rest in full, which its row cuts to the column (a story row:
        every article of the story)."""
        if self._row() is None:
            return
        _, story, article = self._row()
        await self.app.push_screen(InfoScreen([(None, a) for a in ([article] if article else story.articles)],
                                              story.title))

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
        self._status()

    def on_input_changed(self, event: Input.Changed) -> None:
        self.filter = event.value
        self._fill(self.size.width)

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.set_focus(self.query_one(DataTable))
        self._status()

    def action_clear(self) -> None:
        """Escape: the filter first (if any), then the marks."""
        box = self.query_one("#library-filter", Input)
        if box.display:
            box.value, box.display = "", False  # the change event refills the table
            self.set_focus(self.query_one(DataTable))
            self._status()
        else:
            self.marked = []
            self._paint_marks()

    def action_compare(self) -> None:
        if len(self.marked) < 2:
            self.notify("Mark two or more articles with space first.", severity="warning", timeout=3)
            return
        self.app.open_compare([self.articles[i] for i in self.marked], self._story_holding(self.marked))

    def _story_holding(self, ids: list[str]) -> str | None:
        """The title of the story all the marked articles come from, which is what they are compared about."""
        return next((s.title for s in self.corpus.stories if set(ids) <= {a.id for a in s.articles}), None)

    def action_cursor(self, step: int) -> None:
        table = self.query_one(DataTable)
        table.move_cursor(row=max(0, min(table.row_count - 1, table.cursor_row + step)))

    def action_edge(self, last: int) -> None:
        table = self.query_one(DataTable)
        table.move_cursor(row=table.row_count - 1 if last else 0)

    def action_cycle_order(self) -> None:
        """The next of ORDERS, the row under the cursor kept under it."""
        table = self.query_one(DataTable)
        key = table.coordinate_to_cell_key(table.cursor_coordinate).row_key if table.row_count else None
        self.order = ORDERS[(ORDERS.index(self.order) + 1) % len(ORDERS)]
        self.stories = ordered(self.loaded, self.order)
        self._fill(self.size.width)
        if key is not None:
            table.move_cursor(row=table.get_row_index(key))
