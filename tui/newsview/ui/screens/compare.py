"""The compare screen: articles side by side, the analysis panels, and the reading aids that link them.

The screen paints at once with the plain texts; the analysis runs in a thread worker and the
highlights and panels fill in when it is done.
"""

from __future__ import annotations

from bisect import bisect_right
from collections import Counter
from dataclasses import replace
from itertools import takewhile
from time import monotonic
from typing import Sequence

from rich.text import Text
from textual import work
from textual.binding import Binding
from textual.containers import Horizontal
from textual.screen import Screen
from textual.widget import Widget
from textual.widgets import Input, Label, ProgressBar, Static, TabbedContent, TabPane
from textual.worker import Worker, WorkerState

from newsview.analysis.model import Comparison, Fact
from newsview.corpus.model import Article
from newsview.sanitize import clean
from newsview.ui.highlights import (GUTTER_GLYPH, Item, Layers, article_marks, differences, find_matches,
                                    gutter_marks, item_spans, shown_status)
from newsview.ui.keys import DeclaredOrder, on_screen
from newsview.ui.screens.columns import ColumnsScreen
from newsview.ui.screens.info import InfoScreen
from newsview.ui.text import short
from newsview.ui.widgets.article_view import ArticleColumn, ArticleView, repeats_lead
from newsview.ui.widgets.fitting_label import FittingLabel
from newsview.ui.widgets.footer import KeyFooter
from newsview.ui.widgets.panels import (EntitiesPanel, FactsPanel, ItemList, StatementsPanel, SummaryPanel,
                                        one_line, status_words, tag)
from newsview.ui.widgets.search_bar import SearchBar
from newsview.wording import counted

MIN_COLUMN = 38  # narrowest readable article column
PANEL_WIDTH = 58
STACK_BELOW = 130  # narrower than this, the panels go below the articles
NARROW_BELOW = 60  # narrower than this, the progress bar and the link note shorten
TITLE_PADDING = 2
MIN_TITLE_CELLS = 12
HIDDEN_OUTLET_CELLS = 16
TABS = ("entities", "statements", "facts", "summary")
LAYER_NAMES = {"entities": "Entity", "statements": "Statement", "facts": "Fact"}  # the e s f bindings and notices
# the unusual state stays in sight, as it changes what j does: (wide, narrow) wordings
LINK_STATE = {True: ("", ""), False: ("scrolling apart (L links)", "apart · L")}
DIFFERENCE = Binding.Group("Difference")
LONE_HINT = "in the library, space marks articles and c compares them"  # the footer names n and N together


