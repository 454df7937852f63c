"""The same statement in several articles: same words, whatever the quote style, case, `US`/`U.S.` or truncation;
or one speaker's statement put in other words ("he felt “very badly” for Mr. Flynn", "I feel very badly for Gen.
Flynn")."""

from __future__ import annotations

from collections import Counter, defaultdict
from typing import Iterator

from rapidfuzz.fuzz import partial_ratio

from newsview.analysis.names import words_of
from newsview.analysis.model import Statement

SHINGLE = 3
MIN_WORDS = 4
RESTATED_TERMS = 3  # terms one speaker's two statements share at least (or all the shorter's) to be one statement
RESTATED_SHARE = 2 / 3  # and the share of the shorter statement's terms they make


def match_statements(statements: list[Statement], threshold: float,
                     terms: dict[str, list[str]]) -> dict[str, tuple[str, ...]]:
    """Statement id -> ids of statements in other articles that carry the same words, or that the same speaker
    said in others, by the terms (see facts.fact_terms) of what was said.

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
    for a, b in _restated(statements, terms):
        link([a], [b])
    order = {s.id: n for n, s in enumerate(statements)}
    return {k: tuple(sorted(v, key=order.__getitem__)) for k, v in matches.items()}


def _shingles(words: list[str]) -> list[tuple[str, ...]]:
    """The runs of SHINGLE words, one at each position."""
    return [tuple(words[k:k + SHINGLE]) for k in range(len(words) - SHINGLE + 1)]


def _restated(statements: list[Statement], terms: dict[str, list[str]]) -> Iterator[tuple[Statement, Statement]]:
    """Pairs of one speaker's statements in two articles that say the same (see _restates); each statement is
    only weighed against the speaker's earlier ones it shares two terms with."""
    by_speaker: dict[str, list[Statement]] = defaultdict(list)
    for s in statements:
        if s.speaker.entity:
            by_speaker[s.speaker.entity].append(s)
    for said in by_speaker.values():
        saying: dict[str, list[int]] = defaultdict(list)  # term -> the speaker's statements so far with it
        for j, b in enumerate(said):
            own = set(terms[b.id])
            common = Counter(i for term in own for i in saying[term])
            for i, n in common.items():
                if n >= 2 and said[i].article != b.article and _restates(terms[said[i].id], terms[b.id]):
                    yield said[i], b
            for term in own:
                saying[term].append(j)


def _restates(a: list[str], b: list[str]) -> bool:
    """Whether the longer of two statements says most of the shorter's terms, and says them together: a short
    claim is not found again in words scattered over a long quote."""
    words_a, words_b = set(a), set(b)
    short, long = (words_a, b) if len(words_a) <= len(words_b) else (words_b, a)
    shared = short & set(long)
    return len(shared) >= max(2, min(RESTATED_TERMS, len(short)), RESTATED_SHARE * len(short)) \
        and _span(long, shared) <= 2 * len(shared)


def _span(terms: list[str], wanted: set[str]) -> int:
    """The length of the shortest run of `terms` that holds every one of `wanted`."""
    count: Counter = Counter()
    best, start, held = len(terms), 0, 0
    for end, term in enumerate(terms):
        if term in wanted:
            count[term] += 1
            held += count[term] == 1
        while held == len(wanted):
            best = min(best, end - start + 1)
            if terms[start] in wanted:
                count[terms[start]] -= 1
                held -= count[terms[start]] == 0
            start += 1
    return best
