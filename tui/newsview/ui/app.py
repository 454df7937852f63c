"""The newsview app: screens, themes, keymap, and the one door to the analysis engine."""

from __future__ import annotations

from functools import partial
from pathlib import Path
from typing import Callable, Iterable, Sequence

from textual.app import App, SystemCommand
from textual.binding import Binding
from textual.command import CommandPalette
from textual.screen import Screen

from newsview.analysis.model import Comparison
from newsview.config import AnalysisConfig, Config
from newsview.corpus.model import Article, Corpus
from newsview.paths import bundled
from newsview.sanitize import clean
from newsview.ui.keys import PRESETS, commands, key_rows, keymap_problems
from newsview.ui.screens.columns import ColumnsScreen
from newsview.ui.screens.compare import CompareScreen
from newsview.ui.screens.help import HelpScreen
from newsview.ui.screens.info import InfoScreen
from newsview.ui.screens.library import FilterBox, LibraryScreen
from newsview.ui.state import initial_theme, load_state, remember_theme
from newsview.ui.themes import DEFAULT_THEME, load_themes
from newsview.ui.widgets.article_view import ArticleView
from newsview.ui.widgets.panels import EntitiesPanel, FactsPanel, ItemList, StatementsPanel, SummaryPanel
from newsview.ui.widgets.plain_input import PlainCommandPalette
from newsview.ui.widgets.search_bar import SearchBar
from newsview.wording import counted

Analyse = Callable[..., Comparison]
SKIPPED_SHOWN = 5  # skipped files named in the notice
SUPERSEDED_COMMANDS = {"Keys", "Maximize", "Minimize"}  # Textual's palette commands that newsview's own keys replace


def engine_analyse(articles: Sequence[Article], settings: AnalysisConfig,
                   progress: Callable[[str, float], None] | None = None) -> Comparison:
    from newsview.analysis import analyse

    return analyse(articles, settings, use_cache=settings.cache, progress=progress)