class CompareScreen(DeclaredOrder, Screen):
    ALLOW_IN_MAXIMIZED_VIEW = "#compare-title, SearchBar, #status, Footer"  # what stays when a pane is zoomed

    BINDINGS = [
        Binding("n,right_square_bracket", "difference(1)", "Next difference", id="next_difference",
                group=DIFFERENCE),
        Binding("N,left_square_bracket", "difference(-1)", "Previous difference", id="previous_difference",
                group=DIFFERENCE),
        # priority: handled on arrival, so the keys typed right after it already go to the search box
        Binding("slash", "search", "Search", priority=True, id="search"),
        Binding("greater_than_sign,f3", "search_step(1)", "Next match", show=False, id="next_match"),
        Binding("less_than_sign,shift+f3", "search_step(-1)", "Previous match", show=False,
                id="previous_match"),
        # like > and <, not in the footer: the status line names them while an entity is chosen
        Binding("m", "mention(1)", "Next mention of the chosen entity", show=False, id="next_mention"),
        Binding("M", "mention(-1)", "Previous mention of the chosen entity", show=False, id="previous_mention"),
        # e s f L: in the help and the palette, not the footer, which keeps room for `?` at 80 columns
        *(Binding(key, f"toggle('{layer}')", f"{LAYER_NAMES[layer]} highlights", show=False, id=f"toggle_{layer}")
          for key, layer in (("e", "entities"), ("s", "statements"), ("f", "facts"))),
        Binding("L", "toggle_link", "Linked scrolling", show=False, id="toggle_linked_scrolling"),
        # priority, like `/`: the dialog is up and focused before the keys typed after `v` are handled
        Binding("v", "choose_columns", "Pick articles", priority=True, id="choose_articles"),
        Binding("i", "details", "Details", id="article_details",
                tooltip="Article details in full: the focused article's (from a panel: every column's)"),
        *(Binding(str(i + 1), f"tab('{tab}')", f"{tab.title()} panel", show=False, id=f"panel_{tab}")
          for i, tab in enumerate(TABS)),
        Binding("tab,l,right", "focus_pane(1)", "Next pane", show=False, id="next_pane"),
        Binding("shift+tab,h,left", "focus_pane(-1)", "Previous pane", show=False, id="previous_pane"),
        Binding("z", "zoom", "Zoom pane", show=False, id="zoom"),
        Binding("escape", "clear_or_back", "Clear / back", show=False, id="clear_or_back"),
        Binding("q", "app.back", "Back", id="back"),
    ]

    def __init__(self, articles: Sequence[Article], title: str | None = None) -> None:
        super().__init__()
        self.articles = tuple(articles)
        self.heading = title
        self.comparison: Comparison | None = None
        self.aids = Layers(facts=self.alone is None)  # a lone article's every fact is its own: a gutter all `+`
        self.linked = True
        self.shown: list[str] = [a.id for a in self.articles]
        self.columns_chosen = False
        self.selected: Item | None = None
        self.occurrence = 0  # which occurrence of the selected item the articles stand at
        self.selected_spans: dict[str, list[tuple[int, int]]] = {}
        self.matches: list[tuple[str, int, int]] = []
        self._before_search: Widget | None = None
        self.match_index = -1
        self._facts: dict[str, Fact] = {}
        self._members: dict[str, list[tuple[int, str]]] = {}  # article -> (start, fact id) of its fact members
        self._member_starts: dict[str, list[int]] = {}
        self._stage = "starting"
        self._started = 0.0
        self._clock = None  # the timer that counts the seconds of a running analysis

    # --- layout --------------------------------------------------------------------------------------------------

    def compose(self):
        yield Static(id="compare-title")
        with Horizontal(id="body"):
            with Horizontal(id="articles"):
                titled = not all(map(repeats_lead, self.articles))
                for n, article in enumerate(self.articles, 1):
                    number = n if len(self.articles) > 2 else None
                    yield ArticleColumn(article, number, titled, id=f"col-{article.id}")
            with TabbedContent(id="panels", initial="entities"):
                with TabPane("Entities", id="entities"):
                    yield EntitiesPanel()
                with TabPane("Statements", id="statements"):
                    yield StatementsPanel()
                with TabPane("Facts", id="facts"):
                    yield FactsPanel()
                with TabPane("Summary", id="summary"):
                    yield SummaryPanel()
        yield SearchBar(id="search")
        with Horizontal(id="status"):
            yield FittingLabel("Analysing…", id="status-text")
            yield Label(id="link-state")
            # no total until the first real step: a pulsing bar while the language model loads, not 0% for seconds
            yield ProgressBar(total=None, show_eta=False, show_percentage=True, id="progress", classes="-pulsing")
        yield KeyFooter()

    def on_mount(self) -> None:
        self.query_one(SearchBar).display = False
        self.app.theme_changed_signal.subscribe(self, self._theme_changed)
        self._arrange(self.size.width)
        self.views()[0].focus()
        cached = self.app.cached_comparison(self.articles)
        if cached is not None:
            self.show_comparison(cached)
        else:
            self.analyse()

    def on_resize(self, event) -> None:
        self._arrange(event.size.width)

    def _arrange(self, width: int) -> None:
        self.set_class(width < STACK_BELOW, "-stacked")
        self.set_class(width < NARROW_BELOW, "-narrow")
        self._tell_link()
        if not self.columns_chosen:
            self.show_columns([a.id for a in self.articles][: self.columns_that_fit(width)])
        self._show_title(width)  # at the new width: the screen's own size is not yet the event's

    def columns_that_fit(self, width: int) -> int:
        """How many article columns a terminal `width` holds at a readable width, beside or above the panels."""
        room = width - (0 if width < STACK_BELOW else PANEL_WIDTH)
        return max(1, room // MIN_COLUMN)

    def show_columns(self, ids: list[str]) -> None:
        """Show these articles' columns; the panels, which dim what the hidden ones carry, are filled again only if
        the choice changed (a resize asks again at every step of a drag)."""
        shown = [a.id for a in self.articles if a.id in ids] or [self.articles[0].id]
        changed, self.shown = shown != self.shown, shown
        for column in self.query(ArticleColumn):
            column.display = column.article.id in self.shown
            column.set_class(column.article.id == self.shown[-1], "-last")  # no rule after the last one shown
        self._show_title()
        if isinstance(self.focused, ArticleView) and self.focused.article.id not in self.shown:
            self.views()[0].focus()
        if self.comparison is not None and changed:
            self._fill_panels()
            self.repaint()

    def _show_title(self, width: int | None = None) -> None:
        """The story title, cut to leave room for the note of hidden columns, which must not be lost off the edge."""
        count = len(self.articles)
        lead = Text("newsview  ", style="bold")
        heading = clean(self.heading) if self.heading else counted(count, "article")
        room = (width or self.size.width) - TITLE_PADDING - lead.cell_len
        note = next((n for n in self._hidden_notes() if room - n.cell_len >= MIN_TITLE_CELLS), Text())
        lead.append(short(heading, max(room - note.cell_len, MIN_TITLE_CELLS), middle=False))
        self.query_one("#compare-title", Static).update(lead + note)

    def _hidden_notes(self) -> list[Text]:
        """What the title says of the hidden columns, longest first: the narrower the terminal, the shorter the note
        that fits beside a readable title (no note when none is hidden)."""
        hidden = [n for n, a in enumerate(self.articles, 1) if a.id not in self.shown]
        if not hidden:
            return []
        names = [f"{n} {short(self.articles[n - 1].outlet or '?', HIDDEN_OUTLET_CELLS)}" for n in hidden[:3]]
        more = f" and {len(hidden) - 3} more" if len(hidden) > 3 else ""
        shown = f"showing {len(self.shown)} of {len(self.articles)}"
        return [Text(f"   {text}", style="dim") for text in (
            f"{shown}; hidden: {', '.join(names)}{more}   v to choose",
            f"{shown}; hidden: {', '.join(str(n) for n in hidden)}   v to choose",
            f"{shown}   v to choose",
            f"{len(self.shown)} of {len(self.articles)} · v")]

    @property
    def alone(self) -> Article | None:
        """The article, when there is only one (a story of one, or the other files skipped): nothing to compare."""
        return self.articles[0] if len(self.articles) == 1 else None

    def views(self) -> list[ArticleView]:
        return [c.view for c in self.query(ArticleColumn) if c.article.id in self.shown]

    # --- analysis ------------------------------------------------------------------------------------------------

    def analyse(self) -> None:
        """Start the analysis worker and the clock the status line counts its seconds by."""
        self._started = monotonic()
        self._clock = self.set_interval(1, self._tell_stage)
        self._tell_stage()
        self._run_analysis()

    @work(thread=True, exclusive=True, exit_on_error=False, name="analysis")
    def _run_analysis(self) -> Comparison:
        return self.app.analyse(self.articles, self._progress_from_thread)

    def _progress_from_thread(self, stage: str, fraction: float) -> None:
        try:
            self.app.call_from_thread(self._progress, stage, fraction)
        except RuntimeError:  # the app is shutting down
            pass

    def _progress(self, stage: str, fraction: float) -> None:
        """A step of the analysis; a stage at 0 (loading the model) has no measure yet, so the bar pulses."""
        self._stage = clean(stage)
        self._tell_stage()
        bar = self.query_one(ProgressBar)
        bar.set_class(fraction <= 0, "-pulsing")  # no "--%" beside a bar that has no measure
        if fraction > 0:
            bar.update(total=1.0, progress=min(1.0, fraction))
        else:
            bar.update(total=None)

    def _tell_stage(self) -> None:
        """The stage and the seconds since the analysis began, so a slow step still shows life."""
        seconds = int(monotonic() - self._started)
        self.status.say(f"Analysing: {self._stage} · {seconds} s", f"{self._stage} · {seconds} s",
                        f"Analysing · {seconds} s")

    def _stop_clock(self) -> None:
        if self._clock is not None:
            self._clock.stop()
            self._clock = None

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        if event.worker.name != "analysis" or not event.worker.is_finished:
            return
        self._stop_clock()
        if event.state == WorkerState.SUCCESS:
            self.app.remember_comparison(self.articles, event.worker.result)
            self.show_comparison(event.worker.result)
        elif event.state == WorkerState.ERROR:
            self.query_one(ProgressBar).display = False
            error = event.worker.error
            reason = clean(str(error)) or error.__class__.__name__
            self.status.say(f"Analysis failed: {reason}", style="bold")
            # whole in a notice too: the status line is one line, and a model's error often runs longer
            self.notify(reason, title="Analysis failed", severity="error", markup=False, timeout=30)
            for heading in self.query(".panel-heading, #summary-table").results(Static):
                heading.update(Text("No analysis (the status line below says why); the texts can still be read "
                                    "and searched.", style="dim"))

    def show_comparison(self, comparison: Comparison) -> None:
        self.comparison = comparison
        if comparison.warnings:
            self.notify("\n".join(clean(w) for w in comparison.warnings), title="Not analysed",
                        severity="warning", timeout=10, markup=False)
        self._facts = {f.id: f for f in comparison.facts}
        self._members = {}
        for fact in comparison.facts:
            for m in fact.members:
                self._members.setdefault(m.article, []).append((m.start, fact.id))
        for members in self._members.values():
            members.sort()
        self._member_starts = {aid: [start for start, _ in members] for aid, members in self._members.items()}
        self.query_one(ProgressBar).display = False
        self._tell_totals(comparison)
        self._fill_panels()
        self.repaint()

    def _tell_totals(self, comparison: Comparison) -> None:
        """What the analysis found, as fully as the status line holds; the facts by the gutter's marks, so the line
        in sight from the start says what they mean."""
        counts = Counter(shown_status(comparison, f) for f in comparison.facts)
        facts = counted(len(comparison.facts), "fact")
        found = (f"{counted(sum(e.named for e in comparison.entities), 'entity')} · "
                 f"{counted(len(comparison.statements), 'statement')} · {facts}")
        said = {**status_words(len(self.articles) > 2), "conflict": "conflicting"}
        split = ", ".join(f"{GUTTER_GLYPH[status]} {counts[status]} {word}" for status, word in said.items())
        conflicting = f"{GUTTER_GLYPH['conflict']} {counts['conflict']} conflicting"
        if self.alone:
            self.status.say(f"One article, nothing to compare it with ({LONE_HINT}) · {found}",
                            f"One article: {LONE_HINT} · {found}", f"One article · {found}", "One article")
            return
        # the split before the entity and statement counts (which the panels' headings give too): it keys the gutter
        self.status.say(f"{found}: {split}", f"{facts}: {split}", f"{found}, {conflicting}", f"{facts}, {conflicting}")

    @property
    def status(self) -> FittingLabel:
        return self.query_one("#status-text", FittingLabel)

    def _fill_panels(self) -> None:
        variables = self.app.theme_variables
        for panel in (EntitiesPanel, StatementsPanel, FactsPanel, SummaryPanel):
            self.query_one(panel).show(self.comparison, self.shown, variables)

    # --- painting ------------------------------------------------------------------------------------------------

    def _theme_changed(self, _theme) -> None:
        if self.comparison is not None:
            self._fill_panels()
        self.repaint()

    def repaint(self) -> None:
        """Recompute every shown article's marks from the toggles, the selection and the search; the search's
        current match, else the mention the articles stand at, stands out from the rest."""
        variables = self.app.theme_variables
        current = self.current_match
        for view in self.views():
            aid = view.article.id
            marks = article_marks(self.comparison, aid, self.aids, variables, self.selected_spans,
                                  [(s, e) for a, s, e in self.matches if a == aid],
                                  current[1:] if current and current[0] == aid else self._mention_in(aid))
            view.set_marks(marks, gutter_marks(self.comparison, aid) if self.aids.facts else [])

    def select(self, item: Item) -> None:
        """Paint an item in every article and scroll each article to it, all at the same height; choosing the same
        entity again steps each article to its next mention."""
        if self.comparison is None:
            return
        if item == self.selected and item.kind == "entity":
            self.action_mention(1)
            return
        self.selected, self.occurrence = item, 0
        self.selected_spans = item_spans(self.comparison, item)
        self._bring_into_view(self.selected_spans)
        self._show_selected()
        if item.kind == "entity":
            self._tell_mention()
        else:
            self._tell_totals(self.comparison)

    def _show_selected(self) -> None:
        self.repaint()
        for view in self.views():
            span = self._mention_in(view.article.id) or next(iter(self.selected_spans.get(view.article.id, ())), None)
            if span:
                view.show_offset(span[0])
        self._tell_occurrence()

    @property
    def entity_chosen(self) -> bool:
        return self.selected is not None and self.selected.kind == "entity"

    def _mention_index(self, article_id: str) -> int | None:
        """Which of the chosen entity's mentions an article stands at: one with fewer mentions than the others stays
        at its last while they step on."""
        spans = self.selected_spans.get(article_id) if self.entity_chosen else None
        return min(self.occurrence, len(spans) - 1) if spans else None

    def _mention_in(self, article_id: str) -> tuple[int, int] | None:
        """The span of the mention an article stands at (see `_mention_index`)."""
        k = self._mention_index(article_id)
        return None if k is None else self.selected_spans[article_id][k]

    def _mentions_to_step(self) -> int:
        """How many steps make a round of the chosen entity's mentions: the most any article shown has."""
        counts = [len(s) for a, s in self.selected_spans.items() if a in self.shown]
        return max(counts or [len(s) for s in self.selected_spans.values()] or [1])

    def action_mention(self, step: int) -> None:
        """Step every article to the chosen entity's next (or previous) mention; past the last (or before the
        first), round to the other end, and say so."""
        if self.comparison is None:
            self.notify("The analysis is still running.", timeout=3)
            return
        if not self.entity_chosen:
            self.notify("Choose an entity first (1: the Entities panel, then enter on a row); m and M then step "
                        "through its mentions.", timeout=4)
            return
        self._bring_into_view(self.selected_spans)
        rounds = self._mentions_to_step()
        target = self.occurrence + step
        self.occurrence = target % rounds
        self._show_selected()
        self._tell_mention(went_round=0 if 0 <= target < rounds else step)

    def _tell_mention(self, went_round: int = 0) -> None:
        """The status line names the step keys while an entity is chosen, and says when a step went round (forward
        past the last mention, or back before the first); the headers say where each article stands."""
        entity = self.comparison.entity(self.selected.id)
        name = clean(entity.name) if entity else "?"
        rounds = self._mentions_to_step()
        if went_round > 0:
            where, brief = "past the last mention, back to the first", "back to the first mention"
        elif went_round < 0:
            where, brief = "before the first mention, round to the last", "round to the last mention"
        else:
            where = brief = f"mention {self.occurrence + 1} of {rounds}"
        self.status.say(f"{name}: {where} · m next, M previous", f"{name}: {brief} · m/M", f"{name}: {brief}",
                        brief)

    def _tell_occurrence(self) -> None:
        """Where each article stands among the chosen entity's mentions, in its header, where the reader looks (a
        notice per step piled up over the panel); a statement's spans are its words and its speaker, not
        occurrences to step through."""
        for column in self.query(ArticleColumn):
            k = self._mention_index(column.article.id)
            column.meta.place = "" if k is None else f"mention {k + 1}/{len(self.selected_spans[column.article.id])}"

    def _bring_into_view(self, spans: dict[str, list]) -> None:
        """An item that stands only in hidden articles swaps the first of them in for the last column shown."""
        if not spans or any(a in spans for a in self.shown):
            return
        incoming = next(a for a in self.articles if a.id in spans)
        outgoing = next(a for a in self.articles if a.id == self.shown[-1])
        self.columns_chosen = True
        self.show_columns([*self.shown[:-1], incoming.id])
        self.notify(f"Showing {self._numbered(incoming)} in place of {self._numbered(outgoing)}, now hidden "
                    "(v to choose)", timeout=4, markup=False)

    def _numbered(self, article: Article) -> str:
        """An article as a notice names it: its column number (as the headers show it) and outlet."""
        return f"{self.articles.index(article) + 1} {clean(article.outlet or '?')}"

    def choose(self, item: Item) -> None:
        """A panel's row chosen (enter, or a click)."""
        if self.maximized is not None:  # zoomed into the panels: choosing is asking to see it in the articles
            self.minimize()
        self.select(item)

    # --- linked scrolling ----------------------------------------------------------------------------------------

    def on_article_view_scrolled(self, event: ArticleView.Scrolled) -> None:
        if self.linked and self.comparison is not None:
            self.follow(event.view)

    def follow(self, source: ArticleView) -> None:
        """Scroll the other articles so a fact they share with `source` stands level with it there: the first such
        fact in view, else the nearest one above; with none in common, scroll in proportion."""
        members = self._members.get(source.article.id, [])
        starts = self._member_starts.get(source.article.id, [])
        here = max(0, bisect_right(starts, source.top_offset()) - 1)
        height = source.scrollable_content_region.height
        in_view = takewhile(lambda m: source.row_of(m[0]) < height, members[here:])
        candidates = [*in_view, *reversed(members[:here])]
        for view in self.views():
            if view is source:
                continue
            for start, fact_id in candidates:
                there = next((m for m in self._facts[fact_id].members if m.article == view.article.id), None)
                if there is not None:
                    view.scroll_quietly(view.line_of(there.start) - source.row_of(start))
                    break
            else:
                ratio = source.scroll_y / max(1, source.max_scroll_y)
                view.scroll_quietly(round(ratio * view.max_scroll_y))

    # --- actions -------------------------------------------------------------------------------------------------

    def action_difference(self, step: int) -> None:
        if self.comparison is None:
            self.notify("The analysis is still running.", timeout=3)
            return
        if self.alone:
            self.notify(f"One article: no differences to step through; {LONE_HINT}.", timeout=4)
            return
        diffs = differences(self.comparison)
        if not diffs:
            self.notify("These articles report the same facts: no differences.", timeout=3)
            return
        ids = [f.id for f in diffs]
        if self.selected and self.selected.kind == "fact" and self.selected.id in ids:
            target = ids.index(self.selected.id) + step
        else:
            target = 0 if step > 0 else len(ids) - 1
        index = target % len(ids)
        item = Item("fact", ids[index])
        self._show_tab("facts")
        self.query_one(FactsPanel).items.show_item(item)
        self.select(item)
        self._tell_difference(index, diffs, went_round=0 if target == index else step)

    def _tell_difference(self, index: int, diffs: list[Fact], went_round: int) -> None:
        """Which difference `n` stands at, of how many, and whose it is, as the status line says for `m` (it kept
        the totals, and a cursor moving in the facts list was all that told one step from the next); and when a
        step went round the ends."""
        fact, many = diffs[index], len(self.articles) > 2
        word = status_words(many)[shown_status(self.comparison, fact)]
        carriers = [tag(self.articles, a) for a in dict.fromkeys(m.article for m in fact.members)]
        columns = ("column " if len(carriers) == 1 else "columns ") if many else ""  # a bare number says nothing
        whose = columns + ", ".join(carriers)
        where = f"difference {index + 1} of {len(diffs)}"
        if went_round:
            where += " (back to the first)" if went_round > 0 else " (round to the last)"
        self.status.say(f"{where}: {word}, {whose} · n next, N previous", f"{where}: {word}, {whose}",
                        f"{where} · n/N", where)

    def _show_tab(self, tab: str) -> None:
        """Show a panel; the keys of a panel hidden by it go to the one shown, not lost (Textual drops the focus of
        a hidden widget, which left j, k and enter doing nothing)."""
        panels = self.query_one(TabbedContent)
        had_keys = self.focused is not None and self.focused in panels.walk_children()
        panels.active = tab
        if had_keys:
            self._focus_panel()

    def check_action(self, action: str, parameters: tuple) -> bool | None:
        """In the search box, `/` and `v` are just characters."""
        return not (action in ("search", "choose_columns") and isinstance(self.focused, Input))

    def action_search(self) -> None:
        """Open the search box; the search is of the articles, so zoomed panels give way to them."""
        if not self.in_sight(self.query_one("#articles")):
            self.minimize()
        self._before_search = self.focused
        self.query_one(SearchBar).open()

    def on_input_changed(self, event: Input.Changed) -> None:
        """Search every article, hidden columns too: stepping onto a match in one brings it into view."""
        self.matches = [(c.article.id, s, e) for c in self.query(ArticleColumn)
                        for s, e in find_matches(c.view.text, event.value)]
        self.match_index = -1
        self.action_search_step(1)

    def on_search_bar_step(self, event: SearchBar.Step) -> None:
        self.action_search_step(event.step)

    def on_search_bar_closed(self) -> None:
        """The keys go to the article with the current match, where the reader is looking, else back where they were."""
        current = self.current_match
        before = self._before_search
        target = next((v for v in self.views() if current and v.article.id == current[0]), None)
        if target is None:
            target = before if before is not None and self.in_sight(before) else self.views()[0]
        target.focus()

    def action_search_step(self, step: int) -> None:
        if self.matches:
            self.match_index = (self.match_index + step) % len(self.matches)
        self._show_match()

    @property
    def current_match(self) -> tuple[str, int, int] | None:
        """(article, start, end) of the match the search stands on."""
        return self.matches[self.match_index] if 0 <= self.match_index < len(self.matches) else None

    def _show_match(self) -> None:
        current = self.current_match
        if current:
            self._bring_into_view({current[0]: [current[1:]]})
        bar = self.query_one(SearchBar)
        column = "column " if len(self.articles) > 2 else ""
        where = f"{column}{tag(self.articles, current[0])}" if current else ""
        bar.set_count(self.match_index + 1, len(self.matches), bar.query_text, where)
        if not bar.display:  # stepped with the box closed (> <): the count goes where the eye is, the status line
            said = f"match {self.match_index + 1} of {len(self.matches)}" if current else "no matches"
            query = f"“{one_line(bar.query_text, 30)}” "
            self.status.say(f"{query}{said} in {where} · > next, < previous" if current else query + said,
                            f"{said} in {where}" if current else said, said)
        self.repaint()
        if current:
            aid, start, _ = current
            view = next(v for v in self.views() if v.article.id == aid)
            view.show_offset(start)
            if self.linked and self.comparison is not None:
                self.follow(view)

    def action_toggle(self, layer: str) -> None:
        self.aids = replace(self.aids, **{layer: not getattr(self.aids, layer)})
        self.repaint()
        self.notify(f"{LAYER_NAMES[layer]} highlights {'on' if getattr(self.aids, layer) else 'off'}", timeout=2)

    def action_toggle_link(self) -> None:
        self.linked = not self.linked
        self._tell_link()
        self.notify(f"Linked scrolling {'on' if self.linked else 'off'}", timeout=2)

    def _tell_link(self) -> None:
        wide, narrow = LINK_STATE[self.linked]
        self.query_one("#link-state", Label).update(narrow if self.has_class("-narrow") else wide)

    def action_tab(self, tab: str) -> None:
        """Show a panel and give it the keys; with the articles zoomed, asking for a panel is asking to see it."""
        if not self.in_sight(self.query_one("#panels")):
            self.minimize()
        self.query_one(TabbedContent).active = tab
        self._focus_panel()

    def _focus_panel(self) -> None:
        pane = self.query_one(TabbedContent).active_pane
        self.set_focus(pane.query(ItemList).first() if pane.query(ItemList) else pane.query_one(SummaryPanel))

    def in_sight(self, widget: Widget) -> bool:
        """Whether the reader can see `widget`: on screen, and inside the zoomed pane when one is zoomed."""
        zoomed = self.maximized
        return on_screen(widget) and (zoomed is None or widget in zoomed.walk_children(with_self=True))

    def action_focus_pane(self, step: int) -> None:
        """Move among the panes in sight: with a side zoomed, the other side's panes are skipped."""
        panels = self.query_one("#panels")
        panes = [*filter(self.in_sight, self.views()), *([None] if self.in_sight(panels) else [])]  # None: the panel
        focused = self.focused
        current = next((i for i, v in enumerate(panes[:-1]) if v is focused), len(panes) - 1)
        target = panes[(current + step) % len(panes)]
        if target is None:
            self._focus_panel()
        else:
            self.set_focus(target)

    def action_zoom(self) -> None:
        """Give the whole screen to the articles or to the panels, whichever has the focus (a small terminal shows a
        few panel rows only); again, or escape, restores."""
        if self.maximized is not None:
            self.minimize()
            return
        panels = self.query_one("#panels")
        self.maximized = panels if self.focused in panels.walk_children() else self.query_one("#articles")

    async def action_choose_columns(self) -> None:
        def chosen(ids: list[str] | None) -> None:
            if ids:
                self.columns_chosen = True
                self.show_columns(ids)

        await self.app.push_screen(ColumnsScreen(self.articles, self.shown, self.columns_that_fit(self.size.width)),
                                   chosen)

    async def action_details(self) -> None:
        """The title, date, file and the rest in full, which a column header cuts to its width: of the article
        with the keys, else of every column shown. Awaited, so a key typed right after `i` reaches the dialog."""
        numbered = [(n if len(self.articles) > 2 else None, a) for n, a in enumerate(self.articles, 1)]
        focused = self.focused.article if isinstance(self.focused, ArticleView) else None
        chosen = [(n, a) for n, a in numbered if a is focused] or [(n, a) for n, a in numbered if a.id in self.shown]
        await self.app.push_screen(InfoScreen(chosen, self.heading))

    def action_clear_or_back(self) -> None:
        if self.selected or self.matches:
            self.query_one(SearchBar).clear()
            self.selected, self.selected_spans, self.matches, self.match_index = None, {}, [], -1
            self._tell_occurrence()
            self.repaint()
            if self.comparison is not None:
                self._tell_totals(self.comparison)
        else:
            self.app.action_back()
