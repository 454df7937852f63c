"""One Comparison for N articles: per-article analysis (cached), then everything across articles."""

from __future__ import annotations

import bisect
import gc
import hashlib
import json
import re
from collections import defaultdict
from contextlib import contextmanager
from dataclasses import replace
from typing import Callable, Iterator, Sequence

from newsview.analysis.cache import Cache
from newsview.analysis.document import analyse_document
from newsview.analysis.entities import resolve
from newsview.analysis.facts import PLACE_TYPES, PRONOUNS, Quoted, Unit, Wording, diff, fact_terms
from newsview.analysis.known_names import add_known_names
from newsview.analysis.matching import match_statements
from newsview.analysis.model import (VALUE_TYPES, Comparison, Conflict, Entity, Fact, Member, Mention, Speaker, Span,
                                     Statement, plain)
from newsview.analysis.nlp import parse
from newsview.config import AnalysisConfig
from newsview.corpus.model import Article
from newsview.corpus.stories import split_comparison
from newsview.corpus.titles import headline_span

Progress = Callable[[str, float], None]


NOTHING_FOUND = {"mentions": [], "units": [], "statements": [], "sexes": []}


def analyse_articles(articles: Sequence[Article], settings: AnalysisConfig, use_cache: bool = True,
                     progress: Progress | None = None, failed: list[str] | None = None) -> dict[str, dict]:
    """Article id -> its per-article analysis, from the cache where it can be. An article whose analysis fails
    (a fault of ours, not of its text) is compared with nothing found in it, told in `failed`, and not cached:
    one article never costs the reader the whole comparison."""
    cache = Cache(settings.model, enabled=use_cache and settings.cache)
    done: dict[str, dict] = {}
    todo = []
    for a in articles:
        hit = cache.get(a.text)
        if hit is not None:
            done[a.id] = hit
        else:
            todo.append(a)
    if todo:
        if progress:
            progress("loading the language model", 0.0)
        for n, (a, pieces) in enumerate(zip(todo, parse((a.text for a in todo), settings.model)), 1):
            try:
                result = analyse_document(a.text, pieces)
            except Exception as error:  # any fault in one article's analysis
                result = NOTHING_FOUND
                if failed is not None:
                    failed.append(f"{a.path or a.outlet or a.id}: analysis failed ({type(error).__name__}: {error}); "
                                  "shown without entities, statements or facts of its own")
            else:
                cache.put(a.text, result)
            done[a.id] = result
            if progress:
                progress(f"analysed {n} of {len(todo)} articles", n / len(todo))
    return done


@contextmanager
def _cycle_collector_paused() -> Iterator[None]:
    """The analysis makes millions of small objects and next to no reference cycles (a few hundred, from spaCy,
    in 200 articles): Python's cycle collector would only walk them again and again, a fifth of the time
    across articles. It is paused while the analysis runs and left as it was found."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def _entity_at(index: dict[tuple, str], by_article: dict[str, list], article: str, span: list | None) -> str | None:
    if not span:
        return None
    eid = index.get((article, span[0], span[1]))
    if eid:
        return eid
    return next((eid for s, e, eid in by_article.get(article, ()) if s < span[1] and span[0] < e), None)


JOINED = re.compile(r"\b(?:and|or)\b|&")  # between speakers of one statement


def _described(said_of: dict[tuple[str, int], list[tuple[int, str, Mention]]], article: Article,
               span: list | None) -> str | None:
    """The named entity the speaker's span is a mention of: a name ("Zero Hedge", of a type the statement does not
    take for a speaker's) or a description the article ties to a name ("The president said", "the RNC chairman"
    of which "chairman" is linked to a person), which goes before the statement's own guess, the latest speaker;
    not a name inside it ("a Pentagon official" is not the Pentagon, "Sen. Roe of Ohio" not Ohio), nor the last
    of several speakers ("Trump and his lawyer, John Dowd" is not Dowd alone), nor a pronoun, which the statement
    resolves."""
    ending = said_of.get((article.id, span[1]), ()) if span else ()
    return next((eid for start, eid, m in ending if start == span[0] and m.kind != "pronoun"
                 or start > span[0] and m.kind == "nominal" and not JOINED.search(article.text, span[0], start)), None)


@_cycle_collector_paused()  # a comparison from the cache is as many small objects
def analyse(articles: Sequence[Article], settings: AnalysisConfig = AnalysisConfig(), use_cache: bool = True,
            progress: Progress | None = None) -> Comparison:
    """The comparison of `articles`; the same articles again come whole from the cache."""
    articles = list(articles)
    cache = Cache(settings.model, enabled=use_cache and settings.cache)
    key = _comparison_key(articles, settings)
    hit = cache.get(key)
    if hit is not None:
        try:
            comparison = _thaw(articles, hit)
        except (KeyError, TypeError, ValueError, AttributeError):
            comparison = None  # an entry of another shape: rebuilt below
        if comparison is not None:
            if progress:
                progress("loaded from the cache", 1.0)
            return comparison
    comparison = compare(articles, settings, use_cache, progress)
    if not comparison.warnings:
        cache.put(key, _freeze(comparison))
    return comparison


def _comparison_key(articles: list[Article], settings: AnalysisConfig) -> str:
    """Cache key of a whole comparison: every article's id and text, in order, and the settings that shape it."""
    texts = [(a.id, hashlib.sha256(a.text.encode("utf-8")).hexdigest()) for a in articles]
    return "comparison\0" + json.dumps([settings.entity_threshold, settings.fact_threshold,
                                        settings.quote_threshold, texts])


