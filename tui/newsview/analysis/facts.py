"""The shared-fact diff: fact units aligned across articles, and the details where they disagree.

Units are compared by TF-IDF over their terms (see fact_terms), with IDF taken
over every unit being compared, so a story's ever-present names weigh little
and the words that make a fact weigh much. Candidates come from an inverted index
of selective terms: a unit is only scored against units sharing one with it. The
same figure in both, or both standing in their articles' ledes, adds to a score.

Two aligned units disagree on a detail only where both give it of the same thing:
a count of one noun, told in the same words and of no two different people; the
day or hour of one happening, not the day a page was stamped or someone spoke; a
place where something happened, not where someone is from; a quote both articles
give to a person each names.
"""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from functools import lru_cache
from typing import NamedTuple

from rapidfuzz.distance import OSA

from newsview.analysis import times
from newsview.analysis.figures import differ
from newsview.analysis.model import Conflict, Fact, Member
from newsview.analysis.names import clipped, same_name_word, singular, words_of
from newsview.corpus.datelines import AROUND_DATE, ZONE

HEDGES = {"about", "some", "just", "nearly", "almost", "around", "roughly", "approximately", "only", "over",
          "more", "than", "less", "fewer", "least", "most", "up", "to", "an", "a", "estimated"}
PRONOUNS = {"he", "she", "it", "they", "his", "her", "its", "their", "we", "our", "i", "my", "you", "your"}
GRAMMAR = {"in", "of", "for", "to", "on", "at", "by", "from", "with", "and", "or", "but", "that", "which", "who",
           "the", "a", "an", "as", "than", "this", "is", "was", "are", "were", "has", "had", "have", "will", "would"}
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
    named: bool  # the article names them there, not "he" nor "I"


class Wording(NamedTuple):
    """A direct quote in a unit, which other articles carry too."""
    pieces: tuple[tuple[int, int], ...]  # (start, end) of its words inside quote marks
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
    headline: bool = False  # the article's headline line
    wordings: dict[str, Wording] = field(default_factory=dict)  # statement id -> its quoted words
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
    """Aligned unit pairs: each unit keeps its best match in every other article, above the threshold. A
    headline is compared with the other article's headline where it has one, not with its lede: headlines set
    side by side show how each outlet frames the story, ledes how each tells it."""
    weigh(units)
    vectors = [u.vector for u in units]
    article = [u.article for u in units]
    values = [specific_values(u) for u in units]
    lede = _in_ledes(units)
    headed = {u.article for u in units if u.headline}
    best: dict[tuple[int, str], tuple[float, int]] = {}
    scored = []
    for i, j in candidate_pairs(units):
        if units[i].headline != units[j].headline and {article[i], article[j]} <= headed:
            continue
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
    told = [_times(u, texts[u.article]) for u in mu]
    for x, a in enumerate(mu):
        for y, b in enumerate(mu[x + 1:], x + 1):
            if (min(members[x], members[y]), max(members[x], members[y])) not in aligned:
                continue
            if a.speakers == b.speakers and words[x] == words[y]:
                continue  # the same words and speakers: nothing can differ
            pair = _time_conflicts(a, b, told[x], told[y]) + _number_conflicts(a, b, counts[x], counts[y]) \
                + _place_conflicts(a, b, texts, settings[x], settings[y]) + _attribution_conflicts(a, b) \
                + _wording_conflicts(a, b, texts)
            found += [c for c in pair if c not in found]  # a sentence's clause, a member with it, differs alike
    return found


def _attribution_conflicts(a: Unit, b: Unit) -> list[Conflict]:
    """The same quote put in different mouths, by name in both articles: a "he said" is only as good as the
    guess of whom "he" means. Different people quoted in two aligned units have said different things, which
    is no disagreement; nor is a name that may be short for the other ("Cheney", "Mary Cheney")."""
    for qa in a.quotes.values():
        for qb in (b.quotes[m] for m in qa.matches if m in b.quotes):
            wa, wb = set(qa.name.split()), set(qb.name.split())
            if qa.entity != qb.entity and qa.named and qb.named and not (wa <= wb or wb <= wa):
                return [Conflict("attribution", {a.article: qa.speaker, b.article: qb.speaker},
                                 {a.article: (qa.start, qa.end), b.article: (qb.start, qb.end)})]
    return []


