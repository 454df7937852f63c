"""Grouping articles into stories: explicit groups from the config always win; the rest are grouped
by shared names, numbers, words and closeness in time.

No language model is needed, so the library shows stories at once. Grouping is two-level. First,
articles on the same topic are gathered: each article is only compared with articles sharing one of
its most telling terms (an inverted index), so a thousand articles group in seconds. Then each topic
group is split while it holds clearly separate stories (two earthquakes, two shootings): within the
group, the words every member shares say nothing, so they are discounted and the names, numbers and
rare words that set some members apart draw the line, and the split is made when members are clearly closer to
their own side, judged in a large group by the nearest neighbours they share (two events' reports rank each other
low even where their shared topic words make them as similar as one story's). Last, small groups left just short of
the story they belong to rejoin it (see fragments.py).

The words' weights come from the corpus itself, so a corpus that is all one topic (thirty reports of one event)
gives its shared names and words next to no weight, and the gathering scatters it. Such a corpus is dense (most
pairs of its articles share telling terms): there, the corpus is also read as one topic, split only where clearly
apart, and that reading is kept where it fits the links better than the gathering.
"""

from __future__ import annotations

import hashlib
import heapq
import math
import re
from collections import Counter, defaultdict
from pathlib import Path
from typing import Sequence

import numpy as np

from newsview.config import StoryConfig
from newsview.corpus.fragments import attach_fragments
from newsview.corpus.model import Article, Story
from newsview.corpus.titles import derive_title, lead

STOP = set("""a about above after again against all also am an and any are as at be because been before being below
between both but by can could did do does doing down during each few for from further had has have having he her here
hers herself him himself his how i if in into is it its itself just me more most my myself no nor not now of off on
once only or other our ours out over own said same says she should so some such than that the their theirs them then
there these they this those through to too under until up very was we were what when where which while who whom why
will with would you your yours mr mrs ms one two new told year years people time like get just last first week
monday tuesday wednesday thursday friday saturday sunday january february march april may june july august
september october november december according news reported report reports""".split())
NAME = re.compile(r"\b[A-Z][a-z]+(?:[ -][A-Z][a-z]+)*\b")
NUMBER = re.compile(r"\b\d+(?:[.,:/-]\d+)*\b")
WORD = re.compile(r"[a-z][a-z'-]{2,}")
CAPITAL_INSIDE = re.compile(r"(?<=[a-z,;] )[A-Z][a-z]+\b")  # a capitalised word inside a sentence: a name's
NAME_WEIGHT = 2  # extra counts of each name: people and places tell same-kind events apart
NUMBER_WEIGHT = 4  # ... and of each number: dates, tolls and votes differ between them most surely
TOP_TERMS = 30
NEIGHBOURS = 5  # nearest neighbours compared when a large group is weighed for a split
THRESHOLD = 0.22  # average similarity that gathers a topic
SEPARATION = 0.4  # how much closer members must be to their own side than to the other for a split
COMPARISON_SEPARATION = 0.6  # ... and for a split of the articles a reader compares, taken for one topic
COPY = 0.8  # similarity of near-copies of one text
MIN_SPLIT = 4  # smaller groups are too small to tell two stories from one story's variety
DAYS = 10  # articles further apart than this need more in common
MIN_SHARED = 2  # one word in common is not yet a story
PRIOR_DOCS = 5  # imagined articles lacking every term, so a story's own names still weigh in a small corpus
DENSE = 0.35  # share of its pairs of articles linked by telling terms from which a corpus may be all one topic
PART_LINK = 0.1  # a link this weak (a weekday or a common word shared) joins no two articles into one topic
WEAK = 0.3  # modularity below which a grouping's groups are hardly more linked inside than chance would make them


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
    features = {a.id: _features(a) for a in rest}
    for group in group_articles(rest, features=features):
        stories.append(Story(story_id(group), _title(group, features), tuple(group)))
    return tuple(stories)


