"""Grouping articles into stories: explicit groups from the config always win; the rest are grouped
by shared names, shared words and closeness in time.

No language model is needed, so the library shows stories at once. Each article
is only compared with articles sharing one of its most telling terms (an
inverted index), so a thousand articles group in about a second.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import math
import re
from collections import Counter, defaultdict
from pathlib import Path
from typing import Sequence

from newsview.config import StoryConfig
from newsview.corpus.model import Article, Story

STOP = set("""a about above after again against all also am an and any are as at be because been before being below
between both but by can could did do does doing down during each few for from further had has have having he her here
hers herself him himself his how i if in into is it its itself just me more most my myself no nor not now of off on
once only or other our ours out over own said same says she should so some such than that the their theirs them then
there these they this those through to too under until up very was we were what when where which while who whom why
will with would you your yours mr mrs ms one two new told year years people time like get just last first week
monday tuesday wednesday thursday friday saturday sunday january february march april may june july august
september october november december according news reported report reports""".split())
NAME = re.compile(r"\b[A-Z][a-z]+(?:[ -][A-Z][a-z]+)*\b")
TOP_TERMS = 30
THRESHOLD = 0.235
DAYS = 10  # articles further apart than this need more in common


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
        stories.append(Story(story_id(group), _title(group), tuple(group)))
    return tuple(stories)


def _features(article: Article) -> Counter:
    text = article.text[:20000]
    words = [w for w in re.findall(r"[a-z][a-z'-]{2,}", text.lower()) if w not in STOP]
    feats = Counter(w.rstrip("s") if len(w) > 4 else w for w in words)
    for name in NAME.findall(text):  # names tell stories apart: count them again, whole
        if name.lower() not in STOP:
            feats["§" + name.lower()] += 2
    if article.title:
        feats.update(w for w in re.findall(r"[a-z][a-z'-]{2,}", article.title.lower()) if w not in STOP)
    return feats


def _vectors(articles: Sequence[Article]) -> list[dict[str, float]]:
    feats = [_features(a) for a in articles]
    df = Counter(t for f in feats for t in f)
    n = len(articles)
    vectors = []
    for f in feats:
        vec = {t: (1 + math.log(c)) * math.log((1 + n) / (1 + df[t])) for t, c in f.items() if df[t] > 1 or n < 3}
        top = dict(sorted(vec.items(), key=lambda kv: -kv[1])[:TOP_TERMS * 4])
        norm = math.sqrt(sum(v * v for v in top.values())) or 1.0
        vectors.append({t: v / norm for t, v in top.items()})
    return vectors


def _date(article: Article) -> dt.date | None:
    try:
        return dt.date.fromisoformat(article.date) if article.date else None
    except ValueError:
        return None


def similarity(a: dict[str, float], b: dict[str, float]) -> float:
    if len(a) > len(b):
        a, b = b, a
    return sum(v * b.get(t, 0.0) for t, v in a.items())


def group_articles(articles: Sequence[Article], threshold: float = THRESHOLD) -> list[list[Article]]:
    """Average-link clustering over candidate pairs that share a telling term."""
    if len(articles) < 2:
        return [[a] for a in articles]
    vectors = _vectors(articles)
    index: dict[str, list[int]] = defaultdict(list)
    for i, vec in enumerate(vectors):
        for t in sorted(vec, key=lambda t: -vec[t])[:TOP_TERMS]:
            index[t].append(i)
    limit = max(10, int(math.sqrt(len(articles)) * 4))
    dates = [_date(a) for a in articles]
    sims: dict[tuple[int, int], float] = {}
    for posting in index.values():
        if len(posting) > limit:
            continue
        for x, i in enumerate(posting):
            for j in posting[x + 1:]:
                if (i, j) not in sims:
                    s = similarity(vectors[i], vectors[j])
                    if dates[i] and dates[j] and abs((dates[i] - dates[j]).days) > DAYS:
                        s *= 0.6
                    sims[(i, j)] = s
    cluster = list(range(len(articles)))
    members = {i: [i] for i in range(len(articles))}
    for (i, j), s in sorted(sims.items(), key=lambda kv: -kv[1]):
        if s < threshold:
            break
        ci, cj = cluster[i], cluster[j]
        if ci == cj:
            continue
        links = [sims.get((min(x, y), max(x, y)), 0.0) for x in members[ci] for y in members[cj]]
        if sum(links) / len(links) < threshold:
            continue
        for x in members[cj]:
            cluster[x] = ci
        members[ci] += members.pop(cj)
    order = sorted(members.values(), key=lambda m: min(m))
    return [[articles[i] for i in sorted(m)] for m in order]


def _title(group: list[Article]) -> str:
    """The title of the article most like the others: the story's centre."""
    if len(group) == 1:
        return group[0].title or group[0].outlet or group[0].id
    vectors = _vectors(group)
    centre = max(range(len(group)), key=lambda i: sum(similarity(vectors[i], v) for v in vectors))
    return group[centre].title or group[centre].outlet or group[centre].id
