"""The shared-fact diff: fact units aligned across articles, and the details where they disagree.

Units are compared by TF-IDF over their terms (see fact_terms), with IDF taken
over every unit being compared, so a story's ever-present names weigh little
and the words that make a fact weigh much. Candidates come from an inverted index
of selective terms: a unit is only scored against units sharing one with it. The
same figure in both, or both standing in their articles' ledes, adds to a score.
"""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from functools import lru_cache
from typing import NamedTuple

from newsview.analysis.figures import differ
from newsview.analysis.model import Conflict, Fact, Member

HEDGES = {"about", "some", "just", "nearly", "almost", "around", "roughly", "approximately", "only", "over",
          "more", "than", "less", "fewer", "least", "most", "up", "to", "an", "a", "estimated"}
GRAMMAR = {"in", "of", "for", "to", "on", "at", "by", "from", "with", "and", "or", "but", "that", "which", "who",
           "the", "a", "an", "as", "than", "this", "is", "was", "are", "were", "has", "had", "have", "will", "would"}
WEEKDAYS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}
PLACE_TYPES = ("GPE", "LOC", "FAC")
NUMBER_TYPES = ("CARDINAL", "MONEY", "QUANTITY", "PERCENT")
VALUE_BONUS = 0.15
LEDE_BONUS = 0.1
LEDE = 3  # sentences of an article, its headline among them, that tell its main event
MAX_POSTING = 64  # a term in more units than this is too common to propose a pair on its own
STEM = 6  # letters of a lemma that a term keeps


class Quoted(NamedTuple):
    """A person quoted in a unit."""
    entity: str
    name: str  # the entity's
    speaker: str  # as the reader knows them
    start: int  # where the article names them
    end: int
    matches: tuple[str, ...]  # the same quote's statements in other articles


@dataclass
class Unit:
    article: str
    index: int
    start: int
    end: int
    terms: list[str]
    sentence: int  # where its sentence starts: a sentence's main part and its clauses are units of their own
    values: list[tuple[str, str, int, int]] = field(default_factory=list)  # (label, text, start, end)
    places: set[str] = field(default_factory=set)  # entity ids
    quotes: dict[str, Quoted] = field(default_factory=dict)  # statement id -> its person speaker
    vector: dict[str, float] = field(default_factory=dict)

    @property
    def key(self) -> tuple[str, int]:
        return self.article, self.index

    @property
    def speakers(self) -> set[str]:
        return {q.entity for q in self.quotes.values()}


def fact_terms(lemmas: list[str], entities: list[str]) -> list[str]:
    """What a unit is compared by: its content lemmas cut to their first STEM letters, so that two outlets'
    words for one thing meet ("chairman" and "chairmanship", "Republicans" and "Republican"), and the named
    entities it mentions, however each names them ("Tex." and "Texas", "Chuck Grassley" and "Charles E.
    Grassley")."""
    return [lemma[:STEM] for lemma in lemmas] + ["@" + entity for entity in entities]


def weigh(units: list[Unit]) -> None:
    df = Counter(t for u in units for t in set(u.terms))
    n = len(units)
    for u in units:
        tf = Counter(u.terms)
        vec = {t: (1 + math.log(c)) * math.log(1 + n / df[t]) for t, c in tf.items()}
        norm = math.sqrt(sum(v * v for v in vec.values())) or 1.0
        u.vector = {t: v / norm for t, v in vec.items()}


def cosine(a: dict[str, float], b: dict[str, float]) -> float:
    return sum(a[t] * b[t] for t in a.keys() & b.keys())  # two units share few terms: sum only those


