"""Where newsview's own files live: bundled data, the user's config and cache."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP = "newsview"


def bundled(name: str) -> Path:
    """A bundled folder (`seeds`, `themes`): inside the wheel, or beside `tui/` in a checkout."""
    package = Path(__file__).resolve().parent
    for candidate in (package / "_bundled" / name, package.parent.parent / name):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError(f"newsview's bundled {name}/ folder is missing from {package}: reinstall newsview")


def user_config_dir() -> Path:
    return Path(os.environ.get("NEWSVIEW_CONFIG_DIR") or platformdirs.user_config_dir(APP))


def user_cache_dir() -> Path:
    return Path(os.environ.get("NEWSVIEW_CACHE_DIR") or platformdirs.user_cache_dir(APP))
