"""On-disk cache of per-article analyses, keyed by text hash, model and engine version.

A corrupt entry is discarded and rebuilt; an unwritable cache dir only disables caching.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from pathlib import Path

from newsview.paths import user_cache_dir


def engine_version(root: Path = Path(__file__).parent.parent) -> str:
    """A digest of the analysis code and the corpus code it reads articles with (datelines, headlines), their
    subpackages' too, so any change to the engine invalidates old entries."""
    digest = hashlib.sha256()
    for source in sorted(p for part in ("analysis", "corpus") for p in (root / part).rglob("*.py")):
        digest.update(source.relative_to(root).as_posix().encode("utf-8") + b"\0" + source.read_bytes())
    return digest.hexdigest()[:16]


ENGINE_VERSION = engine_version()


class Cache:
    def __init__(self, model: str, root: Path | None = None, enabled: bool = True):
        self.model = model
        self.root = (root or user_cache_dir()) / "analysis"
        self.enabled = enabled

    def key(self, text: str) -> str:
        return hashlib.sha256(f"{ENGINE_VERSION}\0{self.model}\0{text}".encode("utf-8")).hexdigest()

    def path(self, text: str) -> Path:
        key = self.key(text)
        return self.root / key[:2] / f"{key}.json"

    def get(self, text: str) -> dict | None:
        if not self.enabled:
            return None
        path = self.path(text)
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return None
        except (OSError, ValueError):
            _discard(path)
            return None
        if not isinstance(data, dict) or data.get("engine") != ENGINE_VERSION or "analysis" not in data:
            _discard(path)
            return None
        return data["analysis"]

    def put(self, text: str, analysis: dict) -> None:
        if not self.enabled:
            return
        path = self.path(text)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
            with os.fdopen(fd, "w", encoding="utf-8") as fh:
                # dumps, not dump: dump streams through the pure-Python encoder, several times slower
                fh.write(json.dumps({"engine": ENGINE_VERSION, "model": self.model, "analysis": analysis}))
            os.replace(tmp, path)
        except OSError:
            self.enabled = False  # read-only or full disk: carry on without a cache


def _discard(path: Path) -> None:
    """Drop a bad entry; where the cache cannot be written to, a miss is all it costs."""
    try:
        path.unlink(missing_ok=True)
    except OSError:
        pass
