"""Article text on screen: shown literally, free of control sequences, wrapped and painted lazily."""

from __future__ import annotations

import time
from dataclasses import replace

import pytest
from rich.text import Text

from newsview.analysis.model import Comparison, Entity, Mention
from newsview.corpus.model import Corpus, Story
from newsview.ui.highlights import Item, Layers, article_marks, differences, find_matches, gutter_marks, item_spans
from newsview.ui.widgets.article_view import ArticleView, wrap_offsets
from ui_fixtures import (ARTICLE_A, ARTICLE_B, ARTICLE_C, article, build_comparison, build_three, make_app, open_story,
                         rendered, screen_lines, views)

HOSTILE = "Hello \x1b[2J\x1b]52;c;SGVsbG8=\x07world \x1b]0;PWNED\x07 and \u009b6n [bold]x[/bold] [$accent]\ttab"


def test_wrap_keeps_offsets_and_breaks_long_words():
    text = "hello world foo\n\nabcdefghijklmnop x"
    starts, ends = wrap_offsets(text, 5)
    lines = [text[s:e] for s, e in zip(starts, ends)]
    assert lines == ["hello ", "world ", "foo", "", "abcde", "fghij", "klmno", "p x"]
    assert wrap_offsets("", 10) == ([0], [0])
    wide = "日本語の記事です"
    starts, ends = wrap_offsets(wide, 6)  # three double-width characters a line
    assert [wide[s:e] for s, e in zip(starts, ends)] == ["日本語", "の記事", "です"]


async def test_markup_in_the_text_is_shown_literally():
    app = make_app()
    async with app.run_test(size=(160, 45)) as pilot:
        screen = await open_story(pilot)
        a = views(screen)[ARTICLE_A.id]
        start = ARTICLE_A.text.index("[bold]")
        assert "[bold]not bold[/bold] [$accent]" in rendered(a, start, start + 30)


async def test_control_sequences_never_reach_a_rendered_line_and_offsets_hold():
    hostile = article(HOSTILE, "Evil \x1b]0;PWNED\x07Times", "Title \x1b[31mred\x1b[0m [b]x[/b]", "evil")
    corpus = Corpus((hostile, ARTICLE_B), (Story("s", "Story \x1b[2J [i]x[/i]", (hostile, ARTICLE_B)),))
    app = make_app(corpus_=corpus, analyse=lambda articles, settings, progress=None: Comparison(
        tuple(articles), (), (), ()))
    async with app.run_test(size=(160, 45)) as pilot:
        table = app.screen.query_one("#library")
        cells = [str(c) for i in range(table.row_count) for c in table.get_row_at(i)]
        assert "Story  [i]x[/i]" in cells and "Title red [b]x[/b]" in "".join(cells)
        screen = await open_story(pilot)
        view = views(screen)[hostile.id]
        assert len(view.text) == len(HOSTILE)  # cleaned with blanks, so analysis offsets stay valid
        assert view.text[HOSTILE.index("world"):].startswith("world")
        rendered = "".join(view.render_line(y).text for y in range(view.line_count))
        assert not any(ch in rendered for ch in "\x1b\x07\x9b\t") and "PWNED" not in rendered
        assert "[bold]x[/bold] [$accent]" in rendered
        headers = " ".join(str(s.render()) for s in screen.query(".article-meta, .article-title, #compare-title"))
        assert "\x1b" not in headers and "Evil Times" in headers and "Story [i]x[/i]" in headers  # on one line


