"""The compare screen's panels: Entities, Statements, Facts and Summary, each a view of the Comparison.

Panels only list; choosing an item hands it to the screen's `choose`, and the screen scrolls and paints the
articles.
Every string from the analysis comes from article text, so it is cleaned and kept as plain `Text`.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from typing import Sequence

from rich.console import Console, ConsoleOptions, Group
from rich.measure import Measurement
from rich.segment import Segment
from rich.style import Style
from rich.table import Table
from rich.text import Text
from textual.binding import Binding
from textual.containers import Vertical, VerticalScroll
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from newsview.analysis.model import NAMED_TYPES, Comparison, Entity
from newsview.corpus.model import Article
from newsview.sanitize import clean
from newsview.ui.highlights import (GUTTER_COLOUR, GUTTER_GLYPH, PARTIAL, SEVERITY, STATUS_GLYPH, Item,
                                    is_difference, shown_status)
from newsview.ui.text import OUTLET_CELLS, short
from newsview.ui.themes import ENTITY_COLOUR, style
from newsview.wording import counted

NAMED = "named"  # the type filter's default: entities with a name, not days or things only described
SCOPES = ("any", "all", "one")  # entity in any number of articles / in every article / only in one
SCOPE_LABEL = {"any": "in any", "all": "in all", "one": "in one"}  # short: the heading's line is the side panel's
SORTS = ("mentions", "name")
SHARED_QUOTE = "≡"
TYPE_CELLS = 6
# spaCy's longer type names, shortened to read as words in the type column rather than cut ("WORK_O")
TYPE_LABEL = {"WORK_OF_ART": "WORK", "PRODUCT": "PROD", "LANGUAGE": "LANG", "NOMINAL": "THING",
              "QUANTITY": "QTY", "CARDINAL": "NUMBER", "PERCENT": "PCT", "ORDINAL": "ORD"}


def type_label(entity_type: str) -> str:
    """An entity type as the entities panel shows it, in its rows and its type filter alike."""
    return TYPE_LABEL.get(entity_type, entity_type)


def one_line(text: str, limit: int = 140) -> str:
    """Prose on one line, cut at its end."""
    return short(text, limit, middle=False)


def outlet(comparison: Comparison, article_id: str) -> str:
    return clean(comparison.article(article_id).outlet or "?")


def tag(articles: Sequence[Article], article_id: str) -> str:
    """How a panel row names its article: among three or more, the column number the screen shows it under;
    else its outlet, cut short (a file name stands in for an unknown outlet and may be long)."""
    n, article = next((n, a) for n, a in enumerate(articles, 1) if a.id == article_id)
    return str(n) if len(articles) > 2 else short(article.outlet or "?", OUTLET_CELLS)


class Hanging:
    """A row whose wrapped lines stand under its body, not under its lead (status, article), so the lead column
    stays clear and each row reads as one. Wrapped by hand, not a Rich table: a list renders every row to learn its
    height, and a table's measuring made a list of 200 facts take a second to show."""

    def __init__(self, lead: Text, body: Text) -> None:
        self.lead, self.body = lead, body
        self._drawn: tuple[int, list[Segment]] = (0, [])

    def __rich_console__(self, console: Console, options: ConsoleOptions):
        """Drawn once a width: the list draws every row to learn its height, more than once, then again to show it;
        a panel of 300 facts took a second to open."""
        if self._drawn[0] != options.max_width:
            self._drawn = (options.max_width, list(self._draw(console, options.max_width)))
        yield from self._drawn[1]

    def _draw(self, console: Console, width: int):
        indent = self.lead.cell_len
        lines = self.body.wrap(console, max(1, width - indent), overflow="fold")
        for n, line in enumerate(lines):
            yield from (self.lead if n == 0 else Text(" " * indent)).render(console)
            yield from line.render(console)
            yield Segment.line()

    def __rich_measure__(self, console: Console, options: ConsoleOptions) -> Measurement:
        body = Measurement.get(console, options, self.body)
        return Measurement(body.minimum + self.lead.cell_len, body.maximum + self.lead.cell_len)


