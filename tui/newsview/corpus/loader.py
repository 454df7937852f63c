"""Sources -> articles: globs, decoding, formats, outlets and titles.

One bad file is skipped with a warning naming it; the rest of the corpus loads.
"""

from __future__ import annotations

import glob
import os
from pathlib import Path

from newsview.config import Config, Source
from newsview.corpus.datelines import written_on
from newsview.corpus.file_names import named_on, named_outlet
from newsview.corpus.formats import FORMATS, FormatError, Record, detect
from newsview.corpus.model import Article, Corpus, content_id
from newsview.corpus.outlets import infer_outlet
from newsview.corpus.stories import build_stories
from newsview.corpus.titles import derive_title
from newsview.errors import NewsviewError


class SkipFile(Exception):
    """This file cannot be loaded; the message says why, for the warning."""


def decode(data: bytes, encoding: str | None) -> str:
    if not data.strip():
        raise SkipFile("empty file")
    if encoding:
        try:
            return data.decode(encoding)
        except UnicodeDecodeError as exc:
            raise SkipFile(f"not valid {encoding} at byte {exc.start}") from None
    if b"\x00" in data[:8192]:
        raise SkipFile("binary file (contains NUL bytes)")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise SkipFile(f"not valid UTF-8 at byte {exc.start} (set `encoding:` on its source)") from None


def read_records(path: Path, fmt: str | None = None, encoding: str | None = None) -> list[Record]:
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise SkipFile(f"cannot read ({exc.strerror or exc})") from None
    content = decode(data, encoding)
    if not content.strip():
        raise SkipFile("empty file")
    chosen = FORMATS[fmt] if fmt else detect(path, content)
    try:
        records = chosen.parse(content)
    except FormatError as exc:
        raise SkipFile(f"{chosen.name}: {exc}") from None
    records = [r for r in records if r.text.strip()]
    if not records:
        raise SkipFile("no article text")
    return records


def to_article(record: Record, path: str, outlet: str | None = None, index: int = 0) -> Article:
    """Fill what the format did not give: outlet (config, metadata, text, file name), title and date (metadata,
    text, file name)."""
    name = named_outlet(path) if index == 0 else f"{Path(path).stem}#{index + 1}"
    return Article(
        id=content_id(record.text),
        path=path,
        outlet=outlet or record.outlet or infer_outlet(record.text) or name,
        title=record.title or derive_title(record.text),
        date=record.date or written_on(record.text) or named_on(path),
        text=record.text,
        credit=record.credit,
        dateline=record.dateline,
        url=record.url,
    )


def load_file(path: str, fmt: str | None = None, outlet: str | None = None,
              encoding: str | None = None) -> list[Article]:
    records = read_records(Path(path), fmt, encoding)
    return [to_article(r, path, outlet, i) for i, r in enumerate(records)]


def expand(source: Source) -> list[str]:
    if glob.has_magic(source.path):
        return sorted(p for p in glob.glob(source.path, recursive=True) if os.path.isfile(p))
    if os.path.isdir(source.path):
        return sorted(str(p) for p in Path(source.path).rglob("*") if p.is_file() and not p.name.startswith("."))
    return [source.path]


def collect(sources: list[Source] | tuple[Source, ...]) -> tuple[list[Article], list[str]]:
    articles: list[Article] = []
    warnings: list[str] = []
    seen: dict[str, str] = {}
    for source in sources:
        for path in expand(source):
            if Path(path).name in ("corpus.yaml", "newsview.yaml"):
                continue
            try:
                loaded = load_file(path, source.format, source.outlet, source.encoding)
            except SkipFile as exc:
                warnings.append(f"{path}: skipped: {exc}")
                continue
            for article in loaded:
                if article.id in seen:
                    warnings.append(f"{path}: skipped: same text as {seen[article.id]}")
                    continue
                seen[article.id] = path
                articles.append(article)
    return articles, warnings


def load_corpus(config: Config) -> Corpus:
    articles, warnings = collect(config.sources)
    missing = [p for story in config.stories for p in story.articles
               if not any(Path(a.path).resolve() == p for a in articles)]
    if missing:
        extra, more = collect([Source(str(p)) for p in missing])
        articles += extra
        warnings = list(dict.fromkeys(warnings + more))  # a story's file the sources skipped was tried again
    if not articles:
        where = config.path or "the config"
        raise NewsviewError(f"{where}: no article could be loaded" + (f" ({warnings[0]})" if warnings else
                            " (add sources under corpus.sources)"))
    return Corpus(tuple(articles), build_stories(articles, config.stories), tuple(warnings))


def load_paths(paths: list[str], config: Config | None = None) -> Corpus:
    """Articles named on the command line, keeping the paths as given."""
    for path in paths:
        if not Path(path).exists():
            raise NewsviewError(f"{path}: no such file")
    articles, warnings = collect([Source(p) for p in paths])
    if not articles:
        raise NewsviewError(warnings[0] if warnings else "no article given")
    stories = config.stories if config else ()
    return Corpus(tuple(articles), build_stories(articles, stories), tuple(warnings))