async def test_an_escape_sequence_leaves_no_gap_in_the_text_and_marks_stay_on_their_words():
    text = "The \x1b[1mstorm\x1b[0m hit Port\x1b]0;PWNED\x07 Vale on Tues\x1b[31mday\r\nand more."
    coloured = article(text, "Colours", "Storm", "colours")
    start, end = text.index("storm"), text.index("storm") + 5
    storm = Entity("e-storm", "storm", "EVENT", ("storm",), (Mention(coloured.id, start, end, "storm"),))
    corpus = Corpus((coloured, ARTICLE_B), (Story("s", "Storm", (coloured, ARTICLE_B)),))
    app = make_app(corpus_=corpus, analyse=lambda articles, settings, progress=None: Comparison(
        tuple(articles), (storm,), (), ()))
    async with app.run_test(size=(160, 45)) as pilot:
        screen = await open_story(pilot)
        view = views(screen)[coloured.id]
        assert len(view.text) == len(text)  # offsets hold
        lines = [view.render_line(y) for y in range(view.line_count)]
        assert [line.text[2:].rstrip() for line in lines] == ["The storm hit Port Vale on Tuesday", "and more."]
        first = lines[0]
        styled = "".join(seg.text for seg in first if seg.style and seg.style.bold)
        assert styled == "storm"  # the entity's mark on its word, not shifted by the hidden sequence before it
        assert not any(ch in "".join(line.text for line in lines) for ch in "\x00\x1b\x07\r")
        await pilot.press("slash", *"tuesday")  # found as shown, though a sequence split it in the file
        assert (coloured.id, text.index("Tues"), text.index("day") + 3) in screen.matches