QUOTED_WORD = re.compile(r"\[[^\]]*\]|[\w’'-]+")  # a word, or words an editor added in brackets
MOST_REPLACED = 3  # words: a longer stretch replaced is another passage, not the same one misquoted


def _wording_conflicts(a: Unit, b: Unit, texts: dict[str, str]) -> list[Conflict]:
    """The same quote worded differently ("Flynn lied and they destroyed his life", "Flynn lied, and it
    destroyed his life"): words of it replaced by others where the words on either side agree. A quote one
    outlet cuts short or leaves words out of is no disagreement, nor are words an editor added in brackets, a
    spelling, an abbreviation or a contraction of the same words."""
    out = []
    for wa in a.wordings.values():
        for wb in (b.wordings[m] for m in wa.matches if m in b.wordings):
            ta, tb = _quoted_words(texts[a.article], wa), _quoted_words(texts[b.article], wb)
            ops = SequenceMatcher(None, [w for w, _, _ in ta], [w for w, _, _ in tb], autojunk=False).get_opcodes()
            for op, i1, i2, j1, j2 in ops:
                if op != "replace" or not (0 < i1 and i2 < len(ta) and 0 < j1 and j2 < len(tb)) \
                        or max(i2 - i1, j2 - j1) > MOST_REPLACED or _one_wording(ta[i1:i2], tb[j1:j2]):
                    continue
                sa, sb = (ta[i1 - 1][1], ta[i2][2]), (tb[j1 - 1][1], tb[j2][2])  # with a word agreed on each side
                out.append(Conflict("other", {a.article: texts[a.article][slice(*sa)],
                                              b.article: texts[b.article][slice(*sb)]},
                                    {a.article: sa, b.article: sb}, "quoted words"))
    return out


def _quoted_words(text: str, w: Wording) -> list[tuple[str, int, int]]:
    """(word as compared, start, end) of a quote's words, less words an editor added in brackets."""
    return [(singular(word), m.start(), m.end()) for start, end in w.pieces
            for m in QUOTED_WORD.finditer(text, start, end) if not m.group().startswith("[")
            for word in words_of(m.group())]


def _one_wording(a: list[tuple], b: list[tuple]) -> bool:
    """Whether two runs of words say the same words: run together ("half liter"), a contraction ("it's", "it
    is"), an abbreviation ("Gen.", "General"), a spelling or transliteration ("favour", "favor"; "Muammar
    Qaddafi", "Moammar Gadhafi") or a figure ("ten", "10")."""
    wa, wb = [w for w, _, _ in a], [w for w, _, _ in b]
    if "".join(wa) == "".join(wb) or any("'" in w for w in wa + wb) or clipped("".join(wa), "".join(wb)):
        return True
    if len(wa) == len(wb) and all(x == y or same_name_word(x, y) or min(len(x), len(y)) >= 5 and OSA.distance(x, y) <= 1
                                  for x, y in zip(wa, wb)):
        return True
    return differ(" ".join(wa), " ".join(wb)) is False