def normalise(text: str) -> str:
    """Undo tokenisation (`company ’ s`, `6. 1`, `( AP )`) so tokenised and plain texts share terms."""
    text = re.sub(r" ([,.;:!?%)\]”’'])", r"\1", text)
    text = re.sub(r"([(\[“]) ", r"\1", text)
    text = re.sub(r"(\w[’']) (s|t|re|ve|ll|d|m)\b", r"\1\2", text)
    return re.sub(r"(\d)([.,]) (\d)", r"\1\2\3", text)


def _words(text: str) -> list[str]:
    words = [w for w in WORD.findall(text.lower()) if w not in STOP]
    return [w.rstrip("s") if len(w) > 4 else w for w in words]


def _features(article: Article) -> Counter:
    feats = _text_features(article.text[:20000])
    title = article.title
    if title and title == derive_title(article.text):  # a title the text gives: its lead tells the story better
        title = lead(article.text)
    if title:
        feats.update(_words(title))
    return feats


def _text_features(text: str) -> Counter:
    text = normalise(text)
    feats = Counter(_words(text))
    for name in NAME.findall(text):  # counted again, whole
        if name.lower() not in STOP:
            feats["§" + name.lower()] += NAME_WEIGHT
    for number in NUMBER.findall(text):
        feats["#" + number] += NUMBER_WEIGHT
    return feats


def _vectors(articles: Sequence[Article], features: dict[str, Counter]) -> list[dict[str, float]]:
    feats = [features.get(a.id) or _features(a) for a in articles]
    df = Counter(t for f in feats for t in f)
    n = len(articles)
    vectors = []
    for f in feats:
        vec = {t: (1 + math.log(c)) * math.log((1 + n + PRIOR_DOCS) / (1 + df[t]))
               for t, c in f.items() if df[t] > 1 or n < 3}
        top = dict(sorted(vec.items(), key=lambda kv: -kv[1])[:TOP_TERMS * 4])
        norm = math.sqrt(sum(v * v for v in top.values())) or 1.0
        vectors.append({t: v / norm for t, v in top.items()})
    return vectors


def similarity(a: dict[str, float], b: dict[str, float], shared: set[str] | None = None) -> float:
    """Cosine of two unit vectors, over the terms they share (found in C: few of a vector's terms are)."""
    return sum(a[t] * b[t] for t in (a.keys() & b.keys() if shared is None else shared))


def group_articles(articles: Sequence[Article], threshold: float = THRESHOLD,
                   features: dict[str, Counter] | None = None) -> list[list[Article]]:
    """Topics by average link over candidate pairs that share a telling term, then each topic split into stories;
    or, for a corpus that is all one topic, that one topic split into stories (see `_gathered_or_one_topic`).
    `features` holds articles' terms already counted, by article id."""
    if len(articles) < 2:
        return [[a] for a in articles]
    vectors, sims, link = _links(articles, features or {})
    groups = []
    for topic in _average_link(len(articles), sims, threshold):
        groups += _split(topic, vectors, link, SEPARATION) if len(topic) >= MIN_SPLIT else [topic]
    groups = _gathered_or_one_topic(attach_fragments(groups, sims, MIN_SPLIT), articles, vectors, sims, link)
    return [[articles[i] for i in sorted(g)] for g in sorted(groups, key=min)]