class ItemList(OptionList):
    """An option list with vim keys, whose options are `Item`s."""

    BINDINGS = [  # the article's keys, for the lists (space and b paged the articles only)
        Binding("j", "cursor_down", "Down", show=False, id="down"),
        Binding("k", "cursor_up", "Up", show=False, id="up"),
        Binding("g", "first", "First", show=False, id="top"),
        Binding("G", "last", "Last", show=False, id="bottom"),
        Binding("space", "page_down", "Page down", show=False, id="page_down"),
        Binding("b", "page_up", "Page up", show=False, id="page_up"),
        Binding("enter", "select", "Show in the articles; an entity again: next mention", show=False, id="choose"),
    ]

    def fill(self, rows: list[tuple[Text | Hanging, Item | None]]) -> None:
        """Replace the options; a row without an item is a heading."""
        previous = self.highlighted_option.id if self.highlighted_option else None
        self.set_options(Option(prompt, id=f"{item.kind}\0{item.id}" if item else None, disabled=item is None)
                         for prompt, item in rows)
        ids = [o.id for o in self.options]
        if previous in ids:
            self.highlighted = ids.index(previous)
        else:  # a row is always lit, so enter on a freshly focused panel chooses something visible
            self.highlighted = next((i for i, o in enumerate(self.options) if not o.disabled), None)

    def show_item(self, item: Item) -> None:
        try:
            self.highlighted = self.get_option_index(f"{item.kind}\0{item.id}")
        except Exception:  # OptionDoesNotExist: the item is filtered out of this list
            return

    def action_select(self) -> None:
        """Choose the lit row (enter, or a click) at once, by a call, not by a message: the keys typed right after
        enter (m, n) overtook the message on its way up to the screen, and acted before the choice."""
        option = self.highlighted_option
        if option is not None and option.id and not option.disabled:
            kind, _, item_id = option.id.partition("\0")
            self.screen.choose(Item(kind, item_id))


def presence(comparison: Comparison, articles, shown: list[str]) -> Text:
    """Which of three or more articles carry something, by column number (`1·3`); hidden articles dimmed."""
    carried = set(articles)
    out = Text()
    for n, a in enumerate(comparison.articles, 1):
        out.append(str(n) if a.id in carried else "·", style="bold" if a.id in shown else "dim")
    return out


class Panel(Vertical):
    """A heading line over an item list; subclasses say what the rows are.

    Panels list every article of the comparison, not just the columns shown: with three or more, what a hidden
    article carries stays visible (dimmed), and choosing it brings that article into view.
    """

    comparison: Comparison | None = None
    shown: list[str] = []
    variables: dict[str, str] = {}
    noun = ""  # what a row is, for the note that stands in an empty list

    def compose(self):
        yield Static(Text("Analysing… this list fills in when the analysis is done.", style="dim"),
                     classes="panel-heading")
        yield ItemList()

    @property
    def items(self) -> ItemList:
        return self.query_one(ItemList)

    def show(self, comparison: Comparison, shown: list[str], variables: dict[str, str]) -> None:
        self.comparison, self.shown, self.variables = comparison, shown, variables
        self.refill()

    @property
    def order(self) -> list[str]:
        return [a.id for a in self.comparison.articles]

    @property
    def many(self) -> bool:
        return len(self.comparison.articles) > 2

    def refill(self) -> None:
        if self.comparison is None:
            return
        heading, rows = self.rows()
        self.query_one(".panel-heading", Static).update(heading)
        self.items.fill(rows or [(self.empty_note(), None)])

    def rows(self) -> tuple[Text, list[tuple[Text | Hanging, Item | None]]]:
        raise NotImplementedError

    def everything(self) -> Sequence:
        """All the rows' items before the panel's filters."""
        raise NotImplementedError

    def empty_note(self) -> Text:
        """Why the list is empty: the analysis found none, or the filters hide them all (a blank list says
        neither)."""
        total = len(self.everything())
        if total:
            return Text(f"None of the {counted(total, self.noun)} fits these settings; the keys above change them.",
                        style="dim")
        return Text(f"No {self.noun} found in these articles.", style="dim")

    # --- the article filter every list panel has (`a`) -----------------------------------------------------------

    article: str | None = None  # None: every article

    def action_cycle_article(self, step: int = 1) -> None:
        """Every article, then each in turn (`step` -1: the other way round, for one past the wanted of many)."""
        options = [None, *self.order]
        self.article = options[(options.index(self.article) + step) % len(options)] \
            if self.article in options else None
        self.refill()

    def article_setting(self) -> Text:
        """`a` and the article the rows are filtered to, as the heading shows it."""
        if self.article is None:
            name = "every article"
        else:
            name = ("column " if self.many else "") + tag(self.comparison.articles, self.article)
        return Text.assemble(("a ", "dim"), (name, "bold"))


