"""The real app on the bundled seed pair with the real analysis: the flows a new user follows."""

from __future__ import annotations

import io

from rich.console import Console

from newsview.config import load_config
from newsview.corpus import load_corpus
from newsview.ui.app import NewsviewApp
from newsview.ui.highlights import Item
from newsview.ui.screens.compare import CompareScreen
from ui_fixtures import open_story, rendered, views, visible


def seed_app() -> NewsviewApp:
    config = load_config(None)
    return NewsviewApp(config, load_corpus(config))


async def test_seed_pair_opens_side_by_side_with_every_panel_filled():
    app = seed_app()
    async with app.run_test(size=(160, 45)) as pilot:
        screen = await open_story(pilot)
        assert isinstance(screen, CompareScreen) and screen.comparison is not None
        assert [a.outlet for a in screen.articles] == ["Newsweek", "ABC News"]
        for panel in ("EntitiesPanel", "StatementsPanel", "FactsPanel"):
            assert screen.query_one(panel).items.option_count > 0
        console = Console(record=True, width=120, file=io.StringIO())
        console.print(screen.query_one("#summary-table").content)
        summary = console.export_text()
        assert "Newsweek" in summary and "ABC News" in summary, summary


async def test_following_a_shared_fact_and_the_conflict_into_both_texts():
    app = seed_app()
    async with app.run_test(size=(160, 45)) as pilot:
        screen = await open_story(pilot)
        comparison = screen.comparison
        newsweek, abc = views(screen).values()
        shared = [f for f in comparison.facts if f.status == "shared" and len(f.articles) == 2]
        last = max(shared, key=lambda f: min(m.start for m in f.members if m.article == newsweek.article.id))
        await pilot.press("3")
        screen.query_one("FactsPanel").items.show_item(Item("fact", last.id))
        await pilot.press("enter")
        assert screen.selected == Item("fact", last.id)
        for view in (newsweek, abc):
            member = next(m for m in last.members if m.article == view.article.id)
            assert visible(view, member.start)
        conflict = next(f for f in comparison.facts if f.status == "conflict")
        while screen.selected != Item("fact", conflict.id):
            await pilot.press("n")
        for view in (newsweek, abc):
            start, end = conflict.conflicts[0].spans[view.article.id]
            assert visible(view, start)
            assert conflict.conflicts[0].values[view.article.id] in rendered(view, start, end)
