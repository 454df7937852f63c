"""Shared fixtures: every test runs isolated from the user's config, cache and working directory."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
SEEDS = REPO / "seeds"
NEWSWEEK_SEED = SEEDS / "000_bc20113c5b07d9bb.txt"
ABC_SEED = SEEDS / "004_c99cd6f376a91b6b.txt"


def article(text: str):
    """An article made of nothing but its text, as the analysis tests need it."""
    from newsview.corpus.model import Article, content_id

    return Article(content_id(text), None, None, None, None, text)


def run(*texts: str):
    """(articles, comparison) for texts analysed afresh, without the cache."""
    from newsview.analysis import analyse

    articles = [article(t) for t in texts]
    return articles, analyse(articles, use_cache=False)


@pytest.fixture(autouse=True)
def isolated(tmp_path_factory, monkeypatch):
    """No test sees a real config, cache, ./newsview.yaml or $NEWSVIEW_CONFIG.

    Config and cache dirs point at fresh temporary folders, HOME too (so `~` is
    predictable), and the working directory is an empty temporary folder.
    """
    root = tmp_path_factory.mktemp("isolated")
    config_dir, cache_dir, home, cwd = (root / name for name in ("config", "cache", "home", "cwd"))
    for folder in (config_dir, cache_dir, home, cwd):
        folder.mkdir()
    monkeypatch.setenv("NEWSVIEW_CONFIG_DIR", str(config_dir))
    monkeypatch.setenv("NEWSVIEW_CACHE_DIR", str(cache_dir))
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.delenv("NEWSVIEW_CONFIG", raising=False)
    monkeypatch.setenv("COLUMNS", "200")  # Rich tables wide enough not to wrap titles
    monkeypatch.chdir(cwd)
    return {"config_dir": config_dir, "cache_dir": cache_dir, "home": home, "cwd": cwd}


@pytest.fixture
def user_config_dir(isolated) -> Path:
    return isolated["config_dir"]


@pytest.fixture
def home(isolated) -> Path:
    return isolated["home"]


@pytest.fixture
def write(tmp_path):
    """write(name, content) -> Path: a file under tmp_path; str is written as UTF-8, bytes as they are.

    Strings are dedented so fixtures can be written inline.
    """

    def _write(name: str, content: str | bytes, *, dedent: bool = True) -> Path:
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_bytes((textwrap.dedent(content) if dedent else content).encode("utf-8"))
        return path

    return _write


@pytest.fixture
def cli(capsys):
    """cli(*args) -> (exit code, stdout, stderr) from newsview.cli.main."""
    from newsview.cli import main

    def _run(*args: str) -> tuple[int, str, str]:
        try:
            code = main(list(args))
        except SystemExit as exc:  # --help and --version exit through argparse
            code = exc.code if isinstance(exc.code, int) else (0 if exc.code is None else 1)
        out, err = capsys.readouterr()
        return code, out, err

    return _run