def _freeze(comparison: Comparison) -> dict:
    return {"entities": plain(comparison.entities), "statements": plain(comparison.statements),
            "facts": plain(comparison.facts)}


def _thaw(articles: list[Article], data: dict) -> Comparison:
    entities = [Entity(e["id"], e["name"], e["type"], tuple(e["aliases"]), tuple(Mention(**m) for m in e["mentions"]))
                for e in data["entities"]]
    statements = [Statement(s["id"], s["article"], Speaker(**s["speaker"]), s["cue"], s["kind"], Span(**s["content"]),
                            tuple(s["matches"]), s["cue_start"], s["cue_end"]) for s in data["statements"]]
    facts = [Fact(f["id"], f["status"], tuple(Member(**m) for m in f["members"]), f["score"],
                  tuple(Conflict(c["kind"], c["values"], {k: tuple(v) for k, v in c["spans"].items()}, c["about"])
                        for c in f["conflicts"])) for f in data["facts"]]
    return Comparison(tuple(articles), tuple(entities), tuple(statements), tuple(facts))


def _named_within(named: list[tuple[int, int, str]], start: int, end: int) -> list[str]:
    """The entity ids of the named mentions (start, end, id; sorted) inside a span."""
    return [m[2] for m in named[bisect.bisect_left(named, (start,)):bisect.bisect_left(named, (end,))] if m[1] <= end]


def _quoted(st: Statement, names: dict[str, str]) -> Quoted:
    """The speaker as the article names them, or by the entity's name where it only says "he" or "the aide";
    and where it names them (the statement's cue, failing a speaker span)."""
    named = any(w[0].isupper() for w in st.speaker.text.split()[1:] or [st.speaker.text]) \
        and st.speaker.text.lower() not in PRONOUNS  # "Strand", "The Rev. Al Sharpton"; not "he", "It", "The aide"
    text = st.speaker.text if any(c.isupper() for c in st.speaker.text) else names[st.speaker.entity]
    if st.speaker.start is not None:
        start, end = st.speaker.start, st.speaker.end
    else:
        start, end = st.cue_start or st.content.start, st.cue_end or st.content.end
    return Quoted(st.speaker.entity, names[st.speaker.entity], text, start, end, st.matches, named)


