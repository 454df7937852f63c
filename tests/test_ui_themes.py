"""Theme files, the colours read back from them, and the remembered theme."""

from __future__ import annotations

import shutil

import pytest

from newsview.paths import bundled
from newsview.ui import state
from newsview.ui.themes import FALLBACKS, ThemeFileError, colour, load_themes, parse_theme
from ui_fixtures import make_app, open_story


def test_bundled_themes_load_and_define_every_newsview_colour():
    themes, problems = load_themes(bundled("themes"))
    assert problems == []
    assert {t.name for t in themes} == {"newsview-dark", "newsview-light", "newsview-contrast"}
    for theme in themes:
        assert set(FALLBACKS) <= set(theme.variables), theme.name
    assert not next(t for t in themes if t.name == "newsview-light").dark


@pytest.mark.parametrize("text, problem", [
    ("name: x\nprimary: '#fff'\nvariables: {nv-person: notacolour}", "nv-person: 'notacolour' is not a colour"),
    ("name: x\nprimary: '#fff'\ncolour: red", "unknown keys colour"),
    ("primary: '#fff'", "`name` must be a non-empty string"),
    ("name: x", "`primary` is required"),
    ("name: x\nprimary: '#fff'\ndark: maybe", "`dark` must be true or false"),
    ("- a list", "must be a mapping"),
    ("name: [unclosed", "invalid YAML"),
])
def test_a_bad_theme_file_says_what_is_wrong(text, problem):
    with pytest.raises(ThemeFileError, match=problem.replace("[", r"\[").replace("$", r"\$")):
        parse_theme(text, "t.yaml")


def test_colours_fall_back_to_the_standard_theme_colours():
    variables = {"primary": "#112233", "error-muted": "#440000"}
    assert colour(variables, "nv-person").triplet.hex == "#112233"
    assert colour(variables, "nv-conflict").triplet.hex == "#440000"
    assert colour({"nv-person": "#abcdef"}, "nv-person").triplet.hex == "#abcdef"


async def test_builtin_textual_themes_work_too():
    app = make_app(theme="textual-light")
    async with app.run_test(size=(120, 30)) as pilot:
        assert app.theme == "textual-light"
        await pilot.press("enter")
        await pilot.app.workers.wait_for_complete()
        await pilot.pause()


async def test_a_broken_theme_file_is_reported_and_the_default_used(tmp_path, monkeypatch):
    folder = tmp_path / "themes"
    shutil.copytree(bundled("themes"), folder)
    (folder / "newsview-light.yaml").write_text("name: newsview-light\nprimary: not-a-colour\n")
    monkeypatch.setattr("newsview.ui.app.bundled", lambda name: folder)
    app = make_app(theme="newsview-light")
    async with app.run_test():
        assert app.theme == "newsview-dark"
        messages = [n.message for n in app._notifications]
        assert any("newsview-light.yaml: primary: 'not-a-colour' is not a colour" in m for m in messages)
        assert any("'newsview-light' is not available" in m for m in messages)


def test_state_is_written_atomically_and_a_bad_file_is_no_state(user_config_dir):
    assert state.load_state() == {}
    assert state.remember_theme("newsview-light", "newsview-dark")
    assert state.load_state() == {"theme": "newsview-light", "config_theme": "newsview-dark"}
    assert [p.name for p in user_config_dir.iterdir()] == ["state.yaml"]
    assert state.initial_theme("newsview-dark", state.load_state()) == "newsview-light"
    assert state.initial_theme("newsview-contrast", state.load_state()) == "newsview-contrast"
    (user_config_dir / "state.yaml").write_text("[not: a mapping")
    assert state.load_state() == {}


def test_an_unwritable_config_dir_only_loses_the_memory(tmp_path, monkeypatch):
    blocker = tmp_path / "file"
    blocker.write_text("")
    monkeypatch.setenv("NEWSVIEW_CONFIG_DIR", str(blocker / "sub"))
    assert state.save_state({"theme": "x"}) is False


def contrast(fg, bg) -> float:
    """WCAG contrast ratio of two rich colours."""
    def luminance(colour) -> float:
        def channel(v: float) -> float:
            v /= 255
            return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4
        r, g, b = colour.get_truecolor()
        return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b)

    high, low = sorted((luminance(fg), luminance(bg)), reverse=True)
    return (high + 0.05) / (low + 0.05)


@pytest.mark.parametrize("theme", ["newsview-dark", "newsview-light"])
async def test_the_cursor_row_of_a_panel_keeps_its_coloured_words_readable(theme):
    from newsview.ui.widgets.panels import EntitiesPanel

    app = make_app(theme=theme)
    async with app.run_test(size=(160, 45)) as pilot:
        screen = await open_story(pilot)
        await pilot.press("1", "j")  # the cursor on a PERSON row, its words in the person colour
        await pilot.pause()
        items = screen.query_one(EntitiesPanel).items
        strip = items.render_line(items.highlighted - int(items.scroll_y))
        coloured = [seg for seg in strip if seg.text.strip() and seg.style and seg.style.color and seg.style.bgcolor]
        assert any("Jane Doe" in seg.text for seg in coloured)
        assert all(contrast(seg.style.color, seg.style.bgcolor) >= 3.5 for seg in coloured), theme
