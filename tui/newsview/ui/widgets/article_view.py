"""One article's text, wrapped and painted lazily so a 50,000-word article scrolls as fast as a short one.

The text is wrapped once per width into line offsets (cheap, no styling); a line is styled and
rendered only when it comes into view, and kept in a small cache until the marks or width change.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import OrderedDict

from rich.cells import cell_len
from rich.segment import Segment
from rich.style import Style
from rich.text import Text
from textual.containers import Vertical
from textual.events import Resize
from textual.geometry import Size
from textual.message import Message
from textual.reactive import reactive
from textual.scroll_view import ScrollView
from textual.strip import Strip
from textual.widgets import Static

from newsview.corpus.model import Article
from newsview.sanitize import clean, clean_keep_offsets, drop_hidden
from newsview.ui.highlights import GUTTER_COLOUR, GUTTER_GLYPH, SEVERITY, GutterMark, Mark
from newsview.ui.keys import scroll_bindings
from newsview.ui.text import short
from newsview.ui.themes import colour

GUTTER = 2
MIN_OUTLET_CELLS = 12  # a column header cuts the outlet no shorter than this
LEAD_CHARS = 400  # where a title made from the lead is looked for
_TOKEN = re.compile(r"\s*\S+\s*|\s+")
_CACHE_LINES = 512


def wrap_offsets(text: str, width: int) -> tuple[list[int], list[int]]:
    """Greedy word wrap of `text` to `width` cells: the start and end offset of every display line."""
    width = max(1, width)
    starts: list[int] = []
    ends: list[int] = []
    offset = 0
    for paragraph in text.split("\n"):
        line_start, col = offset, 0
        for m in _TOKEN.finditer(paragraph):
            token = m.group()
            visible = cell_len(token.rstrip())
            if col and col + visible > width:
                starts.append(line_start)
                ends.append(offset + m.start())
                line_start, col = offset + m.start(), 0
            if visible > width:  # a word longer than the line: break it by cells
                for i, ch in enumerate(token):
                    w = cell_len(ch)
                    if col and col + w > width:
                        starts.append(line_start)
                        ends.append(offset + m.start() + i)
                        line_start, col = offset + m.start() + i, 0
                    col += w
            else:
                col += cell_len(token)
        starts.append(line_start)
        ends.append(offset + len(paragraph))
        offset += len(paragraph) + 1
    return starts, ends


class ArticleView(ScrollView, can_focus=True):
    """The body of one article. Offsets everywhere are offsets into `Article.text`; so `text` keeps a placeholder
    for each character of a control sequence, which takes no cell when wrapped and is left out when drawn."""

    BINDINGS = scroll_bindings(lambda way: way if way.startswith("page") else f"scroll_{way}")  # Textual's own

    class Scrolled(Message):
        """The reader scrolled this article (not sent for scrolls the app makes itself)."""

        def __init__(self, view: ArticleView) -> None:
            super().__init__()
            self.view = view

    def __init__(self, article: Article, **kwargs) -> None:
        super().__init__(**kwargs)
        self.article = article
        self.text = clean_keep_offsets(article.text).replace("\t", " ")
        self._marks: list[Mark] = []
        self._mark_starts: list[int] = []
        self._longest_mark = 0
        self._gutter: list[GutterMark] = []
        self._gutter_starts: list[int] = []
        self._longest_gutter = 0
        self._starts: list[int] = []
        self._ends: list[int] = []
        self._wrap_width = 0
        self._cache: OrderedDict[int, Strip] = OrderedDict()
        self._expected_y: int | None = None
        self._base: Style | None = None  # the widget's own style, cached: computing it walks the DOM

    # --- content -------------------------------------------------------------------------------------------------

    def set_marks(self, marks: list[Mark], gutter: list[GutterMark]) -> None:
        self._marks = sorted(marks, key=lambda m: m.start)
        self._mark_starts = [m.start for m in self._marks]
        self._longest_mark = max((m.end - m.start for m in self._marks), default=0)
        self._gutter = gutter
        self._gutter_starts = [g.start for g in gutter]
        self._longest_gutter = max((g.end - g.start for g in gutter), default=0)
        self._cache.clear()
        self.refresh()

    def _rewrap(self, width: int) -> None:
        """Wrap for a widget `width` cells wide (less the scrollbar, always shown, and the gutter)."""
        width = width - self.styles.scrollbar_size_vertical - GUTTER
        if width < 1 or width == self._wrap_width:
            return
        anchor = self.top_offset()
        self._wrap_width = width
        self._starts, self._ends = wrap_offsets(self.text, width)
        self._cache.clear()
        self.virtual_size = Size(width + GUTTER, len(self._starts))
        self.scroll_to(y=self.line_of(anchor), animate=False, immediate=True)
        self._expected_y = None

    def on_resize(self, event: Resize) -> None:
        self._rewrap(event.size.width)

    def notify_style_update(self) -> None:
        super().notify_style_update()
        self._base = None
        self._cache.clear()

    # --- geometry ------------------------------------------------------------------------------------------------

    @property
    def line_count(self) -> int:
        return len(self._starts)

    def line_of(self, offset: int) -> int:
        """The display line holding a text offset."""
        return max(0, bisect_right(self._starts, offset) - 1)

    def top_offset(self) -> int:
        """The text offset at the top of the view."""
        if not self._starts:
            return 0
        return self._starts[min(int(self.scroll_y), len(self._starts) - 1)]

    def row_of(self, offset: int) -> int:
        """Where a text offset stands in the viewport (may be outside it)."""
        return self.line_of(offset) - int(self.scroll_y)

    def show_offset(self, offset: int, row: int | None = None) -> None:
        """Scroll so the line with `offset` stands at viewport `row` (default: a third of the way down)."""
        if row is None:
            row = self.scrollable_content_region.height // 3
        self.scroll_quietly(self.line_of(offset) - row)

    def scroll_quietly(self, y: int) -> None:
        """Scroll made by the app: no `Scrolled` message, so linked views do not echo it back."""
        y = max(0, min(y, self.max_scroll_y))
        if y != int(self.scroll_y):
            self._expected_y = y
        self.scroll_to(y=y, animate=False, immediate=True)

    def watch_scroll_y(self, old_value: float, new_value: float) -> None:
        super().watch_scroll_y(old_value, new_value)
        if round(new_value) == self._expected_y:
            self._expected_y = None
        elif round(old_value) > self.max_scroll_y == round(new_value):
            pass  # the view grew (the search box closed) and its end came up: the reader scrolled nothing to follow
        elif round(old_value) != round(new_value):
            self.post_message(self.Scrolled(self))

    # --- rendering -----------------------------------------------------------------------------------------------

    def render_line(self, y: int) -> Strip:
        index = int(self.scroll_y) + y
        width = self.scrollable_content_region.width
        strip = self._cache.get(index)
        if strip is None:
            strip = self._render_text_line(index, width)
            self._cache[index] = strip
            if len(self._cache) > _CACHE_LINES:
                self._cache.popitem(last=False)
        return strip

    def _render_text_line(self, index: int, width: int) -> Strip:
        base = self._base = self._base or self.rich_style
        if index >= len(self._starts):
            return Strip.blank(width, base)
        start, end = self._starts[index], self._ends[index]
        line = Text(self.text[start:end].rstrip(), style=base, no_wrap=True, end="")
        lo = bisect_left(self._mark_starts, start - self._longest_mark)
        hi = bisect_left(self._mark_starts, end)
        for mark in self._marks[lo:hi]:
            if mark.end > start:
                line.stylize(mark.style, max(0, mark.start - start), mark.end - start)
        # the base again: Rich renders a line with no styled span as bare text, in the terminal's own colours
        text = (Segment(drop_hidden(s.text), s.style) for s in Segment.apply_style(line.render(self.app.console), base))
        return Strip([self._gutter_segment(index, start, base), *text]).adjust_cell_length(width, base)

    def _gutter_segment(self, index: int, start: int, base: Style) -> Segment:
        """The status glyph of the most telling fact on this line (conflict, then only, then shared); a fact that
        began on an earlier line shows as a continuation mark."""
        end = self._ends[index]
        lo = bisect_left(self._gutter_starts, start - self._longest_gutter)
        hi = bisect_left(self._gutter_starts, max(end, start + 1))
        here = [g for g in self._gutter[lo:hi] if g.end > start]
        if not here:
            return Segment(" " * GUTTER, base)
        mark = max(here, key=lambda g: (SEVERITY[g.status], g.start >= start))
        first = mark.start >= start
        glyph = GUTTER_GLYPH[mark.status] if first else "┊"
        return Segment(glyph.ljust(GUTTER), base + Style(color=colour(self.app.theme_variables,
                                                                      GUTTER_COLOUR[mark.status]), bold=first))


class ArticleMeta(Static):
    """The column header: number, outlet, date and length; the outlet gives way first, so a file name standing in
    for an unknown outlet never pushes the date off a narrow column. While an entity's mentions are stepped through,
    where the article stands among them outranks all but the number: the length, then the date, give way to it."""

    place = reactive("")  # where the article stands among the chosen entity's mentions ("mention 2/5")

    def __init__(self, article: Article, number: int | None = None, **kwargs) -> None:
        super().__init__(**kwargs)
        self.article, self.number = article, number

    def render(self) -> Text:
        a = self.article
        head = Text.assemble((f" {self.number} ", "reverse bold"), " ") if self.number else Text()
        if self.number and self.content_size.width < head.cell_len + 1:  # the number whole, which tells them apart
            return Text(str(self.number), style="reverse bold")
        date = Text(f" · {clean(a.date or 'undated')}", style="bold")
        place = Text(f"  {self.place}", style="reverse") if self.place else Text()
        length = Text(f"  {a.words:,} words", style="dim")
        width = self.content_size.width - head.cell_len
        tails = [date + place + length, date + place, place or date]  # fullest first
        tail = next((t for t in tails if width - t.cell_len >= MIN_OUTLET_CELLS), tails[-1])
        outlet = short(a.outlet or "unknown outlet", max(width - tail.cell_len, MIN_OUTLET_CELLS))
        return head + Text(outlet, style="bold") + tail

    def on_resize(self) -> None:
        self.refresh()


def repeats_lead(article: Article) -> bool:
    """Whether the title only repeats the opening words (a title made from the lead when the file had none),
    so showing it above the text says nothing new."""
    def words(text: str) -> str:
        return " ".join(clean(text).casefold().split())

    title = words((article.title or "").rstrip("…"))
    return bool(title) and title in words(article.text[:LEAD_CHARS])


class ArticleColumn(Vertical):
    """An article under its header: outlet, date and title (all cleaned; article metadata is untrusted too).
    Without `titled` the title line is left out, for every column alike so their texts stay level."""

    def __init__(self, article: Article, number: int | None = None, titled: bool = True, **kwargs) -> None:
        super().__init__(**kwargs)
        self.article, self.number, self.titled = article, number, titled

    def compose(self):
        yield ArticleMeta(self.article, self.number, classes="article-meta")
        if self.titled:
            yield Static(Text(clean(self.article.title or "(untitled)"), style="italic"), classes="article-title")
        yield ArticleView(self.article)

    @property
    def view(self) -> ArticleView:
        return self.query_one(ArticleView)

    @property
    def meta(self) -> ArticleMeta:
        return self.query_one(ArticleMeta)