def candidate_pairs(units: list[Unit], max_share: float = 0.2) -> set[tuple[int, int]]:
    """Pairs of units in different articles that share a selective term (not every pair)."""
    index: dict[str, list[int]] = defaultdict(list)
    for i, u in enumerate(units):
        for t in set(u.terms):
            index[t].append(i)
    limit = max(4, min(int(max_share * len(units)), MAX_POSTING))  # in many articles, common terms propose nothing
    article = [u.article for u in units]
    pairs = set()
    for t, posting in index.items():
        if len(posting) > limit:
            continue
        for x, i in enumerate(posting):
            for j in posting[x + 1:]:
                if article[i] != article[j]:
                    pairs.add((i, j))
    return pairs


def align(units: list[Unit], threshold: float) -> list[tuple[int, int, float]]:
    """Aligned unit pairs: each unit keeps its best match in every other article, above the threshold."""
    weigh(units)
    vectors = [u.vector for u in units]
    article = [u.article for u in units]
    values = [specific_values(u) for u in units]
    lede = _in_ledes(units)
    best: dict[tuple[int, str], tuple[float, int]] = {}
    scored = []
    for i, j in candidate_pairs(units):
        s = min(1.0, cosine(vectors[i], vectors[j]))  # rounding may pass 1 by a hair
        if values[i] and not values[i].isdisjoint(values[j]):
            s = min(1.0, s + VALUE_BONUS)
        if lede[i] and lede[j]:
            s = min(1.0, s + LEDE_BONUS)
        if s < threshold:
            continue
        scored.append((i, j, s))
        for a, b in ((i, j), (j, i)):
            kept = best.get((a, article[b]))
            if kept is None or s > kept[0]:
                best[(a, article[b])] = (s, b)
    return [(i, j, s) for i, j, s in scored if best[(i, article[j])][1] == j or best[(j, article[i])][1] == i]


def _in_ledes(units: list[Unit]) -> list[bool]:
    """Whether each unit lies in its article's first sentences: news tells its main event first, so two
    articles' ledes likely tell one fact, however differently each words it."""
    starts: dict[str, set[int]] = defaultdict(set)
    for u in units:
        starts[u.article].add(u.sentence)
    first = {article: sorted(s)[:LEDE] for article, s in starts.items()}
    return [u.sentence in first[u.article] for u in units]


def specific_values(u: Unit) -> set[tuple[str, str]]:
    """The figures of the unit's dates, times, sums and counts: two units giving the same one likely tell one fact,
    however each words it ("at 5 p.m." and "Friday at 5 p.m. Eastern time", "nearly 90" and "some 90")."""
    return {(label, n.replace(",", "")) for label, text, *_ in u.values
            if label in ("DATE", "TIME", "MONEY", "PERCENT", "QUANTITY", "CARDINAL")
            for n in re.findall(r"\d[\d.,:/-]*\d|\d", text)}


def group(units: list[Unit], pairs: list[tuple[int, int, float]]) -> list[tuple[list[int], float]]:
    """Facts from aligned pairs, best pair first: pairs join into one fact while it holds at most one unit
    per article, so with N articles a fact is shared by any subset. A pair that cannot join (both articles
    already in its units' facts) is a fact of its own when it is all that aligns one of its units."""
    root = list(range(len(units)))  # unit -> its fact (the smaller fact is relabelled on a merge)
    articles = {k: {u.article} for k, u in enumerate(units)}
    members = {k: [k] for k in range(len(units))}
    adjacent = defaultdict(set)
    for i, j, _ in pairs:
        adjacent[i].add(j)
        adjacent[j].add(i)
    links = defaultdict(Counter, {k: Counter(near) for k, near in adjacent.items()})  # fact -> fact -> pairs
    scores: dict[int, list[float]] = defaultdict(list)
    leftover: dict[int, tuple[float, int, int]] = {}
    for i, j, s in sorted(pairs, key=lambda p: (-p[2], p[0], p[1])):
        ri, rj = root[i], root[j]
        if ri == rj:
            scores[ri].append(s)
            continue
        small, big = (ri, rj) if len(members[ri]) <= len(members[rj]) else (rj, ri)
        loose = 2 * links[ri][rj] < len(members[ri]) * len(members[rj])  # no chains: most units of both must align
        if loose or not articles[ri].isdisjoint(articles[rj]):
            for k in (i, j):  # remember the best pair of each unit that joined nothing (yet)
                if k not in leftover or s > leftover[k][0]:
                    leftover[k] = (s, i, j)
            continue
        for k in members[small]:
            root[k] = big
        articles[big] |= articles.pop(small)
        members[big] += members.pop(small)
        _merge_links(links, small, big)
        scores[big] += scores.pop(small, []) + [s]
    facts = members
    out, paired = [], set()
    for k, (s, i, j) in sorted(leftover.items()):
        if len(facts[root[k]]) == 1 and (i, j) not in paired:
            paired.add((i, j))
            out.append(([i, j], s))
    alone = {k for pair in paired for k in pair}
    for r, group_members in facts.items():
        if len(group_members) > 1:
            out.append((sorted(group_members, key=lambda k: units[k].key), sum(scores[r]) / len(scores[r])))
        elif group_members[0] not in alone:
            out.append((group_members, 1.0))
    return out