def article_filter(panel: str) -> list[Binding]:
    """`a` and `A`, the article filter forwards and back, with binding ids of the panel's own."""
    return [Binding("a", "cycle_article(1)", "Filter by article", show=False, id=f"{panel}_article"),
            Binding("A", "cycle_article(-1)", "Filter by article, the other way", show=False,
                    id=f"{panel}_article_back")]


class EntitiesPanel(Panel):
    """Who and what the articles name; filter by type, by article and by how many articles name them, sort by
    mentions (in the article filtered to, if any) or name."""

    BINDINGS = [
        # not in the footer: the panel's heading shows these keys beside what they set
        Binding("t", "cycle_type", "Filter by type", show=False, id="filter_type"),
        *article_filter("entities"),
        # `c` as in the statements panel: how many articles carry it
        Binding("c", "cycle_scope", "Named in any number, all or only one article", show=False,
                id="entities_carried"),
        Binding("o", "cycle_sort", "Sort", show=False, id="sort_entities"),
    ]

    type_filter: str | None = NAMED
    scope = "any"
    sort = "mentions"
    noun = "entity"

    def everything(self) -> Sequence:
        """The named ones, as the status line counts them: descriptions and days alone are no entities to miss."""
        return [e for e in self.comparison.entities if e.named]

    def types(self) -> list[str]:
        present = {e.type for e in self.comparison.entities} if self.comparison else set()
        return [t for t in NAMED_TYPES if t in present] + sorted(present - set(NAMED_TYPES))

    def shown_entities(self) -> list[Entity]:
        out = []
        for entity in self.comparison.entities:
            articles = set(entity.counts())
            if self.type_filter == NAMED and not entity.named:
                continue
            if self.type_filter not in (None, NAMED) and entity.type != self.type_filter:
                continue
            if self.scope == "all" and len(articles) < len(self.order):
                continue
            if self.scope == "one" and len(articles) != 1:
                continue
            if self.article is not None and self.article not in articles:
                continue
            out.append(entity)
        if self.sort == "name":
            return sorted(out, key=lambda e: clean(e.name).lower())
        return sorted(out, key=lambda e: (-self.mentions_counted(e), clean(e.name).lower()))

    def mentions_counted(self, entity: Entity) -> int:
        """What "by mentions" sorts by: the mentions in the article filtered to, else in all."""
        return entity.counts()[self.article] if self.article is not None else len(entity.mentions)

    def rows(self):
        entities = self.shown_entities()
        kind = type_label(self.type_filter) if self.type_filter else "all types"
        heading = Text.assemble(("t ", "dim"), (kind, "bold"), "  ",
                                self.article_setting(), ("  c ", "dim"), (SCOPE_LABEL[self.scope], "bold"),
                                ("  o ", "dim"), (f"by {self.sort}", "bold"),
                                (f"\n{len(entities)} shown · ", "dim"), self.count_legend())
        rows = []
        for entity in entities:
            counts = entity.counts()
            colour = style(self.variables, fg=ENTITY_COLOUR.get(entity.type, "nv-statement"))
            body = Text(clean(entity.name), style=colour + Style(bold=True))
            body.append("  ")
            for n, a in enumerate(self.order):
                body.append(("·" if n else "") + str(counts.get(a, 0)), style="" if a in self.shown else "dim")
            others = [a for a in entity.names if a != entity.name]
            if others:
                body.append("  " + one_line(", ".join(others), 60), style="dim italic")
            label = type_label(entity.type)[:TYPE_CELLS]
            rows.append((Hanging(Text(f"{label:<{TYPE_CELLS + 1}}", style=colour), body), Item("entity", entity.id)))
        return heading, rows

    def count_legend(self) -> Text:
        """Which article each of a row's counts is: the counts carry no names, so the heading says their order."""
        legend = Text("mentions in ", style="dim")
        for n, a in enumerate(self.order):
            legend.append(("·" if n else "") + tag(self.comparison.articles, a),
                          style="" if a in self.shown else "dim")
        if self.many:
            legend.append(" (the columns)", style="dim")
        return legend

    def action_cycle_type(self) -> None:
        options = [NAMED, None, *self.types()]
        self.type_filter = options[(options.index(self.type_filter) + 1) % len(options)] \
            if self.type_filter in options else NAMED
        self.refill()

    def action_cycle_scope(self) -> None:
        self.scope = SCOPES[(SCOPES.index(self.scope) + 1) % len(SCOPES)]
        self.refill()

    def action_cycle_sort(self) -> None:
        self.sort = SORTS[(SORTS.index(self.sort) + 1) % len(SORTS)]
        self.refill()