def _gathered_or_one_topic(groups: list[list[int]], articles: Sequence[Article], vectors: list[dict[str, float]],
                           sims: dict[tuple[int, int], float], link) -> list[list[int]]:
    """The gathered groups, or else each linked part of the corpus taken for one topic and split only where clearly
    apart, whichever fits the links better (the higher modularity).

    The idf is the corpus's own, so where every article shares a topic's names and words they weigh nearly
    nothing, and the gathering's absolute threshold scatters one story's reports into many groups. Such a corpus
    is dense: most pairs of its articles share telling terms, names among them (a name being capitalised inside a
    sentence somewhere: reports told in one template, of different people and places, share only its words and the
    capitals that open its sentences). Only a dense corpus is weighed as one topic: a sparse one holds many topics,
    and splitting it from the whole costs its every pair. One story has modularity 0 however close its articles
    are, so it is taken where the gathering's groups are weakly knit.
    """
    n = len(vectors)
    enough = DENSE * n * (n - 1) / 2
    linked = [pair for pair, s in sims.items() if s > 0]
    if n < MIN_SPLIT or len(linked) < enough:  # sparse whatever its names: the texts need not be read for them
        return groups
    inside = {w.lower() for a in articles for w in CAPITAL_INSIDE.findall(a.text[:20000])}
    names = [{t for t in vec if t[0] == "§" and (" " in t or t[1:] in inside)} for vec in vectors]
    if sum(1 for i, j in linked if not names[i].isdisjoint(names[j])) < enough:
        return groups
    whole = attach_fragments([story for part in _linked_parts(n, sims) for story in _one_topic(part, vectors, link)],
                             sims, MIN_SPLIT)
    in_links = {i for pair in linked for i in pair}
    one_story = sum(1 for g in whole if in_links.intersection(g)) == 1
    fit = WEAK if one_story else _modularity(whole, sims)
    return whole if fit > _modularity(groups, sims) else groups


def _linked_parts(n: int, sims: dict[tuple[int, int], float]) -> list[list[int]]:
    """The articles in sets joined by chains of links that are not weak: articles with no such chain between them
    share no topic (one unrelated story linked by chance words would be split along with the topic)."""
    root = list(range(n))

    def find(i: int) -> int:
        while root[i] != i:
            root[i] = root[root[i]]
            i = root[i]
        return i

    for (i, j), s in sims.items():
        if s >= PART_LINK:
            root[find(i)] = find(j)
    parts: dict[int, list[int]] = defaultdict(list)
    for i in range(n):
        parts[find(i)].append(i)
    return list(parts.values())


def _modularity(groups: list[list[int]], sims: dict[tuple[int, int], float]) -> float:
    """Newman's modularity of the grouping over the weighted links: the share of link weight inside groups, less
    the share expected were links drawn at random between the same articles."""
    home = {i: k for k, g in enumerate(groups) for i in g}
    degree: Counter = Counter()
    inside = 0.0
    for (i, j), s in sims.items():
        degree[home[i]] += s
        degree[home[j]] += s
        inside += s if home[i] == home[j] else 0.0
    total = sum(sims.values()) or 1.0
    return inside / total - sum((d / (2 * total)) ** 2 for d in degree.values())


def split_comparison(articles: Sequence[Article]) -> list[list[Article]]:
    """The stories a comparison's articles tell, taking them for one topic and splitting it only where it clearly
    holds separate stories (two earthquakes' reports): a reader compares articles they chose together, and the
    gathering step's absolute threshold would scatter a corpus that is all one topic, where every shared word is
    common."""
    if len(articles) < MIN_SPLIT:
        return [list(articles)]
    vectors, _, link = _links(articles, {})
    groups = _one_topic(list(range(len(articles))), vectors, link)
    return [[articles[i] for i in sorted(g)] for g in sorted(groups, key=min)]


def _one_topic(members: list[int], vectors: list[dict[str, float]], link) -> list[list[int]]:
    """The members taken for one topic and split only where they clearly hold separate stories."""
    return _split(members, vectors, link, COMPARISON_SEPARATION) if len(members) >= MIN_SPLIT else [members]