def _merge_links(links: dict[int, Counter], small: int, big: int) -> None:
    """Fact `small` joins fact `big`: its pairs with other facts become big's, its pairs with big are within."""
    for other, n in links.pop(small).items():
        del links[other][small]
        if other != big:
            links[big][other] += n
            links[other][big] += n


@lru_cache(maxsize=16384)
def value_words(text: str) -> frozenset[str]:
    words = re.findall(r"[a-z0-9]+", text.lower())
    return frozenset(re.sub(r"(?<=\d)(?:st|nd|rd|th)$", "", w) for w in words
                     if w not in ("the", "of", "on", "in", "at"))


def conflicts(units: list[Unit], members: list[int], texts: dict[str, str], aligned: set[tuple[int, int]]) \
        -> list[Conflict]:
    """What differs between a fact's members (indices of units, in the fact's order) aligned with each other
    (`aligned` holds each aligned pair of indices, lower first). Two members of a fact of three that each align
    with the third but not with each other may tell different parts of it: "$6 billion" lost and "$5.7
    billion" asked are no disagreement. What a pair is compared on is read once a member, not once a pair."""
    found: list[Conflict] = []
    mu = [units[k] for k in members]
    words = [texts[u.article][u.start:u.end] for u in mu]
    counts = [_counted(u, texts) | _ages(u, texts[u.article]) for u in mu]
    settings = [_settings(u, texts[u.article]) for u in mu]
    clocks = [_clock_times(u, texts[u.article]) for u in mu]
    for x, a in enumerate(mu):
        for y, b in enumerate(mu[x + 1:], x + 1):
            if (min(members[x], members[y]), max(members[x], members[y])) not in aligned:
                continue
            if a.speakers == b.speakers and words[x] == words[y]:
                continue  # the same words and speakers: nothing can differ
            pair = _time_conflicts(a, b, clocks[x], clocks[y]) + _number_conflicts(a, b, counts[x], counts[y]) \
                + _place_conflicts(a, b, texts, settings[x], settings[y]) + _attribution_conflicts(a, b)
            found += [c for c in pair if c not in found]  # a sentence's clause, a member with it, differs alike
    return found


def _attribution_conflicts(a: Unit, b: Unit) -> list[Conflict]:
    """The same quote put in different mouths. Different people quoted in two aligned units have said
    different things, which is no disagreement; nor is a name that may be short for the other ("Cheney",
    "Mary Cheney")."""
    for qa in a.quotes.values():
        for qb in (b.quotes[m] for m in qa.matches if m in b.quotes):
            wa, wb = set(qa.name.split()), set(qb.name.split())
            if qa.entity != qb.entity and not (wa <= wb or wb <= wa):
                return [Conflict("attribution", {a.article: qa.speaker, b.article: qb.speaker},
                                 {a.article: (qa.start, qa.end), b.article: (qb.start, qb.end)})]
    return []