class StatementsPanel(Panel):
    """Who said what, grouped by speaker; quotes that more than one outlet carries are marked. Filter by article,
    or to the quotes several outlets carry."""

    BINDINGS = [
        *article_filter("statements"),
        Binding("c", "toggle_carried", "Quotes several carry", show=False, id="statements_carried"),
    ]

    carried_only = False
    noun = "statement"

    def everything(self) -> Sequence:
        return self.comparison.statements

    def rows(self):
        comparison = self.comparison
        groups = defaultdict(list)
        for st in comparison.statements:
            if (self.article and st.article != self.article) or (self.carried_only and not st.matches):
                continue
            entity = comparison.entity(st.speaker.entity)
            groups[clean(entity.name if entity else st.speaker.text) or "(unattributed)"].append(st)
        rows = []
        shared = 0
        for speaker, statements in sorted(groups.items(), key=lambda kv: (-len(kv[1]), kv[0].lower())):
            rows.append((Text(f"{speaker}  ({len(statements)})", style=style(self.variables, fg="nv-speaker",
                                                                             bold=True)), None))
            for st in statements:
                marked = bool(st.matches)
                shared += marked
                lead = Text.assemble((f" {SHARED_QUOTE if marked else ' '} ", "bold"),
                                     (f"{tag(comparison.articles, st.article)}: ", "dim"))
                hidden = "" if st.article in self.shown else " dim"
                body = Text(one_line(st.content.text), style=("italic" if st.kind != "indirect" else "") + hidden)
                rows.append((Hanging(lead, body), Item("statement", st.id)))
        heading = self.article_setting().append_text(Text.assemble(
            ("  c ", "dim"), (f"{SHARED_QUOTE} carried by several only" if self.carried_only else "all quotes", "bold"),
            (f"  {sum(map(len, groups.values()))} by {counted(len(groups), 'speaker')}", "dim"),
            (f"\n{SHARED_QUOTE} carried by more than one outlet: {shared}", "dim")))
        return heading, rows

    def action_toggle_carried(self) -> None:
        self.carried_only = not self.carried_only
        self.refill()


def status_words(many: bool) -> dict[str, str]:
    """Each fact status the panels show, by the word they show it with: among three or more articles, as the gutter
    marks it, all (=) or some (≈) of them sharing a fact, in the words of its reach."""
    if many:
        return {"shared": "in all", PARTIAL: "in some", "only": "only", "conflict": "conflict"}
    return {status: status for status in STATUS_GLYPH}


WORDING_CHARS = {False: 140, True: 100}  # a fact's words in a row: one article's, each of several


