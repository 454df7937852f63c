"""The same statement in several articles: same words, whatever the quote style, case, `US`/`U.S.` or truncation."""

from __future__ import annotations

from collections import Counter, defaultdict

from rapidfuzz.fuzz import partial_ratio

from newsview.analysis.names import words_of
from newsview.analysis.model import Statement

SHINGLE = 3
MIN_WORDS = 4


def match_statements(statements: list[Statement], threshold: float) -> dict[str, tuple[str, ...]]:
    """Statement id -> ids of statements in other articles that carry the same words.

    Statements are compared by their normalised words, each distinct wording once, and only with wordings
    that share a third of the shorter one's runs of SHINGLE words (fewer cannot reach the threshold), so a
    corpus costs about what its real matches cost."""
    by_text: dict[str, list[Statement]] = defaultdict(list)  # normalised words -> statements saying them
    for s in statements:
        w = words_of(s.content.text)
        if len(w) >= MIN_WORDS:
            by_text[" ".join(w)].append(s)
    texts = list(by_text)
    shingles = [_shingles(text.split()) for text in texts]
    matches: dict[str, set[str]] = defaultdict(set)

    def link(group_a: list[Statement], group_b: list[Statement]) -> None:
        for a in group_a:
            for b in group_b:
                if a.article != b.article:
                    matches[a.id].add(b.id)
                    matches[b.id].add(a.id)

    runs = [len(s) for s in shingles]
    cutoff = threshold * 100  # given to partial_ratio too, so it can stop early
    later: dict[tuple[str, ...], set[int]] = defaultdict(set)  # shingle -> the wordings after this one saying it
    for n in reversed(range(len(texts))):  # so each wording counts its runs against later ones only, once a pair
        text = texts[n]
        link(by_text[text], by_text[text])  # the same words in several articles
        shared = Counter()
        for shingle in shingles[n]:
            shared.update(later.get(shingle, ()))
        for m in sorted(c for c, count in shared.items() if 3 * count >= min(runs[n], runs[c])):
            other = texts[m]
            short, long = (text, other) if len(text) <= len(other) else (other, text)
            if partial_ratio(short, long, score_cutoff=cutoff) >= cutoff:
                link(by_text[text], by_text[other])
        for shingle in shingles[n]:
            later[shingle].add(n)
    order = {s.id: n for n, s in enumerate(statements)}
    return {k: tuple(sorted(v, key=order.__getitem__)) for k, v in matches.items()}


def _shingles(words: list[str]) -> list[tuple[str, ...]]:
    """The runs of SHINGLE words, one at each position."""
    return [tuple(words[k:k + SHINGLE]) for k in range(len(words) - SHINGLE + 1)]