def _time_conflicts(a: Unit, b: Unit, told_a: list[Told], told_b: list[Told]) -> list[Conflict]:
    """Days, hours of one day, or the one length of time each gives, that differ (see times.differ); the one
    weekday each gives; or the one hour each says something happened at (see _times): each the time of the same
    thing, told in words around it that both use (see _context). A value the other unit agrees with is
    accounted for: "found July 27, died July 24" and "died July 24" do not differ on July 27."""
    out = []
    one_hour_each = sum(t.at_hour for t in told_a) == sum(t.at_hour for t in told_b) == 1
    for ta in told_a:
        if _agreed(ta, told_b):
            continue
        for tb in told_b:
            if ta.spoken != tb.spoken or _agreed(tb, told_a) or not ta.context & tb.context:
                continue
            kind = times.differ(ta.when, tb.when)
            if kind and ta.when.length and not (_lone(ta, told_a) and _lone(tb, told_b)):
                kind = None  # of two lengths in a unit, which is the other's?
            if kind is None and len(told_a) == len(told_b) == 1 and ta.when.weekday and tb.when.weekday \
                    and ta.when.weekday != tb.when.weekday:
                kind = "date"
            if kind is None and one_hour_each and ta.at_hour and tb.at_hour \
                    and times.differ(ta.when._replace(weekday="day"), tb.when._replace(weekday="day")):
                kind = "time"
            if kind:
                va, vb = ta.value, tb.value
                out.append(Conflict(kind, {a.article: va[1], b.article: vb[1]},
                                    {a.article: (va[2], va[3]), b.article: (vb[2], vb[3])}))
    return out


def _agreed(t: Told, others: list[Told]) -> bool:
    """Whether another unit gives a value that names the same kind of thing and agrees."""
    w = t.when
    return any(not times.differ(w, o.when)
               and (w.length and o.when.length or (w.weekday and w.weekday == o.when.weekday) or (w.day and o.when.day))
               for o in others)


def _lone(t: Told, told: list[Told]) -> bool:
    return sum(1 for o in told if o.when.length and o.when.length[1] == t.when.length[1]) == 1


class Told(NamedTuple):
    """A date or time value of a unit and what it says."""
    value: tuple[str, str, int, int]
    when: times.When
    spoken: bool  # when someone spoke ("said Wednesday"), no time of what happened
    at_hour: bool  # an hour something happened at ("started at 3 a.m.")
    context: frozenset[str]  # what it is the time of (see _context)


AT_HOUR = re.compile(r"\b(?:at|around|about|by|before|after|until|till|from|since)\s+$", re.IGNORECASE)
STAMP = re.compile(r"\b(?:updated|published|posted|modified)\b", re.IGNORECASE)
SAID = re.compile(r"\b(?:said|says|told|tells|announced|announces|stated|added|wrote|tweeted|testified|confirmed"
                  r"|reported)(?:\s+[\w'’.-]+){0,2}\s+\(?$", re.IGNORECASE)
RELATIVE = re.compile(r"\s+(?:ago|before|after|earlier|later|from now)\b", re.IGNORECASE)


def _times(u: Unit, text: str) -> list[Told]:
    """The unit's dates and times, but none in a page's stamp ("Updated 9:28 AM EDT", "May 03, 2013") nor a day
    that names an event ("Sunday's game"); a length counted from something ("nine days before") is no length."""
    if STAMP.search(text, u.start, u.end) or _stamp(u, text):
        return []
    out = []
    for v in u.values:
        if v[0] not in ("DATE", "TIME") or POSSESSIVE.match(text, v[3]):
            continue
        w = times.when(v[1])
        if w.length and RELATIVE.match(text, v[3]):
            w = times.When()
        out.append(Told(v, w, SAID.search(text[max(0, v[2] - 60):v[2]]) is not None,
                        w.clock and AT_HOUR.search(text[max(0, v[2] - 20):v[2]]) is not None,
                        _context(text, u, v[2], v[3])))
    return out


def _stamp(u: Unit, text: str) -> bool:
    """A unit that gives a time and nothing else but a place and a page's words for a date ("Updated", "at",
    "EDT"): a date line, not a fact of the story."""
    rest, last = [], u.start
    for v in sorted(v for v in u.values if v[0] in ("DATE", "TIME") + PLACE_TYPES):
        rest.append(text[last:v[2]])
        last = max(last, v[3])
    rest.append(text[last:u.end])
    return len(rest) > 1 and not re.search(r"[^\W\d_]{2,}", ZONE.sub(" ", AROUND_DATE.sub(" ", " ".join(rest))))


