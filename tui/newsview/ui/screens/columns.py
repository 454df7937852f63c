"""Choosing which articles of a wide comparison are shown as columns."""

from __future__ import annotations

from rich.segment import Segment
from rich.text import Text
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.strip import Strip
from textual.widgets import Label, SelectionList
from textual.widgets.option_list import OptionDoesNotExist
from textual.widgets.selection_list import Selection

from newsview.corpus.model import Article
from newsview.sanitize import clean
from newsview.ui.text import OUTLET_CELLS, short
from newsview.wording import counted

CHOSEN = "✓"
LIST_ROWS = 20  # the most rows the list takes, border included, on a tall terminal
MIN_LIST_ROWS = 3  # one article between its borders
DIALOG_SHARE = 0.8  # of the screen's height, as `#columns-dialog`'s max-height says


class ChoiceList(SelectionList, inherit_bindings=False):
    """The list's keys less its enter, which toggled a row where the reader means "done", so the screen's enter
    needs no priority (which ran it ahead of a space typed just before it); and less its space, which the screen
    binds to toggle at once, not by a message that a quick enter would overtake (and so help lists it). j/k/g/G
    move as in every other list of newsview."""

    BINDINGS = [
        Binding("down,j", "cursor_down", show=False), Binding("up,k", "cursor_up", show=False),
        Binding("home,g", "first", show=False), Binding("end,G", "last", show=False),
        Binding("pagedown", "page_down", show=False), Binding("pageup", "page_up", show=False),
    ]

    def render_line(self, y: int) -> Strip:
        """Textual's row, its box marked `CHOSEN` or left blank: the box's colour alone, which tells them apart,
        is lost on a terminal of few colours and to a reader who cannot tell those colours apart."""
        line = super().render_line(y)
        try:
            choice = self.get_option_at_index(self.scroll_offset.y + y)
        except OptionDoesNotExist:
            return line
        left, box, *rest = line
        mark = CHOSEN if choice.value in self.selected else " "
        return Strip([left, Segment(mark, box.style), *rest], line.cell_length)


class ColumnsScreen(ModalScreen[list[str] | None]):
    BINDINGS = [
        Binding("space", "toggle", "Choose or drop", id="toggle_article"),
        Binding("v,enter,ctrl+s", "done", "Show these", id="apply_articles"),
        Binding("escape,q", "cancel", "Cancel", id="cancel"),
    ]

    def __init__(self, articles: tuple[Article, ...], shown: list[str], fit: int) -> None:
        super().__init__()
        self.articles, self.shown, self.fit = articles, shown, fit

    def compose(self):
        with Vertical(id="columns-dialog"):
            yield Label("Articles shown: space toggles, enter or v applies, escape cancels")
            yield ChoiceList(*(Selection(self.label(n, a), a.id, a.id in self.shown)
                                  for n, a in enumerate(self.articles, 1)))
            yield Label(id="columns-chosen")

    def on_mount(self) -> None:
        self.set_focus(self.query_one(SelectionList))  # now, not when the screen resumes: keys may be on their way
        self._tell_chosen()

    def on_resize(self) -> None:
        self.call_after_refresh(self._fit_list)

    def _fit_list(self) -> None:
        """Give the list no more rows than the dialog holds beside its other lines: at its full height on a short
        terminal it ran past the dialog's edge, its last rows, the cursor's among them, and the choice line below
        it cut off."""
        dialog, choices = self.query_one("#columns-dialog"), self.query_one(ChoiceList)
        others = sum(w.outer_size.height for w in dialog.children if w is not choices)
        room = int(self.size.height * DIALOG_SHARE) - dialog.styles.gutter.height - others
        choices.styles.max_height = max(MIN_LIST_ROWS, min(LIST_ROWS, room))

    def on_selection_list_selected_changed(self) -> None:
        self._tell_chosen()

    def _tell_chosen(self) -> None:
        """The choice in words, which a terminal of few colours cannot show by the boxes' colour alone, and how
        many columns this terminal fits at a readable width."""
        chosen = set(self.query_one(SelectionList).selected)
        numbers = [str(n) for n, a in enumerate(self.articles, 1) if a.id in chosen]
        line = Text(f"chosen: {' '.join(numbers) or 'none'}", style="bold")
        line.append(f" · {counted(self.fit, 'column')} {'fits' if self.fit == 1 else 'fit'} side by side here",
                    style="dim")
        if len(numbers) > self.fit:
            line.append(" (more will be narrow)", style="dim")
        self.query_one("#columns-chosen", Label).update(line)
        self.call_after_refresh(self._fit_list)  # a longer line may wrap, leaving the list a row less

    @staticmethod
    def label(n: int, article: Article) -> Text:
        """The article as its column header numbers it, with outlet and title."""
        return Text.assemble((f"{n} ", "bold"), (short(article.outlet or "?", OUTLET_CELLS), "bold"),
                             f" · {clean(article.title or '(untitled)')}")

    def action_toggle(self) -> None:
        choices = self.query_one(ChoiceList)
        if choices.highlighted is not None:
            choices.toggle(choices.get_option_at_index(choices.highlighted))

    def action_done(self) -> None:
        chosen = self.query_one(SelectionList).selected
        if not chosen:
            self.notify("Choose at least one article to show.", severity="warning", timeout=3)
            return
        self.dismiss(chosen)

    def action_cancel(self) -> None:
        self.dismiss(None)