class NewsviewApp(App):
    CSS_PATH = Path(__file__).with_name("newsview.tcss")
    TITLE = "newsview"
    BINDINGS = [
        Binding("question_mark", "help", "Help", id="help"),
        Binding("T", "next_theme", "Next theme", show=False, id="next_theme"),
        Binding("ctrl+p", "command_palette", "Commands", show=False, id="command_palette"),
        Binding("ctrl+q", "quit", "Quit", show=False, priority=True, id="quit"),
    ]

    def __init__(self, config: Config, corpus: Corpus, compare: bool = False, analyse: Analyse = engine_analyse):
        super().__init__()
        self.config, self.corpus, self.start_in_compare = config, corpus, compare
        self._analyse = analyse
        self._comparisons: dict[tuple[str, ...], Comparison] = {}
        themes, self.problems = load_themes(bundled("themes"))
        for theme in themes:
            self.register_theme(theme)
        self.own_themes = [t.name for t in themes]
        wanted = initial_theme(config.ui.theme, load_state())
        if wanted not in self.available_themes:
            self.problems.append(f"theme {wanted!r} is not available; using {DEFAULT_THEME}")
            wanted = DEFAULT_THEME if DEFAULT_THEME in self.available_themes else "textual-dark"
        self.theme = self._remembered_theme = wanted
        preset = PRESETS.get(config.ui.keys, {})
        self.set_keymap({**preset, **config.ui.keymap})
        self.keymap_problems = [f"ui.keymap.{binding_id}: {problem}" for binding_id, problem
                                in keymap_problems(config.ui.keymap, HELP_SECTIONS, preset).items()]

    def get_default_screen(self) -> Screen:
        return LibraryScreen(self.corpus)

    def on_mount(self) -> None:
        for problem in self.problems:
            self.notify(problem, title="Theme", severity="error", markup=False, timeout=8)
        for problem in self.keymap_problems:
            self.notify(problem, title="Keymap", severity="error", markup=False, timeout=12)
        self._tell_skipped()
        self.theme_changed_signal.subscribe(self, self._remember_theme)
        if self.start_in_compare:
            whole = next((s for s in self.corpus.stories if len(s.articles) == len(self.corpus.articles)), None)
            self.open_compare(self.corpus.articles, whole.title if whole else None)

    def _tell_skipped(self) -> None:
        """Files the corpus skipped (empty, binary, repeated) were said on stderr, which the app paints over:
        say them again here, a few by name."""
        warnings = self.corpus.warnings
        if warnings:
            lines = [clean(w) for w in warnings[:SKIPPED_SHOWN]]
            if len(warnings) > SKIPPED_SHOWN:
                lines.append(f"and {len(warnings) - SKIPPED_SHOWN} more")
            self.notify("\n".join(lines), title=f"{counted(len(warnings), 'file')} skipped", severity="warning",
                        markup=False, timeout=15)

    def _remember_theme(self, theme) -> None:
        if theme.name != self._remembered_theme:
            self._remembered_theme = theme.name
            if not remember_theme(theme.name, self.config.ui.theme):
                self.notify("Could not save the theme for next time.", severity="warning", timeout=4)

    # --- analysis ------------------------------------------------------------------------------------------------

    def analyse(self, articles: Sequence[Article], progress: Callable[[str, float], None]) -> Comparison:
        """Runs in a worker thread."""
        return self._analyse(articles, self.config.analysis, progress=progress)

    def cached_comparison(self, articles: Sequence[Article]) -> Comparison | None:
        return self._comparisons.get(tuple(a.id for a in articles))

    def remember_comparison(self, articles: Sequence[Article], comparison: Comparison) -> None:
        self._comparisons[tuple(a.id for a in articles)] = comparison

    # --- navigation ----------------------------------------------------------------------------------------------

    def open_compare(self, articles: Sequence[Article], title: str | None = None) -> None:
        self.push_screen(CompareScreen(articles, title))

    def action_back(self) -> None:
        if len(self.screen_stack) > 1:
            self.pop_screen()
        else:
            self.exit()

    def action_help(self) -> None:
        """The keys of what is on screen come first (the compare screen's after "Everywhere", not below the
        library's), then the rest; over the articles, the legend of their gutter leads."""
        if not isinstance(self.screen, HelpScreen):
            here = {type(node) for node in self.screen.walk_children(with_self=True)} | {type(self)}
            ordered = sorted(HELP_SECTIONS, key=lambda section: section[1] not in here)  # stable: else as listed
            self.push_screen(HelpScreen([(title, key_rows(self, cls)) for title, cls in ordered],
                                        legend_first=ArticleView in here))

    def action_command_palette(self) -> None:
        """Textual's own, with a search box that cleans what is pasted into it."""
        if self.use_command_palette and not CommandPalette.is_open(self):
            self.push_screen(PlainCommandPalette(id="--command-palette"))

    def action_next_theme(self) -> None:
        names = self.own_themes or list(self.available_themes)
        index = names.index(self.theme) + 1 if self.theme in names else 0
        self.theme = names[index % len(names)]
        self.notify(f"Theme: {self.theme}", timeout=2, markup=False)

    def get_system_commands(self, screen: Screen) -> Iterable[SystemCommand]:
        """Textual's commands, less those our own bindings restate (a second "Quit") or do better (its "Keys"
        panel lists a part of what help does; its "Maximize" zooms one list, not the side that `z` zooms), then
        ours."""
        chain = list(screen.focused.ancestors_with_self) if screen.focused else []
        own = [*commands(self, [*chain, *screen.query("*"), screen, self], {cls: t for t, cls in HELP_SECTIONS}),
               *(SystemCommand(f"Theme: {name}", "switch to this theme (remembered for next time)",
                               partial(setattr, self, "theme", name)) for name in self.own_themes)]
        titles = {command.title for command in own} | SUPERSEDED_COMMANDS
        yield from (command for command in super().get_system_commands(screen) if command.title not in titles)
        yield from own


HELP_SECTIONS = [
    ("Everywhere", NewsviewApp), ("Library", LibraryScreen), ("Library filter box", FilterBox),
    ("Compare", CompareScreen),
    ("Article text", ArticleView), ("Lists in the panels", ItemList), ("Entities panel", EntitiesPanel),
    ("Statements panel", StatementsPanel), ("Facts panel", FactsPanel), ("Summary panel", SummaryPanel),
    ("Search box", SearchBar),
    ("Choosing the articles shown", ColumnsScreen), ("Article details", InfoScreen), ("Help", HelpScreen),
]