def _counted(u: Unit, texts: dict[str, str]) -> dict[str, list[tuple]]:
    """The unit's numbers by the noun they count ("12 houses" -> house), for telling "12" from "15" houses.
    A word of grammar after a number counts nothing ("$6 billion in losses", "$5.7 billion in funds"); a
    quantity counts its own unit ("55 miles of fencing"), a figure the unit written onto it ("60m", "200ft"). A
    number that counts no noun is known by the two words before it ("the toll rose to 40 on Monday"). Each count is
    (text, start, end, whose it is (see _owner), what it is of (see _context))."""
    out = defaultdict(list)
    text_of = texts[u.article]
    for label, text, s, e in u.values:
        if label not in NUMBER_TYPES or times.CLOCK.search(text.lower()):
            continue  # "8.49pm", "20:49": an hour, not a count
        rest = text_of[e:e + 30]
        if re.match(r"[-/×]\w", rest) or text_of[s - 1:s] in ("-", "/", "×") \
                or RATIO.search(text_of[max(0, s - 8):s]):  # "a 43-39 record", "9/11", "a 7-yard pass",
            continue  # "four-by-four", "29 of 34": no count of its own
        glued = re.match(r"[a-z]+", rest)  # "60m", "200ft": the unit written onto the figure
        after = re.match(r"\s+([a-z]+)", rest)
        own_unit = re.search(r"[a-z]+$", text) if label == "QUANTITY" else None
        noun = glued.group() if glued else after.group(1) if after and after.group(1) not in GRAMMAR \
            else own_unit and own_unit.group()
        noun_end = e + (glued.end() if glued else after.end() if noun and after else 0)
        counted = (text, s, e, _owner(text_of, max(u.start, s - 60), s), _context(text_of, u, s, noun_end))
        if noun:
            out[noun.rstrip("s")].append(counted)
        elif before := re.search(r"\b([a-z]+) ([a-z]+) $", text_of[max(0, s - 40):s]):
            out["after " + before.group(0).strip()].append(counted)
    return out


CONTEXT_WORD = re.compile(r"\b(?:[a-z][a-z'’-]+|\d\w*)")  # names are left to _owner
QUIET = GRAMMAR | HEDGES | PRONOUNS | {"been", "be", "being", "not", "also", "said", "says", "now", "when", "then"}
RATIO = re.compile(r"\d\s*(?:of|-of-)\s*$")
NO_OWNER = GRAMMAR | PRONOUNS  # capitalised at a sentence's start, no name ("The", "He")
NAME_WORD = re.compile(r"\b[A-Z][\w'’-]*[a-z][\w'’-]*")


def _context(text: str, u: Unit, start: int, end: int) -> frozenset[str]:
    """The words around a value (start, end), less the noun it counts: what it is the value of ("killing at least
    10 people", "10 people had been killed"), to tell it from another value of the same noun or kind ("Those 10
    points tied him", "now has 2,129 points"; "jury recommended on April 3", "will be sentenced May 3")."""
    before = [w for w in CONTEXT_WORD.findall(text[max(u.start, start - 40):start]) if w not in QUIET][-3:]
    after = [w for w in CONTEXT_WORD.findall(text[end:min(u.end, end + 40)]) if w not in QUIET][:2]
    return frozenset(w[:4] for w in before + after)


def _owner(text: str, start: int, end: int) -> str | None:
    """The name nearest before a figure in its unit, whose figure it likely is: "Carter scored 14 points" and
    "VanDeest scored 13 points" count two men's points."""
    words = [w for w in NAME_WORD.findall(text, start, end) if w.lower() not in NO_OWNER]
    return words[-1].lower() if words else None


AGED = re.compile(r"(\d{1,3})[- ]years?[- ]old", re.IGNORECASE)
NAMED = r"((?:[A-Z][\w'’.-]*\s+)*[A-Z][\w'’-]*|[a-z]+)"  # a whole name ("Katie Jenkin", not "Jenkin") or a noun
AGE_BEFORE = {"DATE": re.compile(NAMED + r"(?:,|\s\(|,\s+aged?)\s*$"),  # "Smith, 24," "aged 24"
              "CARDINAL": re.compile(NAMED + r"(?:\s\(|,\s+aged?)\s*$")}  # "Smith (24)"; not a list's "12, 24,"
