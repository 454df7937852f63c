"""Theme files -> Textual `Theme`s, and newsview's own colours read back from whichever theme is active.

A theme file is YAML: the Textual colours (`primary`, `background`, ...) and a
`variables` mapping with newsview's colours (`nv-person`, `nv-shared`, ...).
Any theme, including Textual's built-in ones, works: a missing newsview colour
falls back to a standard theme colour.
"""

from __future__ import annotations

from pathlib import Path

import yaml
from rich.color import Color as RichColor
from rich.style import Style
from textual.color import Color, ColorParseError
from textual.theme import Theme

DEFAULT_THEME = "newsview-dark"
COLOURS = ("primary", "secondary", "accent", "background", "surface", "panel", "foreground",
           "success", "warning", "error", "boost")
# newsview colour -> the standard colour used when a theme does not define it
FALLBACKS = {
    "nv-person": "primary", "nv-org": "secondary", "nv-place": "success", "nv-group": "warning",
    "nv-event": "error", "nv-statement": "foreground", "nv-speaker": "accent",
    "nv-shared": "success-muted", "nv-only": "warning-muted", "nv-conflict": "error-muted",
    "nv-conflict-detail": "error", "nv-selected": "primary-muted", "nv-search": "accent-muted",
}
ENTITY_COLOUR = {"PERSON": "nv-person", "ORG": "nv-org", "GPE": "nv-place", "LOC": "nv-place",
                 "FAC": "nv-place", "NORP": "nv-group", "EVENT": "nv-event"}


class ThemeFileError(ValueError):
    pass


def parse_theme(text: str, origin: str) -> Theme:
    """One theme file's text -> Theme; every problem is a ThemeFileError naming the file."""
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        raise ThemeFileError(f"{origin}: invalid YAML ({exc.__class__.__name__})") from None
    if not isinstance(data, dict):
        raise ThemeFileError(f"{origin}: must be a mapping of theme keys")
    unknown = set(data) - {"name", "dark", "variables", *COLOURS}
    if unknown:
        raise ThemeFileError(f"{origin}: unknown keys {', '.join(sorted(map(str, unknown)))}")
    name = data.get("name")
    if not isinstance(name, str) or not name:
        raise ThemeFileError(f"{origin}: `name` must be a non-empty string")
    if not isinstance(data.get("dark", True), bool):
        raise ThemeFileError(f"{origin}: `dark` must be true or false")
    variables = data.get("variables") or {}
    if not isinstance(variables, dict):
        raise ThemeFileError(f"{origin}: `variables` must be a mapping")
    for key, value in [*((k, data[k]) for k in COLOURS if k in data), *variables.items()]:
        try:
            Color.parse(str(value))
        except ColorParseError:
            raise ThemeFileError(f"{origin}: {key}: {value!r} is not a colour") from None
    if "primary" not in data:
        raise ThemeFileError(f"{origin}: `primary` is required")
    return Theme(name=name, dark=data.get("dark", True), variables={str(k): str(v) for k, v in variables.items()},
                 **{k: str(data[k]) for k in COLOURS if k in data})


def load_themes(folder: Path) -> tuple[list[Theme], list[str]]:
    """Every `*.yaml` theme in a folder, and a problem line for each file that could not be used."""
    themes, problems = [], []
    for path in sorted(folder.glob("*.yaml")):
        try:
            themes.append(parse_theme(path.read_text(encoding="utf-8"), str(path)))
        except (OSError, UnicodeDecodeError) as exc:
            problems.append(f"{path}: cannot read ({exc.__class__.__name__})")
        except ThemeFileError as exc:
            problems.append(str(exc))
    return themes, problems


def colour(variables: dict[str, str], name: str) -> RichColor | None:
    """A newsview colour from the active theme's CSS variables, with its fallback."""
    value = variables.get(name) or variables.get(FALLBACKS.get(name, "foreground"))
    try:
        return Color.parse(value).rich_color if value else None
    except ColorParseError:
        return None


def style(variables: dict[str, str], fg: str | None = None, bg: str | None = None, **flags: bool) -> Style:
    """A Rich style from newsview colour names."""
    return Style(color=colour(variables, fg) if fg else None, bgcolor=colour(variables, bg) if bg else None, **flags)
