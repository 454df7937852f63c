"""The corpus and its stories as tables (for people) and JSON (for scripts)."""

from __future__ import annotations

from rich.table import Table
from rich.text import Text

from newsview.corpus import Corpus
from newsview.sanitize import clean
from newsview.wording import counted


def _cell(value) -> Text:
    return Text(clean(str(value)) if value is not None else "—")


def corpus_json(corpus: Corpus) -> dict:
    return {"stories": [{"id": s.id, "title": s.title, "articles": [a.to_dict() for a in s.articles]}
                        for s in corpus.stories],
            "warnings": list(corpus.warnings)}


def corpus_table(corpus: Corpus) -> Table:
    title = f"{counted(len(corpus.articles), 'article')}, {counted(len(corpus.stories), 'story')}"
    table = Table(title=title, title_justify="left")
    for name, justify in (("Story / outlet", "left"), ("Date", "left"), ("Title", "left"), ("Words", "right")):
        table.add_column(name, justify=justify, overflow="fold")
    for story in corpus.stories:
        table.add_row(Text(story.id, style="dim"), Text(""), Text(clean(story.title), style="bold"), Text(""))
        for a in story.articles:
            table.add_row(Text("  ") + _cell(a.outlet), _cell(a.date), _cell(a.title), Text(f"{a.words:,}"))
    return table


def stories_json(corpus: Corpus) -> dict:
    return {"schema": "newsview.stories/1",
            "stories": [{"id": s.id, "title": s.title, "articles": [a.path for a in s.articles]}
                        for s in corpus.stories]}


def stories_table(corpus: Corpus) -> Table:
    table = Table(title=counted(len(corpus.stories), "story"), title_justify="left")
    table.add_column("Story")
    table.add_column("Title", overflow="fold")
    table.add_column("Articles", overflow="fold")
    for s in corpus.stories:
        outlets = ", ".join(sorted({clean(a.outlet or "?") for a in s.articles}))
        table.add_row(Text(s.id), _cell(s.title), Text(f"{len(s.articles)}: {outlets}"))
    return table
