"""Snapshots of the library, compare and help screens on the bundled seed pair, dark and light.

The compare snapshots wait for the real analysis to finish, so they change when the engine's output does:
review with `pytest --snapshot-report`, accept with `pytest tests/test_ui_snapshots.py --snapshot-update`.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import pytest_textual_snapshot

from newsview.config import load_config
from newsview.corpus import load_corpus
from newsview.ui.app import NewsviewApp
from ui_fixtures import settle


class SnapshotsBesideTests(pytest_textual_snapshot.SVGImageExtension):
    """Keep the SVGs in tests/snapshots/<test module>/."""

    @classmethod
    def dirname(cls, *, test_location) -> str:
        return str(Path(test_location.filepath).parent / "snapshots" / test_location.basename)


@pytest.fixture(autouse=True)
def snapshot_folder(monkeypatch):
    monkeypatch.setattr(pytest_textual_snapshot, "SVGImageExtension", SnapshotsBesideTests)


def seed_app(theme: str) -> NewsviewApp:
    config = load_config(None)
    config = type(config)(config.path, config.sources, config.stories, config.analysis,
                          type(config.ui)(theme=theme))
    return NewsviewApp(config, load_corpus(config))


async def open_seed_story(pilot) -> None:
    await pilot.press("enter")
    await settle(pilot)


THEMES = ["newsview-dark", "newsview-light"]


@pytest.mark.parametrize("theme", THEMES)
def test_library(snap_compare, theme):
    assert snap_compare(seed_app(theme), terminal_size=(120, 30))


@pytest.mark.parametrize("theme", THEMES)
def test_compare(snap_compare, theme):
    assert snap_compare(seed_app(theme), terminal_size=(160, 45), run_before=open_seed_story)


@pytest.mark.parametrize("theme", THEMES)
def test_help(snap_compare, theme):
    assert snap_compare(seed_app(theme), press=["question_mark"], terminal_size=(120, 45))


def test_compare_stacked_at_80x24_after_next_difference(snap_compare):
    async def run_before(pilot):
        await open_seed_story(pilot)
        await pilot.press("n")
        await pilot.pause()

    assert snap_compare(seed_app("newsview-dark"), terminal_size=(80, 24), run_before=run_before)