AGE_AFTER = re.compile(r"\s*[,)]")
AGE_OF = re.compile(r"\s+" + NAMED)  # "36-year-old Duncan Rait", "the 25-year-old gunman"


def _ages(u: Unit, text: str) -> dict[str, list[tuple]]:
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
            out["age of " + " ".join(whose.lower().split())] = [(words, s, e, None, None)]  # whose, the key says
    return out


def _number_conflicts(a: Unit, b: Unit, ca: dict, cb: dict) -> list[Conflict]:
    """Counts of one noun that differ in their figures: "about 55 miles" and "55 miles" agree, and so do "80%"
    and "80 percent" (see figures). A unit counting one noun twice ("Carter had 12 points, VanDeest 13") does
    not say which count is the other's; nor do counts of two people's ("Carter had 12 points", "VanDeest 13
    points": see _owner), nor counts in other words (see _context)."""
    out = []
    for k in ca.keys() & cb.keys():
        if len(ca[k]) == len(cb[k]) == 1:
            (ta, sa, ea, oa, xa), (tb, sb, eb, ob, xb) = ca[k][0], cb[k][0]
            if not (oa and ob and oa != ob) and (xa is None or xb is None or xa & xb) and _figures_differ(ta, tb):
                out.append((sa, Conflict("number", {a.article: ta, b.article: tb}, {a.article: (sa, ea),
                                                                                    b.article: (sb, eb)})))
    return [c for _, c in sorted(out, key=lambda x: x[0])]


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
    if _place_words(pa[0][1]) & _place_words(pb[0][1]):
        return []  # "117th Street" and "117th St.", "Mount Cook" and "Aoraki Mount Cook": one place
    if _pinpointed(pa, texts[a.article]) != _pinpointed(pb, texts[b.article]):
        return []  # "near the stadium in X" vs "in Y": a spot within a place is more specific, not different
    va, vb = pa[0], pb[0]
    return [Conflict("place", {a.article: va[1], b.article: vb[1]},
                     {a.article: (va[2], va[3]), b.article: (vb[2], vb[3])})]


POSSESSIVE = re.compile(r"['’](?:s\b|(?=\s))")


LOCATIVE = re.compile(r"\b(?:in|at|near|outside|inside|into|across|around|off|throughout|on|to)\s+(?:the\s+)?"
                      r"(?:(?:[a-z]+\s+){0,2}(?:town|city|village|county|state|province|district|region|island|suburb)"
                      r"\s+of\s+)?$", re.IGNORECASE)
RESIDENCE = re.compile(r"\b(?:liv\w*|resid\w*|based|born|raised|native)\s+(?:in|of)\s+(?:the\s+)?$", re.IGNORECASE)


def _settings(u: Unit, text: str) -> list:
    """The unit's places where things happen: those it puts something in, at or near ("arrested in Madrid", "in the
    town of Woodburn"), not the places its people or bodies are of or live in ("Senator Harry Reid of Nevada",
    "living in Melbourne"), nor a place naming something else ("the Indianapolis Colts", "U.S. District Judge")."""
    return [v for v in u.values if v[0] in PLACE_TYPES and LOCATIVE.search(text[max(0, v[2] - 40):v[2]])
            and not RESIDENCE.search(text[max(0, v[2] - 40):v[2]]) and not POSSESSIVE.match(text, v[3])]


PLACE_KINDS = {"street", "st", "avenue", "ave", "road", "rd", "mount", "mt", "county", "city", "state", "north",
               "south", "east", "west", "new", "lake", "river", "port", "san", "santa", "los", "las", "island", "bay",
               "park"}


def _place_words(name: str) -> set[str]:
    """The words of a place's name that tell it from others: not "Street" nor "New"."""
    return {w for w in re.findall(r"[a-z0-9]+", name.lower()) if w not in PLACE_KINDS and w not in GRAMMAR}


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