def _time_conflicts(a: Unit, b: Unit, clocks_a: list, clocks_b: list) -> list[Conflict]:
    """Times of one day that differ, or the one weekday each gives, or the one hour each says something happened
    at (`clocks_a`, `clocks_b`: see _clock_times)."""
    out = []
    ta = [v for v in a.values if v[0] in ("DATE", "TIME")]
    tb = [v for v in b.values if v[0] in ("DATE", "TIME")]
    for va in ta:
        wa = value_words(va[1])
        for vb in tb:
            wb = value_words(vb[1])
            same_day = bool(wa & wb & (WEEKDAYS | {w for w in wa if w.isdigit()}))
            unlike = not (wa <= wb or wb <= wa)
            lone_days = len(ta) == len(tb) == 1 and wa & WEEKDAYS and wb & WEEKDAYS and not wa & wb
            if (same_day and unlike) or lone_days or (unlike and len(clocks_a) == len(clocks_b) == 1
                                                      and va in clocks_a and vb in clocks_b):
                kind = "time" if "TIME" in (va[0], vb[0]) or same_day else "date"
                out.append(Conflict(kind, {a.article: va[1], b.article: vb[1]},
                                    {a.article: (va[2], va[3]), b.article: (vb[2], vb[3])}))
    return out


AT_HOUR = re.compile(r"\b(?:at|around|about|by|before|after|until|till|from|since)\s+$", re.IGNORECASE)
STAMP = re.compile(r"\b(?:updated|published|posted|modified)\b", re.IGNORECASE)


def _clock_times(u: Unit, text: str) -> list:
    """The hours the unit says something happened at ("started at 3 a.m."), not those a page is stamped with
    ("Updated 9:28 AM EDT")."""
    if STAMP.search(text, u.start, u.end):
        return []
    return [v for v in u.values if v[0] == "TIME" and re.search(r"\d", v[1])
            and AT_HOUR.search(text[max(0, v[2] - 20):v[2]])]


def _counted(u: Unit, texts: dict[str, str]) -> dict[str, tuple[str, int, int]]:
    """The unit's numbers by the noun they count ("12 houses" -> house), for telling "12" from "15" houses.
    A word of grammar after a number counts nothing ("$6 billion in losses", "$5.7 billion in funds"); a
    quantity counts its own unit ("55 miles of fencing"), a figure the unit written onto it ("60m", "200ft"). A
    number that counts no noun is known by the two words before it ("the toll rose to 40 on Monday")."""
    out = {}
    text_of = texts[u.article]
    for label, text, s, e in u.values:
        if label not in NUMBER_TYPES:
            continue
        rest = text_of[e:e + 30]
        if re.match(r"[-/]\w", rest):  # "a 43-39 record", "9/11", "a 7-yard pass": no count of its own
            continue
        glued = re.match(r"[a-z]+", rest)  # "60m", "200ft": the unit written onto the figure
        after = re.match(r"\s+([a-z]+)", rest)
        own_unit = re.search(r"[a-z]+$", text) if label == "QUANTITY" else None
        noun = glued.group() if glued else after.group(1) if after and after.group(1) not in GRAMMAR \
            else own_unit and own_unit.group()
        if noun:
            out[noun.rstrip("s")] = (text, s, e)
        elif before := re.search(r"\b([a-z]+) ([a-z]+) $", text_of[max(0, s - 40):s]):
            out["after " + before.group(0).strip()] = (text, s, e)
    return out


AGED = re.compile(r"(\d{1,3})[- ]years?[- ]old", re.IGNORECASE)
NAMED = r"((?:[A-Z][\w'’.-]*\s+)*[A-Z][\w'’-]*|[a-z]+)"  # a whole name ("Katie Jenkin", not "Jenkin") or a noun
AGE_BEFORE = {"DATE": re.compile(NAMED + r"(?:,|\s\(|,\s+aged?)\s*$"),  # "Smith, 24," "aged 24"
              "CARDINAL": re.compile(NAMED + r"(?:\s\(|,\s+aged?)\s*$")}  # "Smith (24)"; not a list's "12, 24,"
