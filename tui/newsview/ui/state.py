"""What the app remembers between launches (the chosen theme), in the user config dir's state.yaml."""

from __future__ import annotations

import os
import tempfile

import yaml

from newsview.paths import user_config_dir


def state_path():
    return user_config_dir() / "state.yaml"


def load_state() -> dict:
    """The remembered state; an unreadable or malformed file is treated as no state."""
    try:
        data = yaml.safe_load(state_path().read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, yaml.YAMLError):
        return {}
    return data if isinstance(data, dict) else {}


def save_state(state: dict) -> bool:
    """Write the state atomically (temp file, then rename) so a crash never leaves half a file."""
    path = state_path()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=".state-", suffix=".yaml", dir=path.parent)
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as out:
                yaml.safe_dump(state, out, sort_keys=True)
            os.replace(tmp, path)
        except BaseException:
            os.unlink(tmp)
            raise
    except OSError:
        return False
    return True


def initial_theme(configured: str, state: dict) -> str:
    """The remembered theme, unless the config's `ui.theme` changed since it was remembered."""
    if state.get("config_theme") == configured and isinstance(state.get("theme"), str):
        return state["theme"]
    return configured


def remember_theme(theme: str, configured: str) -> bool:
    return save_state({**load_state(), "theme": theme, "config_theme": configured})