async def test_a_50000_word_article_opens_and_scrolls_quickly():
    paragraph = " ".join(f"word{i % 97} Port Vale storm" for i in range(50)) + "."
    big_text = "\n\n".join(f"{k}. {paragraph}" for k in range(250))  # 50,000+ words
    big = article(big_text, "Long Read", "Everything about the storm", "big")
    assert big.words >= 50_000
    corpus = Corpus((big, ARTICLE_B), (Story("s", "Long", (big, ARTICLE_B)),))
    app = make_app(corpus_=corpus, analyse=lambda articles, settings, progress=None: Comparison(
        tuple(articles), (), (), ()))
    app.animation_level = "none"  # measure the work, not the smooth-scroll animation
    async with app.run_test(size=(160, 45)) as pilot:
        started = time.perf_counter()
        screen = await open_story(pilot)
        opened = time.perf_counter() - started
        view = views(screen)[big.id]
        view.focus()
        started = time.process_time()  # CPU time: the pilot's waits and a busy machine do not count
        for _ in range(40):
            await pilot.press("pagedown")
        await pilot.pause()
        per_page = (time.process_time() - started) / 40
        assert view.scroll_y > 1000
        assert len(view._cache) <= 600  # only lines that were on screen were ever styled
        await pilot.press("G")
        await pilot.pause()
        assert view.scroll_y == view.max_scroll_y
        view.scroll_to(y=view.max_scroll_y // 2, animate=False, immediate=True)
        started = time.perf_counter()
        for y in range(view.size.height):  # a full screen of lines never seen before
            view.render_line(y)
        screenful = time.perf_counter() - started
        await pilot.press("slash", *"word42 ")
        assert len(screen.matches) == 250
    assert opened < 5 and per_page < 0.15 and screenful < 0.05, (opened, per_page, screenful)


def test_marks_follow_the_toggles_and_the_selection():
    comparison = build_comparison()
    variables = {"nv-person": "#ff0000", "nv-shared": "#00ff00", "foreground": "#ffffff"}
    everything = article_marks(comparison, ARTICLE_A.id, Layers(), variables)
    none = article_marks(comparison, ARTICLE_A.id, Layers(False, False, False), variables)
    assert len(everything) > 10 and none == []
    selected = item_spans(comparison, Item("entity", "e-doe"))
    assert selected == {ARTICLE_A.id: [(ARTICLE_A.text.index("Jane Doe"),) * 1 + (ARTICLE_A.text.index("Jane Doe")
                                                                                   + 8,)],
                        ARTICLE_B.id: [(ARTICLE_B.text.index("Doe"), ARTICLE_B.text.index("Doe") + 3)]}
    marks = article_marks(comparison, ARTICLE_A.id, Layers(False, False, False), variables, selected)
    assert [(m.start, m.end) for m in marks] == selected[ARTICLE_A.id] and marks[0].style.bold
    quote = item_spans(comparison, Item("statement", "s-a1"))
    assert set(quote) == {ARTICLE_A.id, ARTICLE_B.id}  # a statement brings its matches along
    person = next(m for m in everything if m.start == ARTICLE_A.text.index("Jane Doe") and m.style.color)
    assert person.style.color.triplet.hex == "#ff0000"


def test_differences_in_reading_order_and_gutter_statuses():
    comparison = build_comparison()
    assert [f.id for f in differences(comparison)] == ["f-storm", "f-injured", "f-governor", "f-power"]
    # among three, a fact two of them carry is a difference: the third left it out
    assert [f.id for f in differences(build_three())] == ["f-governor", "f-schools"]
    statuses = [g.status for g in gutter_marks(comparison, ARTICLE_B.id)]
    assert statuses == ["conflict", "shared", "conflict", "shared", "only", "shared"]


def test_search_is_case_insensitive():
    assert find_matches("Port Vale, port vale", "PORT") == [(0, 4), (11, 15)]
    assert find_matches("abc", "") == []


async def test_search_typed_with_straight_quotes_finds_curly_ones_and_dashes():
    typeset = [article(f"The mayor’s “plan” — a U‑turn, said report {n}.", f"Outlet {n}", f"T{n}", f"q{n}")
               for n in (1, 2)]
    app = make_app(corpus_=Corpus(tuple(typeset), (Story("s", "Plan", tuple(typeset)),)))
    async with app.run_test(size=(120, 30)) as pilot:
        screen = await open_story(pilot)
        await pilot.press("slash", *"mayor's")
        texts = {a.id: a.text for a in typeset}
        assert [texts[aid][start:end] for aid, start, end in screen.matches] == ["mayor’s", "mayor’s"]
        await pilot.press("ctrl+u", *'"plan" - a u-turn')
        assert len(screen.matches) == 2


async def test_the_library_filter_typed_with_straight_quotes_finds_curly_titles():
    typeset = [article(f"Report {n} on the plan.", "Outlet", f"Mayor’s “plan” {n}", f"r{n}") for n in (1, 2)]
    app = make_app(corpus_=Corpus(tuple(typeset), (Story("s", "The mayor’s U‑turn", tuple(typeset)),)))
    async with app.run_test(size=(120, 30)) as pilot:
        await pilot.press("slash", *"mayor's u-turn")
        assert app.screen.query_one("#library").row_count == 3


def test_view_text_is_plain_text_never_markup():
    view = ArticleView(article("[bold]x[/bold]", "o", "t", "n"))
    assert view.text == "[bold]x[/bold]" and isinstance(Text(view.text), Text)


EVIL = "[bold red]Evil[/] \x1b[31mred"


def evil_comparison(articles) -> Comparison:
    """The fixture comparison with markup and an escape in every string the analysis takes from article text."""
    full = build_comparison()
    said = full.statements[0]
    fact = full.facts[0]
    return replace(
        full, articles=tuple(articles),
        entities=(replace(full.entities[0], name=EVIL, aliases=(EVIL, "Vale")), *full.entities[1:]),
        statements=(replace(said, speaker=replace(said.speaker, text=EVIL, entity=None),
                            content=replace(said.content, text=EVIL)), *full.statements[1:]),
        facts=(replace(fact, members=tuple(replace(m, text=EVIL) for m in fact.members),
                       conflicts=tuple(replace(c, values={k: EVIL for k in c.values}) for c in fact.conflicts)),
               *full.facts[1:]),
        warnings=(f"/tmp/{EVIL}.txt: analysis failed",))


async def test_markup_and_escapes_from_the_analysis_show_literally_in_every_panel_and_notice():
    app = make_app(analyse=lambda articles, settings, progress=None: evil_comparison(articles))
    async with app.run_test(size=(160, 45)) as pilot:
        await open_story(pilot)
        literal = "[bold red]Evil[/] red"  # the escape sequence dropped, the markup kept as typed
        for panel in ("1", "2", "3", "4"):
            await pilot.press(panel)
            await pilot.pause()
            lines = "\n".join(screen_lines(app))
            assert literal in lines and "\x1b" not in lines, panel
        notice = next(n for n in app._notifications if n.title == "Not analysed")
        assert not notice.markup and "[bold red]Evil[/]" in notice.message and "\x1b" not in notice.message


async def test_markup_in_an_outlet_and_in_a_search_or_filter_is_never_applied():
    evil_c = replace(ARTICLE_C, outlet=EVIL)
    articles = (ARTICLE_A, ARTICLE_B, evil_c)
    full = build_three()
    app = make_app(corpus_=Corpus(articles, (Story("s", "Storm", articles),)),
                   analyse=lambda arts, settings, progress=None: replace(full, articles=tuple(arts)))
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("slash", *"[/]")  # the library filter: an unbalanced closing tag is just text
        assert "filter “[/]”" in str(app.screen.query_one("#library-status").render())
        await pilot.press("escape", "enter")
        await pilot.pause()
        await pilot.press("slash", *"schools", "enter")  # found in the hidden third column, which comes into view
        swap = next(n for n in app._notifications if n.message.startswith("Showing"))
        assert not swap.markup and "[bold red]Evil[/]" in swap.message
        await pilot.press("ctrl+u", *"[bold]not")  # the article's literal markup is searchable as typed
        await pilot.pause()
        assert "1/1 in column 1" in screen_lines(app)[-3] and "[bold]not" in screen_lines(app)[-3]
        await pilot.press("escape", "v")  # the dialog that picks the columns names the outlet as it is
        await pilot.pause()
        assert any("3 [bold red]Evil[/] red · Storm closes" in line for line in screen_lines(app))


async def test_escape_sequences_pasted_into_the_search_or_the_filter_never_reach_the_terminal():
    from textual import events

    app = make_app()
    async with app.run_test(size=(120, 30)) as pilot:
        pasted = "\x1b[31mharbour\x07 [bold]x[/]"
        await pilot.press("slash")
        app.screen.query_one("#library-filter").post_message(events.Paste(pasted))
        await pilot.pause()
        assert app.screen.query_one("#library-filter").value == "harbour [bold]x[/]"
        await pilot.press("escape", "enter")
        screen = await open_story(pilot)
        await pilot.press("slash")
        box = screen.query_one("#search-input")
        box.post_message(events.Paste(pasted))
        await pilot.pause()
        assert box.value == "harbour [bold]x[/]"  # the markup stays literal, as typed
        assert not any("\x1b" in line or "\x07" in line for line in screen_lines(app))


async def test_escape_sequences_pasted_into_the_command_palette_never_reach_the_terminal():
    from textual import events
    from textual.command import CommandInput

    app = make_app()
    async with app.run_test(size=(120, 30)) as pilot:
        await pilot.press("ctrl+p")
        box = app.screen.query_one(CommandInput)
        box.post_message(events.Paste("\x1b]0;PWNED\x07\x1b[31mtheme"))
        await pilot.pause()
        assert box.value == "theme"
        await pilot.pause(0.5)  # the palette searches as it would for typed words
        lines = screen_lines(app)
        assert not any("\x1b" in line or "PWNED" in line for line in lines)
        assert any("Next theme" in line for line in lines)


@pytest.mark.parametrize("n, noun, said", [(1, "entity", "1 entity"), (2, "entity", "2 entities"),
                                           (1200, "story", "1,200 stories"), (0, "fact", "0 facts")])
def test_counts_read_as_people_say_them(n, noun, said):
    from newsview.wording import counted

    assert counted(n, noun) == said


async def test_with_every_highlight_off_the_text_keeps_the_themes_colours():
    """Rich draws a line with no styled span as bare text: the terminal's own colours, not the theme's (dark on a
    light theme's background on a dark terminal)."""
    app = make_app(theme="newsview-light")
    async with app.run_test(size=(160, 45)) as pilot:
        screen = await open_story(pilot)
        await pilot.press("e", "s", "f")
        view = views(screen)[ARTICLE_A.id]
        strip = view._render_text_line(view.line_of(ARTICLE_A.text.index("Background")), 60)
        assert all(seg.style and seg.style.color and seg.style.bgcolor for seg in strip if seg.text.strip())