AGE_AFTER = re.compile(r"\s*[,)]")
AGE_OF = re.compile(r"\s+" + NAMED)  # "36-year-old Duncan Rait", "the 25-year-old gunman"


def _ages(u: Unit, text: str) -> dict[str, tuple[str, int, int]]:
    """The ages the unit gives, by whom they are of: "the 25-year-old gunman" and "the gunman, 24," are both
    the gunman's, "36-year-old Duncan Rait" and "Duncan Rait, 36," Duncan Rait's; "John Jenkin, 23," is not
    Katie Jenkin. The tagger takes ages for dates."""
    out = {}
    for label, words, s, e in u.values:
        whose = None
        if label == "DATE" and AGED.fullmatch(words):
            if m := AGE_OF.match(text, e):
                whose = m.group(1)
        elif label in AGE_BEFORE and re.fullmatch(r"\d{1,3}", words) and int(words) < 120 \
                and AGE_AFTER.match(text, e) and (m := AGE_BEFORE[label].search(text[max(0, s - 40):s])):
            whose = m.group(1)
        if whose:
            out["age of " + " ".join(whose.lower().split())] = (words, s, e)
    return out


def _number_conflicts(a: Unit, b: Unit, ca: dict, cb: dict) -> list[Conflict]:
    """Counts of one noun that differ in their figures: "about 55 miles" and "55 miles" agree, and so do "80%"
    and "80 percent" (see figures)."""
    return [Conflict("number", {a.article: ca[k][0], b.article: cb[k][0]},
                     {a.article: ca[k][1:], b.article: cb[k][1:]})
            for k in ca if k in cb and _figures_differ(ca[k][0], cb[k][0])]


def _figures_differ(a: str, b: str) -> bool:
    told = differ(a, b)
    return told if told is not None else value_words(a) - HEDGES != value_words(b) - HEDGES


def _place_conflicts(a: Unit, b: Unit, texts: dict[str, str], pa: list, pb: list) -> list[Conflict]:
    """Different settings (`pa`, `pb`: see _settings) only conflict when neither article names the other's
    place anywhere."""
    if not pa or not pb or not a.places.isdisjoint(b.places):
        return []
    if any(v[1] in texts[b.article] for v in pa) or any(v[1] in texts[a.article] for v in pb):
        return []
    if _pinpointed(pa, texts[a.article]) != _pinpointed(pb, texts[b.article]):
        return []  # "near the stadium in X" vs "in Y": a spot within a place is more specific, not different
    va, vb = pa[0], pb[0]
    return [Conflict("place", {a.article: va[1], b.article: vb[1]},
                     {a.article: (va[2], va[3]), b.article: (vb[2], vb[3])})]


POSSESSIVE = re.compile(r"['’](?:s\b|(?=\s))")
ORIGIN = re.compile(r"\b[A-Z][\w.'’-]*,? of\s+$")  # "Harry Reid of Nevada", "Bishop of Rome"


def _settings(u: Unit, text: str) -> list:
    """The unit's places where things happen, not the places its people or bodies are of ("Senator Harry Reid of
    Nevada" says where he is from, not where he spoke) nor places that own something ("the U.S.' allies")."""
    return [v for v in u.values if v[0] in PLACE_TYPES and not ORIGIN.search(text[max(0, v[2] - 40):v[2]])
            and not POSSESSIVE.match(text, v[3])]


NESTED = re.compile(r"\b(?:near|outside|at|by|inside|behind|beside|opposite|off|in)\s+(?:the|a|an)\s+"
                    r"(?:[\w'’-]+\s+){1,4}(?:in|of|outside|near)\s+(?:the\s+)?$", re.IGNORECASE)


