"""The same statement in several articles: same words, whatever the quote style, case, `US`/`U.S.` or truncation."""

from __future__ import annotations

from collections import defaultdict

from rapidfuzz.fuzz import partial_ratio

from newsview.analysis.entities import words_of
from newsview.analysis.model import Statement

SHINGLE = 3


def match_statements(statements: list[Statement], threshold: float) -> dict[str, tuple[str, ...]]:
    """Statement id -> ids of statements in other articles that carry the same words."""
    words = {s.id: words_of(s.content.text) for s in statements}
    index: dict[tuple[str, ...], set[str]] = defaultdict(set)
    for s in statements:
        w = words[s.id]
        for k in range(max(0, len(w) - SHINGLE + 1)):
            index[tuple(w[k:k + SHINGLE])].add(s.id)
    by_id = {s.id: s for s in statements}
    joined = {k: " ".join(w) for k, w in words.items()}
    order = {s.id: n for n, s in enumerate(statements)}
    matches: dict[str, set[str]] = defaultdict(set)
    for s in statements:
        w = words[s.id]
        if len(w) < 4:
            continue
        candidates = set().union(*(index[tuple(w[k:k + SHINGLE])] for k in range(max(0, len(w) - SHINGLE + 1))))
        for other_id in candidates:
            other = by_id[other_id]
            if order[other_id] <= order[s.id] or other.article == s.article or len(words[other_id]) < 4:
                continue  # each pair once
            a, b = joined[s.id], joined[other_id]
            short, long = (a, b) if len(a) <= len(b) else (b, a)
            if a == b or partial_ratio(short, long) >= threshold * 100:
                matches[s.id].add(other_id)
                matches[other_id].add(s.id)
    return {k: tuple(sorted(v, key=lambda i: int(i[1:]))) for k, v in matches.items()}
