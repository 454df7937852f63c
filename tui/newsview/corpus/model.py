"""Plain, frozen data: what every later stage reads."""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass, field


def content_id(text: str) -> str:
    """A stable article id from its text, so caches and reports agree across runs."""
    return "a" + hashlib.sha256(text.encode("utf-8")).hexdigest()[:11]


@dataclass(frozen=True)
class Article:
    id: str
    path: str | None
    outlet: str | None
    title: str | None
    date: str | None  # YYYY-MM-DD
    text: str  # the analysed body; offsets in reports index into it
    credit: str | None = None
    dateline: str | None = None
    url: str | None = None

    @property
    def day(self) -> dt.date | None:
        """The date as a date; None where it is missing or no real day."""
        try:
            return dt.date.fromisoformat(self.date) if self.date else None
        except ValueError:
            return None

    @property
    def words(self) -> int:
        return len(self.text.split())

    def to_dict(self) -> dict:
        return {"id": self.id, "path": self.path, "outlet": self.outlet, "title": self.title, "date": self.date,
                "credit": self.credit, "dateline": self.dateline, "url": self.url, "words": self.words}


@dataclass(frozen=True)
class Story:
    id: str
    title: str
    articles: tuple[Article, ...]


@dataclass(frozen=True)
class Corpus:
    articles: tuple[Article, ...]
    stories: tuple[Story, ...]
    warnings: tuple[str, ...] = field(default=())

    def story(self, story_id: str) -> Story | None:
        return next((s for s in self.stories if s.id == story_id), None)

    @property
    def one_story(self) -> bool:
        """Whether every article is about the same story: two articles always are, for the reader put them together."""
        return len(self.articles) <= 2 or any(len(s.articles) == len(self.articles) for s in self.stories)