def _pinpointed(places: list, text: str) -> bool:
    """A place named as the setting of a narrower spot: "near the main airport in X", "at a school of X"."""
    return any(NESTED.search(text[max(0, v[2] - 60):v[2]]) for v in places)


def diff(units: list[Unit], texts: dict[str, str], threshold: float) -> list[Fact]:
    order = {a: i for i, a in enumerate(dict.fromkeys(u.article for u in units))}
    facts = []
    pairs = align(units, threshold)
    aligned = {(min(i, j), max(i, j)) for i, j, _ in pairs}
    for n, (members, score) in enumerate(_folded(group(units, pairs), units), 1):
        members = sorted(members, key=lambda k: (order[units[k].article], units[k].start))
        mu = [units[k] for k in members]
        ms = _members(mu, texts)
        if len({u.article for u in mu}) == 1:
            facts.append(Fact(f"f{n}", "only", ms, 1.0))
            continue
        found = conflicts(units, members, texts, aligned)
        facts.append(Fact(f"f{n}", "conflict" if found else "shared", ms, score, tuple(found)))
    facts.sort(key=lambda f: (order[f.members[0].article], f.members[0].start, -f.members[0].end))
    facts = _outermost_only(facts)
    return [Fact(f"f{n}", f.status, f.members, f.score, f.conflicts) for n, f in enumerate(facts, 1)]


def _folded(groups: list[tuple[list[int], float]], units: list[Unit]) -> list[tuple[list[int], float]]:
    """A fact of several articles whose every unit lies in a sentence that a longer fact already pairs (an
    apposition matched beside its sentence, or with the clause another article split off its main part) is a
    part of that fact, not a fact of its own: listed apart, one pair of sentences would count as several facts.
    It joins that fact, whose score stays that of the sentences' own match."""
    sentences = [{(units[k].article, units[k].sentence) for k in members} for members, _ in groups]
    size = [sum(units[k].end - units[k].start for k in members) for members, _ in groups]
    several = [len({article for article, _ in held}) > 1 for held in sentences]
    holding = defaultdict(set)  # sentence -> the facts of several articles with a unit in it
    for n, held in enumerate(sentences):
        for sentence in held if several[n] else ():
            holding[sentence].add(n)
    members = {n: list(group[0]) for n, group in enumerate(groups)}
    for n in sorted((n for n in members if several[n]), key=lambda n: (size[n], n)):
        hosts = [h for h in set.intersection(*(holding[s] for s in sentences[n])) if (size[h], h) > (size[n], n)]
        if hosts:
            host = max(hosts, key=lambda h: (groups[h][1], size[h], -h))
            members[host] += members.pop(n)
            size[host] += size[n]
            for sentence in sentences[n]:
                holding[sentence].discard(n)
    return [(members[n], score) for n, (_, score) in enumerate(groups) if n in members]


def _members(mu: list[Unit], texts: dict[str, str]) -> tuple[Member, ...]:
    """One member per sentence of each article: a sentence's units in one fact read as the span they cover."""
    spans: dict[tuple[str, int], tuple[int, int]] = {}
    for u in mu:
        s, e = spans.get((u.article, u.sentence), (u.start, u.end))
        spans[(u.article, u.sentence)] = (min(s, u.start), max(e, u.end))
    return tuple(Member(a, s, e, texts[a][s:e]) for (a, _), (s, e) in spans.items())


def _outermost_only(facts: list[Fact]) -> list[Fact]:
    """A clause that one article alone reports, inside a sentence it alone reports, says nothing new:
    listing both would count one fact two or three times. Facts come sorted by article, start, longest first."""
    kept, reach = [], {}  # article -> end of the furthest "only" fact so far
    for f in facts:
        m = f.members[0]
        if f.status == "only":
            if reach.get(m.article, -1) >= m.end:
                continue
            reach[m.article] = max(reach.get(m.article, -1), m.end)
        kept.append(f)
    return kept