def _links(articles: Sequence[Article], features: dict[str, Counter]):
    """The articles' term vectors, the similarities of their candidate pairs, and the link of any two."""
    vectors = _vectors(articles, features)
    dates = [a.day for a in articles]
    if not all(dates):  # weighing only the dated pairs would set dated reports of one story further apart than
        dates = [None] * len(articles)  # from undated ones of another
    terms = [set(v) for v in vectors]  # intersected as sets: a dict's keys() are made into a set at every `&`

    def pair(i: int, j: int) -> float:
        shared = terms[i] & terms[j]
        if len(shared) < MIN_SHARED:
            return 0.0
        s = similarity(vectors[i], vectors[j], shared)
        if dates[i] and dates[j] and abs((dates[i] - dates[j]).days) > DAYS:
            s *= 0.6
        return s

    sims = _candidate_pairs(vectors, pair)

    def link(i: int, j: int) -> float:  # pairs without a telling term in common count as unrelated
        return sims.get((min(i, j), max(i, j)), 0.0)

    return vectors, sims, link


def _candidate_pairs(vectors: list[dict[str, float]], pair) -> dict[tuple[int, int], float]:
    """Similarities of the pairs sharing one of their top terms; terms shared too widely are skipped."""
    index: dict[str, list[int]] = defaultdict(list)
    for i, vec in enumerate(vectors):
        for t in sorted(vec, key=lambda t: -vec[t])[:TOP_TERMS]:
            index[t].append(i)
    limit = max(10, int(math.sqrt(len(vectors)) * 4))
    sims: dict[tuple[int, int], float] = {}
    for posting in index.values():
        if len(posting) > limit:
            continue
        for x, i in enumerate(posting):
            for j in posting[x + 1:]:
                if (i, j) not in sims:
                    sims[(i, j)] = pair(i, j)
    return sims


def _average_link(n: int, sims: dict[tuple[int, int], float], threshold: float) -> list[list[int]]:
    """Merge the closest pairs first, joining two clusters only while their average link holds.

    The summed links between clusters are kept as clusters merge, so weighing a pair costs nothing even where a
    dense corpus (one topic) links most articles to most others."""
    cluster = list(range(n))
    members = {i: [i] for i in range(n)}
    between: dict[int, Counter] = defaultdict(Counter)
    for (i, j), s in sims.items():
        between[i][j] += s
        between[j][i] += s
    for (i, j), s in sorted(sims.items(), key=lambda kv: -kv[1]):
        if s < threshold:
            break
        ci, cj = cluster[i], cluster[j]
        if ci == cj or between[ci][cj] / (len(members[ci]) * len(members[cj])) < threshold:
            continue
        for x in members[cj]:
            cluster[x] = ci
        members[ci] += members.pop(cj)
        for k, total in between.pop(cj).items():
            del between[k][cj]
            if k != ci:
                between[ci][k] += total
                between[k][ci] += total
    return list(members.values())


def _split(group: list[int], vectors: list[dict[str, float]], link, separation: float) -> list[list[int]]:
    """Halve the group along its main contrast while the halves are clearly apart; recurse on each half.

    Near-copies (one wire story run by several outlets) are weighed as one article: otherwise two pairs of
    copies would look like two stories.
    """
    units = _near_copies(group, link)
    if len(units) < 2:
        return [group]
    heads = [unit[0] for unit in units]
    left, right = _bisect(_contrast([vectors[i] for i in heads]))
    if not left or not right or _separation([heads[k] for k in left], [heads[k] for k in right],
                                            _shared_neighbours(heads, link)) < separation:
        return [group]
    left, right = [i for k in left for i in units[k]], [i for k in right for i in units[k]]
    return _split(left, vectors, link, separation) + _split(right, vectors, link, separation)


def _shared_neighbours(members: list[int], link):
    """The link weighed by the share of nearest neighbours two members have in common, where the group is large.

    Two events of one kind share their topic's words and names, so a report can be as close to the other event's
    reports as to its own; yet its nearest neighbours are mostly its own event's, and so are theirs. A small group
    has too few members for neighbours to tell anything: the link is left as it is.
    """
    if len(members) <= 2 * NEIGHBOURS:
        return link
    near = {i: {i, *heapq.nlargest(NEIGHBOURS, (j for j in members if j != i), key=lambda j: link(i, j))}
            for i in members}
    return lambda i, j: math.sqrt(link(i, j) * len(near[i] & near[j]) / (NEIGHBOURS + 1))


