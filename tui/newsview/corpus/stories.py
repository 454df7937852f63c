"""Grouping articles into stories: explicit groups from the config always win."""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Sequence

from newsview.config import StoryConfig
from newsview.corpus.model import Article, Story


def story_id(articles: Sequence[Article]) -> str:
    return "s" + hashlib.sha256(" ".join(sorted(a.id for a in articles)).encode()).hexdigest()[:8]


def build_stories(articles: Sequence[Article], configured: Sequence[StoryConfig] = ()) -> tuple[Story, ...]:
    by_path = {Path(a.path).resolve(): a for a in articles if a.path}
    stories: list[Story] = []
    placed: set[str] = set()
    for group in configured:
        members = tuple(by_path[p] for p in group.articles if p in by_path and by_path[p].id not in placed)
        if members:
            placed.update(a.id for a in members)
            stories.append(Story(group.id or story_id(members), group.title, members))
    rest = [a for a in articles if a.id not in placed]
    for group in group_articles(rest):
        stories.append(Story(story_id(group), group[0].title or group[0].outlet or group[0].id, tuple(group)))
    return tuple(stories)


def group_articles(articles: Sequence[Article]) -> list[list[Article]]:
    """Each article on its own until automatic grouping lands."""
    return [[a] for a in articles]