@_cycle_collector_paused()
def compare(articles: list[Article], settings: AnalysisConfig, use_cache: bool = True,
            progress: Progress | None = None) -> Comparison:
    """Per-article analyses (cached each) and everything across articles."""
    failed: list[str] = []
    docs = analyse_articles(articles, settings, use_cache, progress, failed)
    mentions = add_known_names({a.id: docs[a.id]["mentions"] for a in articles}, {a.id: a.text for a in articles})
    stories = {a.id: k for k, story in enumerate(split_comparison(articles)) for a in story}
    sexes = {(a.id, start, end): sex for a in articles for start, end, sex in docs[a.id]["sexes"]}
    entities, index = resolve(mentions, settings.entity_threshold, {a.id: a.day for a in articles}, stories, sexes)
    etype = {e.id: e.type for e in entities}
    said_of = defaultdict(list)  # (article, end) -> (start, entity id, mention) of the named entities' mentions
    for e in entities:
        for m in e.mentions if e.named else ():
            said_of[(m.article, m.end)].append((m.start, e.id, m))
    for ending in said_of.values():
        ending.sort(key=lambda x: x[0])
    names = {e.id: e.name for e in entities}
    by_article: dict[str, list] = defaultdict(list)  # article -> (start, end, entity id) of its mentions
    for (art, s, e), eid in index.items():
        by_article[art].append((s, e, eid))
    named_ids = {e.id for e in entities if e.named}
    named = {a.id: sorted(m for m in by_article[a.id] if m[2] in named_ids) for a in articles}  # (start, end, id)
    statements: list[Statement] = []
    said: dict[str, list[str]] = {}  # statement id -> the terms of what it said (see fact_terms)
    for a in articles:
        for raw in docs[a.id]["statements"]:
            s, e = raw["content"]
            sp = raw["speaker_span"]
            speaker = Speaker(raw["speaker_text"], _described(said_of, a, sp)
                              or _entity_at(index, by_article, a.id, raw["resolved"]), sp[0] if sp else None,
                              sp[1] if sp else None)
            cue = raw["cue_span"] or [None, None]
            statements.append(Statement(f"s{len(statements) + 1}", a.id, speaker, raw["cue"], raw["kind"],
                                        Span(s, e, a.text[s:e]), (), cue[0], cue[1]))
            said[statements[-1].id] = fact_terms(raw["terms"], [])
    matches = match_statements(statements, settings.quote_threshold, said)
    statements = [replace(s, matches=matches.get(s.id, ())) for s in statements]
    quoted_people = defaultdict(list)  # article -> (content start, statement id, Quoted) of its statements
    direct = defaultdict(list)  # article -> (content start, statement id, Wording) of its direct quotes
    for st in statements:
        if st.speaker.entity and etype.get(st.speaker.entity) == "PERSON":
            quoted_people[st.article].append((st.content.start, st.id, _quoted(st, names)))
        if st.kind == "direct" and st.matches:  # the quote's words, less a speaker interrupting them
            pieces = tuple((max(s, st.content.start), min(e, st.content.end)) for s, e in docs[st.article]["quotes"]
                           if s < st.content.end and st.content.start < e)
            direct[st.article].append((st.content.start, st.id, Wording(pieces, st.matches)))
    units = []
    for a in articles:
        headline = headline_span(a.text) or (-1, -1)
        values = [m for m in docs[a.id]["mentions"] if m[2] in VALUE_TYPES or m[2] in PLACE_TYPES]
        by_start = sorted(range(len(values)), key=lambda i: values[i][0])
        starts = [values[i][0] for i in by_start]
        for k, (s, e, terms, sentence) in enumerate(docs[a.id]["units"]):
            window = by_start[bisect.bisect_left(starts, s):bisect.bisect_left(starts, e)]
            within = [values[i] for i in sorted(window)]  # in the order the article's analysis gave them
            inside = [(m[2], m[3], m[0], m[1]) for m in within if m[1] <= e]
            places = {index[(a.id, m[0], m[1])] for m in within if (a.id, m[0], m[1]) in index
                      and m[2] in PLACE_TYPES}
            quotes = {sid: quoted for start, sid, quoted in quoted_people[a.id] if s <= start < e}
            wordings = {sid: wording for start, sid, wording in direct[a.id] if s <= start < e}
            units.append(Unit(a.id, k, s, e, fact_terms(terms, _named_within(named[a.id], s, e)), sentence, inside,
                              places, quotes, headline[0] <= s and e <= headline[1], wordings))
    facts = diff(units, {a.id: a.text for a in articles}, settings.fact_threshold)
    return Comparison(tuple(articles), tuple(entities), tuple(statements), tuple(facts), tuple(failed))