def _near_copies(group: list[int], link) -> list[list[int]]:
    """The group's members gathered into sets of near-copies, in order of first member."""
    units: list[list[int]] = []
    for i in group:
        home = next((unit for unit in units if link(unit[0], i) >= COPY), None)
        if home is not None:
            home.append(i)
        else:
            units.append([i])
    return units


def _contrast(vectors: list[dict[str, float]]) -> list[dict[str, float]]:
    """The vectors with each term discounted by the share of the group using it: shared topic words fade."""
    df = Counter(t for v in vectors for t in v)
    n = len(vectors)
    out = []
    for vec in vectors:
        weighted = {t: w * (1 - (df[t] / n) ** 2) for t, w in vec.items()}
        norm = math.sqrt(sum(w * w for w in weighted.values())) or 1.0
        out.append({t: w / norm for t, w in weighted.items()})
    return out


def _bisect(vectors: list[dict[str, float]]) -> tuple[list[int], list[int]]:
    """Principal-direction split: the sign of each vector's projection on the main axis of the centred vectors.

    Power iteration with sparse products (over the nonzero weights, in numpy), so a step costs the group's number
    of terms, not its number of pairs.
    """
    n = len(vectors)
    terms: dict[str, int] = {}
    rows = np.repeat(np.arange(n), [len(vec) for vec in vectors])
    cols = np.fromiter((terms.setdefault(t, len(terms)) for vec in vectors for t in vec), dtype=np.int64,
                       count=len(rows))
    weights = np.fromiter((w for vec in vectors for w in vec.values()), dtype=float, count=len(rows))
    mean = np.bincount(cols, weights=weights, minlength=len(terms)) / n
    v = np.arange(n) - (n - 1) / 2  # any fixed start not orthogonal to the answer
    for _ in range(30):
        axis = np.bincount(cols, weights=weights * v[rows], minlength=len(terms)) - v.sum() * mean  # (X - mean)^T v
        new = np.bincount(rows, weights=weights * axis[cols], minlength=n) - axis @ mean
        norm = math.sqrt(new @ new)
        if norm == 0:
            return list(range(n)), []
        new /= norm
        if np.abs(v - new).max() < 1e-6:
            break
        v = new
    return [i for i in range(n) if new[i] >= 0], [i for i in range(n) if new[i] < 0]


def _separation(left: list[int], right: list[int], link) -> float:
    """Mean over members of how much closer each is to its own side than to the other (0: no closer, 1: apart).

    Relative, not absolute, so long and short articles are judged alike; a lone member counts 0.
    """
    total = 0.0
    for own, other in ((left, right), (right, left)):
        if len(own) < 2:
            continue
        for i in own:
            inside = sum(link(i, j) for j in own if j != i) / (len(own) - 1)
            outside = sum(link(i, j) for j in other) / len(other)
            total += (inside - outside) / max(inside, outside, 1e-9)
    return total / (len(left) + len(right))


def _title(group: list[Article], features: dict[str, Counter]) -> str:
    """The headline that best names what the story's articles share, among those whose title is whole: a headline
    reads better than a lead sentence cut short, and one naming the story's common people, places and words
    better than a feature's opening line ('Well, it was a long night')."""
    if len(group) == 1:
        return group[0].title or group[0].outlet or group[0].id
    shared = Counter(t for a in group for t in features[a.id])
    whole = [a for a in group if a.title and not a.title.endswith("…")] or [a for a in group if a.title]
    if not whole:
        return group[0].outlet or group[0].id

    def naming(article: Article) -> float:
        terms = set(_text_features(article.title))
        return sum(shared[t] for t in terms) / len(group) / (len(terms) + 1)

    return max(whole, key=naming).title