class FactsPanel(Panel):
    """The fact diff: every fact with its status glyph; a conflict shows each outlet's differing detail."""

    BINDINGS = [
        Binding("d", "toggle_differences", "Differences only", show=False, id="differences_only"),
        *article_filter("facts"),
        Binding("o", "toggle_order", "Sort: reading order / conflicts first", show=False, id="sort_facts"),
    ]

    differences_only = False
    by_status = False  # conflicts, then what one article alone reports, then some, then all share; else reading order
    noun = "fact"

    def everything(self) -> Sequence:
        return self.comparison.facts

    def rows(self):
        comparison = self.comparison
        words = status_words(self.many)
        facts = [f for f in comparison.facts if (not self.differences_only or is_difference(comparison, f))
                 and (self.article is None or self.article in f.articles)]
        status = {f.id: shown_status(comparison, f) for f in comparison.facts}
        if self.by_status:
            facts.sort(key=lambda f: -SEVERITY[status[f.id]])  # stable: reading order within a status
        rows = []
        for fact in facts:
            colour = style(self.variables, fg=GUTTER_COLOUR[status[fact.id]], bold=True)
            lead = Text.assemble((f"{GUTTER_GLYPH[status[fact.id]]} {words[status[fact.id]]:<9}", colour))
            body = Text()
            if self.many:
                body.append_text(presence(comparison, fact.articles, self.shown))
                body.append("  ")
            wordings = self.wordings(fact)
            tagged = len(wordings) > 1 or not self.many and len(fact.articles) < len(self.order)  # else presence
            for n, (article, wording) in enumerate(wordings):
                if n:
                    body.append("\n")
                if tagged:
                    body.append(tag(comparison.articles, article) + ": ", style="dim")
                body.append(one_line(wording, WORDING_CHARS[len(wordings) > 1]))
            for conflict in fact.conflicts:
                body.append(f"\n≠ {conflict.about or conflict.kind}: ", style=colour)
                body.append(" / ".join(f"{tag(comparison.articles, a)} “{one_line(v, 50)}”"
                                       for a, v in conflict.values.items()))
            rows.append((Hanging(lead, body), Item("fact", fact.id)))
        counts = {s: sum(status[f.id] == s for f in comparison.facts) for s in words}
        heading = Text.assemble(*((f"{GUTTER_GLYPH[s]} {words[s]} {n}   ", style(self.variables, fg=GUTTER_COLOUR[s]))
                                  for s, n in counts.items()))
        heading.append("\n").append_text(self.article_setting())
        heading.append("  d ", style="dim").append("differences only" if self.differences_only else "all facts",
                                                  style="bold")
        heading.append("  o ", style="dim").append("conflicts first" if self.by_status else "reading order",
                                                  style="bold")
        heading.append(f"  {len(facts)} shown", style="dim")
        if self.many:  # the presence column read out on an example: the first and last articles
            n = len(self.order)
            example = "1" + "·" * (n - 2) + str(n)
            heading.append(f"\n{example}: carried by columns 1 and {n} only", style="dim")
        return heading, rows

    def wordings(self, fact) -> list[tuple[str, str]]:
        """(article, words) of each article's wording of a fact, the filtered article's first; the same words again
        (wire copy) are shown once. One quote paired with two others made two rows that read alike when a row
        showed only its first article's words."""
        rank = {a: n for n, a in enumerate(self.order)}
        seen, out = set(), []
        for member in sorted(fact.members, key=lambda m: (m.article != self.article, rank.get(m.article, len(rank)))):
            words = " ".join(member.text.split()).casefold()
            if words not in seen:
                seen.add(words)
                out.append((member.article, member.text))
        return out

    def action_toggle_differences(self) -> None:
        self.differences_only = not self.differences_only
        self.refill()

    def action_toggle_order(self) -> None:
        self.by_status = not self.by_status
        self.refill()


class SummaryPanel(VerticalScroll, can_focus=True):
    """Per article: its facts by status (as the facts panel counts them), entities in common, who is quoted. A block
    an article, not a table, so no heading is cut to a few letters in the side panel."""

    BINDINGS = [  # the keys the lists and the articles have
        Binding("j", "scroll_down", "Down", show=False, id="down"),
        Binding("k", "scroll_up", "Up", show=False, id="up"),
        Binding("g", "scroll_home", "Top", show=False, id="top"),
        Binding("G", "scroll_end", "Bottom", show=False, id="bottom"),
        Binding("space", "page_down", "Page down", show=False, id="page_down"),
        Binding("b", "page_up", "Page up", show=False, id="page_up"),
    ]

    def compose(self):
        yield Static(Text("Analysing…", style="dim"), id="summary-table")

    def show(self, comparison: Comparison, shown: list[str], variables: dict[str, str]) -> None:
        blocks = []
        for n, summary in enumerate(comparison.summaries(), 1):
            blocks += [*self.block(comparison, n, summary, shown, variables), Text()]
        self.query_one("#summary-table", Static).update(Group(*blocks[:-1]))

    @staticmethod
    def block(comparison: Comparison, n: int, summary, shown: list[str], variables: dict[str, str]) -> list:
        """One article's heading line and, under it, a grid of label and value."""
        many = len(comparison.articles) > 2
        name = f"{n} {outlet(comparison, summary.article)}" if many else outlet(comparison, summary.article)
        heading = Text(name, style="bold" if summary.article in shown else "dim")
        heading.append(f" · {comparison.article(summary.article).words:,} words", style="dim")
        grid = Table.grid(padding=(0, 1))
        grid.add_column(no_wrap=True, style="dim")
        grid.add_column(ratio=1)
        statuses = Counter(shown_status(comparison, f) for f in comparison.facts if summary.article in f.articles)
        counts = [Text(f"{GUTTER_GLYPH[status]} {statuses[status]} {word}",
                       style=style(variables, fg=GUTTER_COLOUR[status])) for status, word in status_words(many).items()]
        per_line = 2 if many else len(counts)  # four counts overrun the side panel's line: two a line, none cut in two
        for n in range(0, len(counts), per_line):
            grid.add_row("  facts" if n == 0 else "", Text("  ").join(counts[n:n + per_line]))
        grid.add_row("  entities", f"{summary.entities_in_common} in common")
        grid.add_row("  quoted", Text(one_line(", ".join(summary.quoted), 200) or "nobody", style="italic"))
        return [heading, grid]
