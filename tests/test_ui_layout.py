"""What the reader sees at the edges: long outlet names, narrow and wide terminals, skipped files."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace

from rich.style import Style
from textual import events
from textual.geometry import Size
from textual.widgets import Input

from newsview.analysis.model import Entity, Fact, Member

from newsview.corpus.model import Corpus, Story
from newsview.ui.highlights import Item
from newsview.ui.widgets.panels import EntitiesPanel, FactsPanel, StatementsPanel
from ui_fixtures import (ARTICLE_A, ARTICLE_B, ARTICLE_C, at, fake_analyse, make_app, open_story, plain,
                         screen_lines, three_story_app, views, visible)
from ui_fixtures import mentions as fixture_mentions

LONG = "2b95d2cf-e979-4f9c-ae27-9a5370934f23_1"  # a file name standing in for an unknown outlet


def long_named() -> Corpus:
    articles = tuple(replace(a, outlet=f"{LONG}{n}") for n, a in enumerate((ARTICLE_A, ARTICLE_B, ARTICLE_C)))
    return Corpus(articles, (Story("storm", "Storm in Port Vale", articles),))


async def test_a_long_outlet_name_gives_way_to_the_date_and_length_in_the_column_header():
    for size, words in (((200, 40), 3), ((120, 32), 0)):  # three columns beside the panels; three stacked, narrow
        app = make_app(corpus_=long_named())
        async with app.run_test(size=size) as pilot:
            await open_story(pilot)
            header = screen_lines(app)[1]
            assert header.count("2020-01-03") == 3 and header.count(" words") == words, header
            assert header.count("…") == 3  # cut in the middle: the ends tell them apart
            assert all(f"_1{n} · 2020-01-03" in header for n in range(3))


async def test_a_narrow_column_header_keeps_where_it_stands_among_the_mentions_whole():
    app = make_app(corpus_=long_named())
    async with app.run_test(size=(120, 32)) as pilot:  # three narrow columns, stacked over the panels
        await open_story(pilot)
        await pilot.press("1", "enter")  # Port Vale, twice in each article
        header = screen_lines(app)[1]
        assert header.count("mention 1/2") == 3, header  # the date and the length gave way, not the count
        await pilot.press("escape")
        assert screen_lines(app)[1].count("2020-01-03") == 3


async def test_the_library_fits_the_terminal_and_tells_file_name_outlets_apart():
    for width in (120, 80):
        app = make_app(corpus_=long_named())
        async with app.run_test(size=(width, 24)) as pilot:
            await pilot.press("j", "space")
            lines = screen_lines(app)
            assert lines[1].rstrip().endswith("Words")  # the last column is on screen
            rows = [line for line in lines if "2b95d2cf" in line]
            assert len(rows) == 3 and all(row.split()[-1].replace(",", "").isdigit() for row in rows)
            assert [row.split("…")[1].split()[0][-2:] for row in rows] == ["10", "11", "12"]  # both ends kept
            assert all(len(row.rstrip()) <= width for row in rows) and "✓" in rows[0]


async def test_a_tiny_terminal_keeps_the_library_titles_readable():
    app = make_app(corpus_=long_named())
    async with app.run_test(size=(40, 12)) as pilot:
        await pilot.pause()
        lines = screen_lines(app)
        assert lines[1].split() == ["Outlet", "Title", "Words"]  # the date gives way first
        rows = [line for line in lines if "2b95d" in line]
        assert rows and all(row.split()[-1].replace(",", "").isdigit() for row in rows)  # counts in sight
        title = lines[1].index("Title")
        assert all(len(row[title:].rsplit(None, 1)[0].strip()) >= 10 for row in rows)  # a title, not a few letters
        assert all(row.split()[0].endswith(("_10", "_11", "_12")) for row in rows)  # the outlet cut in the middle
        assert all(len(line) <= 40 for line in lines)


async def test_files_the_corpus_skipped_are_told_in_the_app():
    warnings = tuple(f"/tmp/bad{n}.txt: skipped: empty file" for n in range(7))
    corpus = Corpus((ARTICLE_A, ARTICLE_B), (Story("storm", "Storm", (ARTICLE_A, ARTICLE_B)),), warnings)
    app = make_app(corpus_=corpus)
    async with app.run_test(size=(120, 32)) as pilot:
        await pilot.pause()
        notice = next(n for n in app._notifications if n.title == "7 files skipped")
        assert notice.severity == "warning" and "/tmp/bad0.txt: skipped: empty file" in notice.message
        assert "/tmp/bad5.txt" not in notice.message and notice.message.endswith("and 2 more")


async def test_the_footer_keeps_help_and_back_in_sight_at_80_columns():
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        footer = screen_lines(app)[-1]
        assert "⏎ Open " in footer  # not hidden by the table's own enter
        assert all(key in footer for key in ("space Mark", "c Compare", "q Quit", "? Help")), footer
        await open_story(pilot)
        for focus in ("1", "3", "tab"):  # an article, the entities and facts panels
            footer = screen_lines(app)[-1]
            assert all(key in footer for key in ("n N Difference", "/ Search", "? Help", "q Back")), footer
            await pilot.press(focus)
        assert " conflicting" in screen_lines(app)[-2]


async def test_a_wide_footer_also_shows_the_details_key_which_makes_room_at_80_columns():
    app = make_app()
    async with app.run_test(size=(120, 32)) as pilot:
        await pilot.pause()
        assert "i Details" in screen_lines(app)[-1]
        await open_story(pilot)
        assert "i Details" in screen_lines(app)[-1]
        await pilot.resize_terminal(80, 24)
        await pilot.pause()
        footer = screen_lines(app)[-1]
        assert "i Details" not in footer and "? Help" in footer and "^p Commands" in footer, footer


async def test_below_80_columns_the_footer_gives_the_palette_corner_to_help_and_back():
    app = make_app()
    async with app.run_test(size=(64, 24)) as pilot:
        await open_story(pilot)
        footer = screen_lines(app)[-1]
        assert "? Help" in footer and "q Back" in footer and "^p" not in footer, footer
        await pilot.resize_terminal(80, 24)
        await pilot.pause()
        assert "^p Commands" in screen_lines(app)[-1]


async def test_the_footer_names_the_filter_box_keys_while_it_has_them():
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("slash", *"storm")
        assert screen_lines(app)[-1].startswith(" ⏎ Keep filter  esc Clear filter"), screen_lines(app)[-1]
        await pilot.press("escape")
        assert app.screen.filter == "" and screen_lines(app)[-1].startswith(" ⏎ Open  space Mark")


async def test_a_rebound_key_keeps_its_place_and_group_in_the_footer():
    for keymap, keys in (({"next_difference": "x"}, "x N"), ({"next_difference": "n", "previous_difference": "N"},
                                                            "n N")):  # the second as config.example.yaml has it
        app = make_app(keymap=keymap)
        async with app.run_test(size=(80, 24)) as pilot:
            await open_story(pilot)
            footer = screen_lines(app)[-1]
            assert footer.startswith(f" {keys} Difference  / Search"), footer
            assert "? Help" in footer, footer


async def test_below_60_columns_the_footer_puts_back_and_help_first_so_the_edge_cuts_the_others():
    app = make_app()
    async with app.run_test(size=(48, 24)) as pilot:
        await pilot.pause()
        assert screen_lines(app)[-1].startswith(" q Quit  ? Help  ⏎ Open"), screen_lines(app)[-1]
        await open_story(pilot)
        footer = screen_lines(app)[-1]
        assert footer.startswith(" q Back  ? Help  n N Difference"), footer
        await pilot.resize_terminal(100, 24)
        await pilot.pause()
        assert screen_lines(app)[-1].startswith(" n N Difference"), screen_lines(app)[-1]  # wide: as bound


async def test_the_entities_heading_says_whose_count_is_which():
    app = make_app()
    async with app.run_test(size=(160, 45)) as pilot:
        screen = await open_story(pilot)
        heading = str(screen.query_one(EntitiesPanel).query_one(".panel-heading").render())
        assert heading.splitlines()[-1] == "3 shown · mentions in Daily Planet·The Bugle"


async def test_choosing_an_entity_again_steps_both_articles_to_its_next_mention():
    app = make_app()
    async with app.run_test(size=(160, 45)) as pilot:
        screen = await open_story(pilot)
        a, b = views(screen).values()
        await pilot.press("1", "enter")  # the first row is lit on focus: Port Vale, twice in each article
        assert screen.selected == Item("entity", "e-port-vale")
        first = [v.line_of(v.top_offset()) for v in (a, b)]
        await pilot.press("enter")
        mentions = [at(ARTICLE_A.text, "Port Vale", 1)[0], at(ARTICLE_B.text, "Port Vale", 1)[0]]
        assert all(visible(v, m) for v, m in zip((a, b), mentions))
        assert [v.line_of(v.top_offset()) for v in (a, b)] != first
        assert screen_lines(app)[1].count("mention 2/2") == 2  # each header says where its article stands
        assert not app._notifications  # not a notice per step, piling up over the panel
        await pilot.press("enter")  # past the last: back to the first
        assert screen.occurrence == 0 and [v.line_of(v.top_offset()) for v in (a, b)] == first
        assert screen_lines(app)[1].count("mention 1/2") == 2
        await pilot.press("escape")
        assert "mention" not in screen_lines(app)[1]


def entity_in(a_needle: str, b_needle: str) -> Entity:
    """An entity named by `a_needle` in article A and by `b_needle` in B (as often as each occurs)."""
    return Entity("e-test", a_needle, "GPE", (a_needle,),
                  tuple(fixture_mentions(ARTICLE_A, a_needle) + fixture_mentions(ARTICLE_B, b_needle)))


async def test_m_and_big_m_step_through_an_entitys_mentions_both_ways_round_the_ends_and_say_so():
    app = make_app(analyse=lambda articles, settings, progress=None: replace(
        fake_analyse(articles, settings), entities=(entity_in("Port Vale", "Power"),)), keymap={
        "previous_mention": "M,p"})  # rebound by id, as a user may
    async with app.run_test(size=(160, 45)) as pilot:
        screen = await open_story(pilot)
        a, b = views(screen).values()
        status = lambda: screen_lines(app)[-2]  # noqa: E731
        await pilot.press("m")
        assert screen.selected is None and any("Choose an entity first" in n.message for n in app._notifications)
        await pilot.press("1", "enter")  # twice in A, once in B
        headers = lambda: re.findall(r"mention \d/\d", screen_lines(app)[1])  # noqa: E731
        assert headers() == ["mention 1/2", "mention 1/1"]
        assert "Port Vale: mention 1 of 2 · m next, M previous" in status()
        second = at(ARTICLE_A.text, "Port Vale", 1)
        await pilot.press("m")
        assert headers() == ["mention 2/2", "mention 1/1"] and "mention 2 of 2" in status()  # B stays at its last
        assert visible(a, second[0]) and visible(b, ARTICLE_B.text.index("Power"))
        current = Style(reverse=True, bold=True)
        assert [(m.start, m.end) for m in a._marks if m.style == current] == [second]  # the one it stands at
        await pilot.press("m")  # past the last: round to the first, said in the status line
        assert headers() == ["mention 1/2", "mention 1/1"] and "back to the first" in status()
        await pilot.press("M")  # before the first: round to the last
        assert headers() == ["mention 2/2", "mention 1/1"] and "round to the last" in status()
        await pilot.press("p")
        assert headers() == ["mention 1/2", "mention 1/1"] and "mention 1 of 2" in status()
        await pilot.press("escape")  # the chosen entity cleared: the status line has the totals again
        assert not headers() and "facts" in status() and "mention" not in status()




async def test_a_wrapped_statement_or_fact_row_keeps_its_lead_column_clear():
    app = make_app()
    async with app.run_test(size=(160, 45)) as pilot:
        screen = await open_story(pilot)
        statement = screen.query_one(StatementsPanel).items.get_option_at_index(1).prompt
        lines = plain(statement, width=30).splitlines()
        assert lines[0].startswith(" ≡ Daily Planet: We will") and len(lines) > 1
        assert all(line.startswith(" " * len(" ≡ Daily Planet: ")) for line in lines[1:])
        conflict = plain(screen.query_one(FactsPanel).items.get_option_at_index(0).prompt, width=60).splitlines()
        assert conflict[0].startswith("≠ conflict Daily Planet: The storm")
        assert all(line.startswith(" " * 11) for line in conflict[1:]) and "≠ time:" in "".join(conflict)


async def test_a_fact_row_shows_each_articles_words_and_the_same_words_once():
    app = make_app()
    async with app.run_test(size=(160, 45)) as pilot:
        screen = await open_story(pilot)
        rows = {o.id.split("\0")[1]: plain(o.prompt, width=200).splitlines()
                for o in screen.query_one(FactsPanel).items.options}
        assert [line.strip() for line in rows["f-quote"]] == [
            '= shared   Daily Planet: Mayor Jane Doe said "We will rebuild the harbour."',
            'The Bugle: "We will rebuild the harbour," Mayor Doe said.']
        assert len(rows["f-background"]) == 1 and ":" not in rows["f-background"][0][:24]  # the same words: once


async def test_the_summary_reads_whole_in_the_side_panel():
    app = make_app()
    async with app.run_test(size=(160, 45)) as pilot:
        screen = await open_story(pilot)
        summary = plain(screen.query_one("#summary-table").content, width=56)
        assert "Daily Planet · " in summary and "The Bugle · " in summary
        assert "  facts    = 3 shared  + 1 only  ≠ 2 conflict" in summary.splitlines()
        assert "  quoted   Jane Doe, officials" in summary.splitlines()


async def test_the_summary_scrolls_with_the_vim_keys_too():
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:  # stacked: the summary is taller than its few rows
        screen = await open_story(pilot)
        await pilot.press("4")
        summary = screen.query_one("SummaryPanel")
        assert screen.focused is summary and summary.max_scroll_y > 0
        await pilot.press("j")
        await pilot.pause()
        assert summary.scroll_y == 1
        await pilot.press("G")
        await pilot.pause()
        assert summary.scroll_y == summary.max_scroll_y
        await pilot.press("g")
        await pilot.pause()
        assert summary.scroll_y == 0
        await pilot.press("space")  # and pages as the articles do
        await pilot.pause()
        assert summary.scroll_y == summary.max_scroll_y > 0
        await pilot.press("b")
        await pilot.pause()
        assert summary.scroll_y == 0
        facts = screen.query_one(FactsPanel).items
        await pilot.press("3", "space")
        assert facts.highlighted > 1
        await pilot.press("b")
        assert facts.highlighted == 0


async def test_articles_given_as_paths_open_under_their_story_title():
    corpus = Corpus((ARTICLE_A, ARTICLE_B), (Story("storm", "Storm in Port Vale", (ARTICLE_A, ARTICLE_B)),))
    app = make_app(corpus_=corpus, compare=True)
    async with app.run_test(size=(160, 45)) as pilot:
        await pilot.pause()
        assert screen_lines(app)[0].startswith(" newsview  Storm in Port Vale")


async def test_statements_and_facts_filter_by_article_and_by_what_several_carry():
    app = make_app()
    async with app.run_test(size=(160, 45)) as pilot:
        screen = await open_story(pilot)
        statements = screen.query_one(StatementsPanel)

        def quoted():
            return [o.id.split("\0")[1] for o in statements.items.options if o.id]

        await pilot.press("2")
        assert quoted() == ["s-a1", "s-b1", "s-a2"]
        await pilot.press("a")
        assert quoted() == ["s-a1", "s-a2"] and "a Daily Planet" in str(statements.query_one(".panel-heading").render())
        await pilot.press("c")
        assert quoted() == ["s-a1"]
        await pilot.press("a", "a")  # back to every article: both carried quotes
        assert quoted() == ["s-a1", "s-b1"]
        await pilot.press("A")  # the other way round: from every article to the last one
        assert quoted() == ["s-b1"] and "a The Bugle" in str(statements.query_one(".panel-heading").render())
        await pilot.press("A", "A")
        assert statements.article is None
        facts = screen.query_one(FactsPanel)
        await pilot.press("3", "a", "a", "d")  # what the second article reports differently, in its own words
        rows = [plain(o.prompt) for o in facts.items.options]
        assert len(rows) == 3 and rows[0].startswith("≠ conflict The Bugle: The storm struck Port Vale late Tuesday")
        assert rows[0].splitlines()[1].strip().startswith("Daily Planet: The storm hit")  # the other's words under it
        assert rows[-1].startswith("+ only     The Bugle: Power was out")


async def test_titles_made_from_the_lead_are_left_out_and_real_titles_keep_the_texts_level():
    lead_titled = tuple(replace(a, title=a.text.split(",")[0].upper() + "…") for a in (ARTICLE_A, ARTICLE_B))
    for articles, titled in ((lead_titled, False), ((ARTICLE_A, replace(ARTICLE_B, title="A " * 80)), True)):
        app = make_app(corpus_=Corpus(articles, (Story("storm", "Storm", articles),)))
        async with app.run_test(size=(160, 45)) as pilot:
            screen = await open_story(pilot)
            assert len(screen.query(".article-title")) == (2 if titled else 0)
            assert len({v.region.y for v in views(screen).values()}) == 1  # both texts start on the same row


async def test_the_focused_pane_is_marked_in_its_header_and_the_mark_follows_the_focus():
    app = make_app()
    async with app.run_test(size=(160, 45)) as pilot:
        screen = await open_story(pilot)
        first, second = screen.query(".article-meta")
        heading = screen.query_one(EntitiesPanel).query_one(".panel-heading")
        focused, unfocused = first.styles.background, second.styles.background
        assert focused != unfocused  # the first article has the keys
        for key, marked in (("tab", second), ("tab", heading), ("tab", first)):
            await pilot.press(key)
            await pilot.pause()
            assert [h.styles.background for h in (first, second, heading)] == \
                [focused if h is marked else unfocused for h in (first, second, heading)], key


async def test_a_long_story_title_leaves_room_for_the_note_of_hidden_columns():
    articles = (ARTICLE_A, ARTICLE_B, ARTICLE_C)
    app = make_app(corpus_=Corpus(articles, (Story("storm", "A very long story title " * 5, articles),)))
    async with app.run_test(size=(80, 24)) as pilot:
        await open_story(pilot)
        title = screen_lines(app)[0]
        assert title.startswith(" newsview  A very long st…")
        assert title.rstrip().endswith("showing 2 of 3; hidden: 3 Third Post   v to choose")


async def test_no_rule_is_drawn_after_the_last_column_shown():
    articles = (ARTICLE_A, ARTICLE_B, ARTICLE_C)
    app = make_app(corpus_=Corpus(articles, (Story("storm", "Storm", articles),)))
    async with app.run_test(size=(200, 30)) as pilot:  # all three fit
        await open_story(pilot)
        await pilot.resize_terminal(80, 24)  # two of three fit: the third is hidden
        await pilot.pause()
        for line in screen_lines(app)[1:6]:
            assert line.count("▕") == 1 and line[-1] != "▕", line  # one rule, between the two


async def test_on_a_narrow_terminal_the_note_of_hidden_columns_shortens_but_stays_whole():
    articles = (ARTICLE_A, ARTICLE_B, replace(ARTICLE_C, outlet=LONG))  # a file name for an outlet: a long note
    app = make_app(corpus_=Corpus(articles, (Story("storm", "A very long story title " * 5, articles),)))
    async with app.run_test(size=(80, 24)) as pilot:
        await open_story(pilot)
        title = screen_lines(app)[0].rstrip()
        assert title.startswith(" newsview  A very long") and title.endswith("showing 2 of 3; hidden: 3   v to choose")
        await pilot.resize_terminal(40, 12)
        await pilot.pause()
        title = screen_lines(app)[0].rstrip()
        assert title.startswith(" newsview  A very long") and title.endswith("1 of 3 · v") and len(title) <= 40


async def test_a_resize_fits_the_title_and_its_note_to_the_new_width():
    articles = (ARTICLE_A, ARTICLE_B, ARTICLE_C)
    app = make_app(corpus_=Corpus(articles, (Story("storm", "A very long story title " * 5, articles),)))
    async with app.run_test(size=(160, 45)) as pilot:
        screen = await open_story(pilot)
        # as a terminal delivers it: the event's size, before the screen's own has changed
        screen.on_resize(events.Resize(Size(90, 30), Size(90, 30)))
        await pilot.pause()
        title = str(screen.query_one("#compare-title").render())
        assert len(title) <= 90 and "…" in title and title.endswith("v to choose") and "showing 2 of 3" in title


async def test_z_zooms_the_focused_side_and_choosing_a_row_there_shows_the_articles_again():
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_story(pilot)
        await pilot.press("z")
        assert screen.maximized is screen.query_one("#articles")
        await pilot.press("z")
        assert screen.maximized is None
        def fact_rows():
            return sum(line.startswith(("= shared", "+ only", "≠ conflict")) for line in screen_lines(app))

        await pilot.press("3")
        stacked = fact_rows()
        await pilot.press("z")
        await pilot.pause()
        assert screen.maximized is screen.query_one("#panels") and fact_rows() > stacked
        await pilot.press("enter")
        assert screen.maximized is None and screen.selected == Item("fact", "f-storm")


async def test_z_gives_the_panels_the_whole_width_beside_the_articles_too():
    app = make_app()
    async with app.run_test(size=(160, 45)) as pilot:
        screen = await open_story(pilot)
        panels = screen.query_one("#panels")
        await pilot.press("3")
        assert not screen.has_class("-stacked") and panels.size.width < 80  # beside the articles
        await pilot.press("z")
        await pilot.pause()
        assert panels.outer_size.width == 160


async def test_with_a_side_zoomed_tab_moves_only_among_the_panes_in_sight():
    app = make_app()
    async with app.run_test(size=(160, 45)) as pilot:
        screen = await open_story(pilot)
        a, b = views(screen).values()
        panel = screen.query_one(EntitiesPanel).items
        await pilot.press("1", "z")
        for key in ("tab", "shift+tab", "l", "h"):  # the articles are hidden: the keys stay in the panel
            await pilot.press(key)
            assert screen.focused is panel and screen.in_sight(screen.focused)
        await pilot.press("z", "tab", "z")  # the articles zoomed, the first one focused
        assert screen.maximized is screen.query_one("#articles") and screen.focused is a
        await pilot.press("tab")
        assert screen.focused is b
        await pilot.press("tab")
        assert screen.focused is a  # round to the first article, not to the hidden panel
        await pilot.press("3")  # asking for a panel shows it
        assert screen.maximized is None and screen.focused is screen.query_one(FactsPanel).items
        await pilot.press("z", "slash")  # searching the articles shows them
        assert screen.maximized is None and isinstance(screen.focused, Input)


async def test_search_reaches_a_hidden_column_and_brings_it_into_view():
    articles = (ARTICLE_A, ARTICLE_B, ARTICLE_C)
    app = make_app(corpus_=Corpus(articles, (Story("storm", "Storm", articles),)))
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await open_story(pilot)
        assert ARTICLE_C.id not in screen.shown
        await pilot.press("slash", *"schools")  # only the third article says it
        await pilot.pause()
        assert len(screen.matches) == 1 and ARTICLE_C.id in screen.shown
        assert visible(views(screen)[ARTICLE_C.id], ARTICLE_C.text.index("Schools"))
        assert str(screen.query_one("#search-count").render()) == "1/1 in column 3"


async def test_a_wrapped_entity_row_keeps_its_type_column_clear():
    app = make_app()
    async with app.run_test(size=(160, 45)) as pilot:
        screen = await open_story(pilot)
        items = screen.query_one(EntitiesPanel).items
        jane = next(o.prompt for o in items.options if "Jane Doe" in plain(o.prompt))
        lines = plain(jane, width=20).splitlines()
        assert lines[0].startswith("PERSON Jane Doe") and len(lines) > 1
        assert all(line.startswith(" " * 7) for line in lines[1:])


async def test_a_long_entity_type_reads_as_a_word_in_the_type_column_not_cut():
    app = make_app()
    async with app.run_test(size=(160, 45)) as pilot:
        screen = await open_story(pilot)
        await pilot.press("1", "t")  # all types: the harbour, only ever described, is a NOMINAL
        rows = [plain(o.prompt) for o in screen.query_one(EntitiesPanel).items.options]
        assert any(row.startswith("THING  the harbour") for row in rows), rows
        assert not any(row.startswith("NOMINA") for row in rows)


async def test_closing_the_search_gives_the_keys_to_the_article_with_the_match():
    app = make_app()
    async with app.run_test(size=(160, 45)) as pilot:
        screen = await open_story(pilot)
        await pilot.press("slash", *"power", "escape")  # only the second article says it
        assert screen.focused is views(screen)[ARTICLE_B.id]
        await pilot.press("3", "slash", *"nothing like this", "escape")
        assert screen.focused is screen.query_one(FactsPanel).items  # no match: back where the reader was


async def test_the_library_filters_stories_by_words_of_a_title_or_outlet():
    app = make_app()
    async with app.run_test(size=(120, 30)) as pilot:
        screen = app.screen
        table = screen.query_one("#library")
        status = lambda: str(screen.query_one("#library-status").render())  # noqa: E731
        await pilot.press("slash", *"bugle")  # an outlet of the storm story
        assert table.row_count == 3 and status() == "filter “bugle”: 1 of 2 stories · enter keeps the filter, " \
                                                    "escape clears it"
        await pilot.press("enter")  # keeps the filter, back to the table
        assert screen.focused is table and table.row_count == 3
        await pilot.press("j", "space")  # escape would clear the filter first, and the line says so
        assert status() == "filter “bugle”: 1 of 2 stories · escape clears the filter · 1 marked: c compares them"
        await pilot.press("slash", "ctrl+u", *"bugle weekly")  # no story has both words
        assert table.row_count == 0
        assert str(screen.query_one("#library-status").render()).startswith("no story has every word of “bugle weekly”")
        assert screen_lines(app)[1].split() == ["Outlet", "Date", "Title", "Words"]  # the headings stay whole
        await pilot.press("enter", "space", "enter")  # nothing to mark or open: no error
        assert app.screen is screen
        await pilot.press("escape")  # clears the filter
        assert table.row_count == 5 and not screen.query_one("#library-filter").display
        assert status() == "1 marked: c compares them, escape clears"
        await pilot.press("escape")  # then the marks
        assert not screen.marked and status().startswith("enter opens a story")


async def test_the_library_columns_hold_still_while_a_filter_is_typed():
    app = make_app()
    async with app.run_test(size=(60, 20)) as pilot:
        await pilot.pause()
        headings = screen_lines(app)[1]
        assert "Date" not in headings  # too narrow for it
        for typed in ("bugle", "zzz"):  # a story left, then none
            await pilot.press("slash", "ctrl+u", *typed)
            assert screen_lines(app)[1] == headings


async def test_the_library_status_fits_80_columns_and_says_what_is_marked():
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        status = screen_lines(app)[-2].rstrip()
        assert status.endswith("then c compares them") and len(status) <= 80
        await pilot.press("j", "space")
        assert screen_lines(app)[-2].strip() == "1 marked: c compares them, escape clears"


async def test_choosing_a_statement_again_keeps_the_articles_on_its_words():
    app = make_app()
    async with app.run_test(size=(160, 45)) as pilot:
        screen = await open_story(pilot)
        await pilot.press("2", "j", "enter")  # the mayor's quote, carried by both
        where = [v.top_offset() for v in views(screen).values()]
        await pilot.press("enter")
        assert [v.top_offset() for v in views(screen).values()] == where and screen.occurrence == 0


async def test_facts_sort_conflicts_first():
    app = make_app()
    async with app.run_test(size=(160, 45)) as pilot:
        screen = await open_story(pilot)
        facts = screen.query_one(FactsPanel)

        def order():
            return [o.id.split("\0")[1] for o in facts.items.options]

        reading = order()
        await pilot.press("3", "o")
        assert order() == ["f-storm", "f-injured", "f-governor", "f-power", "f-quote", "f-background", "f-months"]
        assert "o conflicts first" in str(facts.query_one(".panel-heading").render())
        await pilot.press("o")
        assert order() == reading


async def test_an_undated_article_shows_a_dash_in_the_library():
    undated = replace(ARTICLE_A, date=None)
    app = make_app(corpus_=Corpus((undated, ARTICLE_B), (Story("storm", "Storm", (undated, ARTICLE_B)),)))
    async with app.run_test(size=(120, 30)) as pilot:
        await pilot.pause()
        table = app.screen.query_one("#library")
        assert [str(table.get_row_at(i)[2]) for i in (1, 2)] == ["—", "2020-01-03"]


async def test_stacked_the_panels_get_more_rows_while_they_have_the_keys():
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_story(pilot)
        panels = screen.query_one("#panels")
        reading = panels.region.height
        await pilot.press("3")
        await pilot.pause()
        assert panels.region.height > reading
        assert all(v.scrollable_content_region.height >= 8 for v in views(screen).values())  # the texts still read
        await pilot.press("tab")  # back to an article: it gets the room again
        await pilot.pause()
        assert panels.region.height == reading


async def test_a_short_terminal_still_shows_lines_of_the_articles():
    app = make_app()
    async with app.run_test(size=(80, 14)) as pilot:
        screen = await open_story(pilot)
        assert all(v.scrollable_content_region.height >= 4 for v in views(screen).values())
        assert screen.query_one("#panels").region.height >= 5  # tabs, heading and a row; z gives it the screen


async def test_the_dialog_choosing_the_articles_reads_whole_on_a_small_terminal():
    app = three_story_app()
    async with app.run_test(size=(60, 20)) as pilot:
        await open_story(pilot)
        await pilot.press("v")
        await pilot.pause()
        text = " ".join(line.strip(" │╭╮╰╯") for line in screen_lines(app))
        assert "escape cancels" in text  # the heading wraps in the dialog, not cut at its edge
        assert "chosen: 1 · 1 column fits side by side here" in text


async def test_at_60_columns_the_library_status_says_less_and_the_footer_keeps_help():
    app = make_app()
    async with app.run_test(size=(60, 20)) as pilot:
        await pilot.pause()
        assert screen_lines(app)[-2].strip() == "enter opens; space marks, c compares"
        assert screen_lines(app)[-1].rstrip().endswith("q Quit  ? Help")
        await pilot.press("slash", *"storm")
        assert screen_lines(app)[-2].strip() == "“storm”: 1 of 2 · enter keeps, escape clears"


async def test_a_long_list_is_measured_at_one_width_and_a_resize_that_keeps_the_columns_refills_nothing(monkeypatch):
    from newsview.ui.widgets import panels

    many = tuple(Fact(f"f{n}", "only", (Member(ARTICLE_A.id, 0, 3, f"fact number {n} " * 8),), 0.0)
                 for n in range(120))
    widths, refills = Counter(), Counter()
    drawn = panels.Hanging._draw

    def counted_draw(self, console, width):
        widths[width] += 1
        return drawn(self, console, width)

    monkeypatch.setattr(panels.Hanging, "_draw", counted_draw)
    monkeypatch.setattr(panels.Panel, "refill", lambda self, refill=panels.Panel.refill: (
        refills.update([type(self).__name__]), refill(self)))
    app = make_app(analyse=lambda articles, settings, progress=None: replace(
        fake_analyse(articles, settings), facts=many))
    async with app.run_test(size=(160, 45)) as pilot:
        await open_story(pilot)
        widths.clear()
        await pilot.press("3")
        await pilot.pause()
        assert list(widths.values()) == [120]  # every row drawn once, to measure and show it, at one width
        refills.clear()
        await pilot.resize_terminal(150, 45)  # still both columns
        await pilot.pause()
        assert not refills
