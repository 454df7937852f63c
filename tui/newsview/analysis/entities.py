"""Mentions -> one entity per referent, within and across articles.

Names are compared by their shape, not by a list of known people (see
names): titles are dropped, transliterations compared by consonant skeleton
and edit distance, acronyms by initials, "X of Y" organisations by
reordering, and a lone surname joins the full name it abbreviates, preferring
one in its own article, so two people sharing a surname in different stories
stay apart, and one its article titles as a man ("Mr. Obama") is no woman
another title calls so ("the first lady, Michelle Obama"). A form takes the label the tagger gives its words most often
across the articles; an entity its mentions' commonest label, unless its name
holds an institution's noun ("Recovery Center", "Naval Ship"), and the name
most of them use.

A pet form joins the one name it can clip ("Indy", "Jags", "LiLo"), a lone
surname the full name most articles give, and a place that acts ("Denver
lost") the team named after it.

Named days join however they are phrased (see days: "Friday", "late Friday
night"); in an article with a date, a weekday or a day of a month is that
calendar day, so "Thursday" in reports of different weeks stays apart and
joins "January 2"; in undated articles a day without a year is a day of the
article's story (the comparison split into stories), and a weekday given one
date ("Sunday, February 22") is that date.
Descriptions and pronouns come linked within their article (see references)
and join the entity of the name their links end at; descriptions that end at
no name join across articles by head noun ("the gunman" in three reports).
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from functools import cached_property
from itertools import combinations

from rapidfuzz.distance import OSA, Levenshtein
from rapidfuzz.fuzz import ratio

from newsview.analysis.days import FROM_TODAY, WEEKDAYS, time_key, timed
from newsview.analysis.model import NAMED_TYPES, TITLE_TYPES, Entity, Mention
from newsview.analysis.names import (TITLES, NameIndex, clipped, fold, pet_stem, same_name_word, same_person,
                                     singular, spelt_alike, words_of)
from newsview.analysis.references import (GENDER_OF, NEUTER, NOMINAL, ORGANISATION, PAST, PERSON_ROLES, PERSONAL,
                                          PRONOUN, RANKS)

COUNTRIES = [
    ("united states", {"us", "usa", "united states", "united states of america", "america", "the states"}),
    ("united kingdom", {"uk", "united kingdom", "britain", "great britain", "gb"}),
    ("united nations", {"un", "united nations"}),
    ("european union", {"eu", "european union"}),
    ("soviet union", {"ussr", "soviet union"}),
    ("united arab emirates", {"uae", "united arab emirates"}),
]
COUNTRY_KEY = {alias: key for key, aliases in COUNTRIES for alias in aliases}
US_STATES = {  # the press's abbreviations of the states' names, written with a full stop ("Rancho Mirage, Calif.")
    "ala": "alabama", "ariz": "arizona", "ark": "arkansas", "calif": "california", "colo": "colorado",
    "conn": "connecticut", "del": "delaware", "fla": "florida", "ga": "georgia", "ill": "illinois", "ind": "indiana",
    "kan": "kansas", "kans": "kansas", "ky": "kentucky", "la": "louisiana", "md": "maryland", "mass": "massachusetts",
    "mich": "michigan", "minn": "minnesota", "miss": "mississippi", "mo": "missouri", "mont": "montana",
    "neb": "nebraska", "nev": "nevada", "nh": "new hampshire", "nj": "new jersey", "nm": "new mexico",
    "ny": "new york", "nc": "north carolina", "nd": "north dakota", "okla": "oklahoma", "ore": "oregon",
    "pa": "pennsylvania", "ri": "rhode island", "sc": "south carolina", "sd": "south dakota", "tenn": "tennessee",
    "tex": "texas", "vt": "vermont", "va": "virginia", "w va": "west virginia", "wis": "wisconsin",
    "wisc": "wisconsin", "wyo": "wyoming"}  # not "Wash.": "Washington" alone is the capital
GENERATIONS = {"jr", "sr", "ii", "iii", "iv"}
LEGAL_FORMS = {"inc", "corp", "corporation", "co", "ltd", "llc", "plc", "ag", "sa", "gmbh", "nv", "bv"}
SMALL = {"of", "the", "and", "for", "in", "on", "de", "la", "du", "a", "&"}
TIME_TYPES = ("DATE", "TIME")
# last words in -s of a name that are no plural: a paper, a network, a country
SINGULAR_S = {"news", "times", "states", "express", "series", "corps", "campus", "us", "gas", "bus", "mars",
              "paris", "brussels", "athens", "wales", "philippines", "netherlands", "bahamas", "emirates"}
MIN_SAID = 2  # articles that say a noun of the one name a description with it is to join across articles
DOMINANCE = 3  # how many times as many articles name one full name as another for a lone surname to be it
PET_BLEND = re.compile(r"([A-Z][a-z]?)-?([A-Z][a-z]{1,2})")  # LiLo, J-Lo, A-Rod: given name and surname clipped
FORM_TYPES = NAMED_TYPES + ("PRODUCT", "PROPN") + TITLE_TYPES + TIME_TYPES
GROUPABLE = ("ORG", "FAC", "EVENT", "PRODUCT", "PROPN", "LOC")
NAME_HYPHEN = re.compile(r"(?<=[a-z])-(?=[A-Z])")  # between two names: "Guard Corps-Quds Force", "Ohio-Iowa State"
ARTICLE = re.compile(r"^(?:the|a|an|this|that|these|those)(?:\s+|$)", re.I)  # a determiner opening a description
BARE = re.compile(r"[A-Z][\w-]*(?: [A-Z][\w-]*)?")  # one or two capitalised words, as a headline's noun
LOWER_WORD = re.compile(r"(?<![\w'’])[a-z]")  # a word in lower case: "for" of "Foundation for Human Rights"
CHAMBERS = {"house", "senate", "parliament", "assembly", "congress", "legislature"}  # each, alone, a legislature
PARTS = {"committee", "subcommittee", "caucus"}  # a chamber's parts, whose names open with the chamber's
BUILDINGS = {"house"}  # a chamber alone, yet the end of buildings' names
INSTITUTIONS = {  # nouns that make a name one of an institution, a building or a vessel, after its first word
    "center", "centre", "clinic", "hospital", "hospice", "facility", "ship", "warship", "vessel", "school",
    "university", "institute", "academy", "prison", "jail", "hotel", "airport", "cathedral", "mosque", "museum",
    "stadium", "foundation", "association", "agency", "ministry", "department", "corporation", "council",
    "committee", "commission",
}  # not nouns that are surnames too: Church, Court, Bank, Temple
WORKS = {"film", "movie", "sequel", "prequel", "book", "novel", "memoir", "series", "franchise", "trilogy", "album",
         "song", "single", "show", "sitcom", "play", "musical", "episode", "documentary", "opera"}  # nouns for a work
FACILITY_NOUNS = {"center", "centre", "clinic", "hospital", "facility"}  # one facility's, interchangeably
PEOPLE = set(PERSONAL) | set(GENDER_OF) | PERSON_ROLES  # nouns and pronouns only for a person
QUOTE_MARKS = re.compile("[“”‘’\"'«»]")
LEADING_QUOTES, TRAILING_QUOTES = re.compile("[“‘\"'«\\s]*"), re.compile("[”’\"'»\\s]*$")
APOSTROPHE = re.compile(r"(?<=\w)['’](?=\w)")  # inside a word: "America's", "O'Connor"


@dataclass
class Form:
    """One surface form in one article, with its mentions."""

    article: str
    text: str  # as written (first seen)
    words: list[str]
    labels: Counter  # this article's labels of the form
    mentions: list[tuple[int, int, str]]
    votes: Counter  # the labels of the same words in every article: the tagger is not consistent
    published: dt.date | None = None  # the article's date, which places its weekdays
    story: int = 0  # the story its article tells, which places its weekdays when it has no date
    acting: bool = False  # a place its article has act ("Denver lost"): perhaps a team (see document)
    sexes: Counter = field(default_factory=Counter)  # the sexes its article states at its mentions ("Mr. Roe")

    @cached_property  # forms are complete before anything asks
    def state(self) -> str | None:
        """The name of the US state the form abbreviates: a place, whatever the tagger took it for."""
        return _state_named(self.text)

    @cached_property  # forms are complete before anything asks
    def label(self) -> str:
        named = [(n, lab) for lab, n in self.votes.items() if lab in NAMED_TYPES]
        return max(named)[1] if named else self.votes.most_common(1)[0][0]

    @cached_property  # forms are complete before anything asks
    def name_words(self) -> list[str]:
        words = list(self.words)
        while len(words) > 1 and words[0] in TITLES:
            words.pop(0)
        while len(words) > 1 and words[-1] in GENERATIONS:  # "Arcade Comeaux Jr." is Comeaux
            words.pop()
        return words

    @cached_property  # forms are complete before anything asks
    def key(self) -> str:
        if self.label in TIME_TYPES:
            key = time_key(self.words, self.published)
            return timed(key, self.published, self.article if key in FROM_TODAY else self.story)
        joined = self.state or " ".join(self.words[1:] if self.words and self.words[0] == "the" else self.words)
        if joined in COUNTRY_KEY and not _lower_abbreviation(joined, self.text):
            return "gpe:" + COUNTRY_KEY[joined]
        if self.label == "PERSON":
            return "name:" + " ".join(self.name_words)
        words = joined.split()
        if len(words) > 1 and words[-1] in LEGAL_FORMS:  # "Microsoft Corp." is Microsoft
            joined = " ".join(words[:-1])
        if self.label in ("ORG", "FAC"):
            joined = _head_last(joined)
        return "org:" + " ".join(singular(w) for w in _land_first(joined.split()))

    @cached_property  # forms are complete before anything asks
    def acronym(self) -> str | None:
        raw = re.sub(r"[.\s]", "", fold(self.text))
        return raw.lower() if raw.isupper() and 2 <= len(raw) <= 6 and raw.isalpha() else None

    @cached_property  # forms are complete before anything asks
    def leading_acronym(self) -> tuple[str, tuple[str, ...]] | None:
        """The acronym the name is or begins with, and the words after it: ("ins", ("arlo",)) for "INS Arlo"."""
        if self.acronym:
            return self.acronym, ()
        first = re.sub(r"\.", "", fold(self.text).split()[0]) if len(self.words) >= 2 else ""
        if first.isupper() and first.isalpha() and 2 <= len(first) <= 6 and self.label not in TIME_TYPES:
            return first.lower(), tuple(self.words[1:])
        return None


def _head_last(joined: str) -> str:
    """An "X of Y" or "X for Y" name in the order of the other way of saying it: "Department of Defense" as the
    "defense department", "Central Commission for Elections" as the "central election commission"."""
    link = next((w for w in (" of ", " for ") if w in f" {joined} "), None)
    if link is None:
        return joined
    head, _, tail = joined.partition(link)
    tail, *modifiers, noun = tail.removeprefix("the "), *head.split()
    if tail in COUNTRY_KEY:
        return f"{tail} {head}"
    if len(modifiers) <= 1 and len(tail.split()) <= 2:  # "central" stays before the tail: the "central election"
        return " ".join([*modifiers, tail, noun])
    return joined


def _land_first(words: list[str]) -> list[str]:
    """A name's words, a country it opens written one way ("US Surgeon General", "United States Surgeon
    General" of the "Surgeon General of the United States")."""
    for k in (4, 3, 2, 1):
        if len(words) > k and (land := COUNTRY_KEY.get(" ".join(words[:k]))):
            return land.split() + words[k:]
    return words


class Union:
    def __init__(self, n: int):
        self.parent = list(range(n))
        self.members = {i: [i] for i in range(n)}  # root -> its forms

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def join(self, a: int, b: int) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)
            self.members[min(ra, rb)] += self.members.pop(max(ra, rb))


def collect_forms(mentions: dict[str, list[list]], dates: dict[str, dt.date], stories: dict[str, int],
                  sexes: dict[tuple[str, int, int], str]) -> list[Form]:
    forms: dict[tuple[str, str], Form] = {}
    votes: dict[str, Counter] = defaultdict(Counter)
    for article, items in mentions.items():
        for start, end, label, text, *link in items:
            if (link and link[0] is not None) or label not in FORM_TYPES:
                continue  # a description, a pronoun, or a name linked to another (see references, document)
            words = words_of(text)
            if not words or (label in TIME_TYPES and not time_key(words)):
                continue
            key = (article, " ".join(words), bool(link), _lower_abbreviation(" ".join(words), text))
            form = forms.get(key)
            if form is None:
                form = forms[key] = Form(article, text, words, Counter(), [], votes[key[1]],
                                         dates.get(article), stories.get(article, 0), bool(link))
            label = "GPE" if form.state else label
            form.labels[label] += 1
            form.votes[label] += 1
            form.mentions.append((start, end, text))
            if sex := sexes.get((article, start, end)):
                form.sexes[sex] += 1
    return list(forms.values())


def _state_named(text: str) -> str | None:
    """The name of the US state that a name abbreviates as the press does, with a full stop ("Calif.", "N.Y.")."""
    return US_STATES.get(" ".join(words_of(text))) if text.endswith(".") else None


def _lower_abbreviation(joined: str, text: str) -> bool:
    """A country's abbreviation written in lower case, which is no country: "Us" (the magazine), not "US"."""
    return joined in COUNTRY_KEY and len(joined) <= 4 and re.search("[a-z]", text) is not None


def cluster(forms: list[Form], threshold: float = 0.88) -> list[list[int]]:
    u = Union(len(forms))
    by_key: dict[str, int] = {}
    lone: dict[str, list[int]] = defaultdict(list)
    teams = _teams(forms)
    for i, f in enumerate(forms):  # 1. same normalised key
        if i in teams:
            u.join(i, teams[i])
            f.labels = Counter({"ORG": f.labels.total()})  # the team, whatever the tagger said
            continue
        if f.label == "PERSON" and len(f.name_words) == 1:
            lone[f.key].append(i)  # a lone surname across articles: joined below, once its full names are known
            continue
        if f.key in by_key:
            u.join(i, by_key[f.key])
        else:
            by_key[f.key] = i
        sub = NAME_HYPHEN.split(f.text)
        if len(sub) > 1 and len(words_of(sub[-1])) >= 2:  # "Revolutionary Guard Corps-Quds Force": a unit of the first
            tail = "org:" + " ".join(singular(w) for w in words_of(sub[-1]))
            by_key.setdefault(tail, i)
            if by_key[tail] != i:
                u.join(i, by_key[tail])
    for i, f in enumerate(forms):  # hyphen tails seen after their own forms
        sub = NAME_HYPHEN.split(f.text)
        if len(sub) > 1 and (j := by_key.get("org:" + " ".join(singular(w) for w in words_of(sub[-1])))) is not None:
            u.join(i, j)
    _dated_weekdays(forms, u, by_key)
    people = [i for i, f in enumerate(forms) if f.label == "PERSON" and len(f.name_words) >= 2]
    surnames = NameIndex((i, forms[i].name_words[-1]) for i in people)
    for i in people:  # 2. full names: same surname and compatible given names
        for j in surnames.near(forms[i].name_words[-1]):
            if j > i and same_person(forms[i].name_words, forms[j].name_words):
                u.join(i, j)
    sexes = _Sexes(forms, u)
    names = _PerGroup(u, lambda members: {tuple(forms[k].name_words) for k in members
                                          if forms[k].label == "PERSON" and len(forms[k].name_words) >= 2})
    _surnames(forms, u, people, surnames, sexes)
    _lone_names(forms, u, lone, people, sexes, names)
    _acronyms(forms, u)
    _subsets(forms, u)
    _typos(forms, u, threshold, names)
    _one_word_typos(forms, u)
    _run_together(forms, u)
    _facility_variants(forms, u)
    _short_forms(forms, u, people)
    _ending_in_a_person(forms, u, people)
    groups = defaultdict(list)
    for i in range(len(forms)):
        groups[u.find(i)].append(i)
    return list(groups.values())


def _dated_weekdays(forms: list[Form], u: Union, by_key: dict[str, int]) -> None:
    """A weekday that its story's dated reports all place on one calendar day is that day in its undated
    reports; failing those, a weekday the undated articles give one date for ("Sunday, February 22") is that
    date ("Feb. 22"), so the two ways of naming the day are one. A weekday given two dates (two weeks' Sundays)
    joins neither."""
    placed: dict[str, set[str]] = defaultdict(set)  # weekday key -> the calendar days dated reports place it on
    given: dict[str, set[str]] = defaultdict(set)  # weekday key -> the keys of the dates undated ones give it
    for f in forms:
        if f.label not in TIME_TYPES or (day := next((w for w in f.words if w in WEEKDAYS), None)) is None:
            continue
        if f.published is not None:
            placed[timed(day, None, f.story)].add(f.key)
        elif (date := time_key([w for w in f.words if w not in WEEKDAYS])) and re.fullmatch(r"[a-z]+ \d{1,2}", date):
            given[f.key].add(timed(date, None, f.story))  # "february 22", not "october 2011"
    for weekday in placed.keys() | given.keys():
        keys = placed.get(weekday) or given[weekday]
        if len(keys) == 1 and weekday in by_key and (date := by_key.get(next(iter(keys)))) is not None:
            u.join(by_key[weekday], date)


def plural_word(word: str) -> bool:
    """Whether a name's last word is a plural, as a team's is ("Comets"), not a singular in -s ("New York
    Times", "NBC News", "United States": a paper, a network, a country)."""
    return word.endswith("s") and not word.endswith("ss") and word.lower() not in SINGULAR_S


def team_name(name: str) -> bool:
    """A name that ends in a plural after its place's, none of its words in lower case: a team's ("Denver
    Rivals", "Philadelphia 76ers"), not the "Turkmenistan Helsinki Foundation for Human Rights"."""
    words = name.split()
    return len(words) > 1 and plural_word(words[-1]) and not LOWER_WORD.search(name)


def _teams(forms: list[Form]) -> dict[int, int]:
    """A place that acts ("Denver lost") -> a form of the one team of the comparison named after it (the
    "Denver Rivals"), where there is one (see `team_name`)."""
    named: dict[str, dict[str, int]] = defaultdict(dict)  # first word -> team key -> a form of it
    for j, g in enumerate(forms):
        if not g.acting and team_name(g.text) and g.label not in TIME_TYPES:
            named[g.words[0]].setdefault(g.key, j)
    out = {}
    for i, f in enumerate(forms):
        if f.acting:
            found = {k: j for k, j in named.get(f.words[0], {}).items()
                     if forms[j].words[:len(f.words)] == f.words and len(forms[j].words) > len(f.words)}
            if len(found) == 1:
                out[i] = next(iter(found.values()))
    return out


def _lone_names(forms: list[Form], u: Union, lone: dict[str, list[int]], people: list[int], sexes: _Sexes,
                names: _PerGroup) -> None:
    """The same lone surname in several articles is one person unless their full names say otherwise:
    "Whitfield" stays with Daniel Whitfield in one story and Laura Whitfield in another."""
    full_roots = {u.find(k) for k in people}

    def join(a: int, b: int) -> None:
        anchored = u.find(a) in full_roots or u.find(b) in full_roots
        u.join(a, b)
        if anchored:
            full_roots.add(u.find(a))

    for same in _spellings_together(forms, lone):
        anchored = [k for k in same if u.find(k) in full_roots]
        free = [k for k in same if u.find(k) not in full_roots]
        for x, i in enumerate(anchored):
            for j in anchored[x + 1:]:
                if _compatible(names, u, i, j):
                    join(i, j)
        roots = {u.find(k) for k in anchored}
        target = next(iter(roots)) if len(roots) == 1 else (free[0] if free and not roots else None)
        for i in free:
            if target is not None and sexes.agreeing(i, [target]):
                join(i, target)


class _PerGroup:
    """What each group of forms holds (its people's full names, their sexes), counted once and again only when
    the group grows: asked at every candidate join, it is not counted over all its members each time."""

    def __init__(self, u: Union, count):
        self.u, self.count = u, count
        self.known: dict[int, tuple[int, set]] = {}  # root -> (its size when counted, what it holds)

    def of(self, i: int) -> set:
        root = self.u.find(i)
        size = len(self.u.members[root])
        if (known := self.known.get(root)) is None or known[0] != size:  # groups only grow, so a size tells
            known = self.known[root] = (size, self.count(self.u.members[root]))
        return known[1]


class _Sexes:
    """The sexes the articles state for each group of forms, as the groups grow: whether two forms' people may
    be one ("Mr. Obama" is not the "first lady, Michelle Obama")."""

    def __init__(self, forms: list[Form], u: Union):
        self.of = _PerGroup(u, lambda members: {sex for k in members for sex in forms[k].sexes}).of

    def agreeing(self, i: int, others: list[int]) -> list[int]:
        """Those of `others` whose people may be i's: neither is stated to be of a sex the other is not."""
        mine = self.of(i)
        if len(mine) != 1:
            return others
        return [j for j in others if len(theirs := self.of(j)) != 1 or theirs == mine]


def _spellings_together(forms: list[Form], lone: dict[str, list[int]]) -> list[list[int]]:
    """The lone surnames grouped with their other spellings: a name transliterated by each outlet its own way
    ("al-Qaddafi", "Gadhafi") is one name; short names are left as written, a letter telling them apart, and so
    is a w, which `skeleton` takes for a vowel ("Twitter", "Titter")."""
    keys = list(lone)
    words = [forms[lone[k][0]].name_words[0] for k in keys]
    u = Union(len(keys))
    long = [(x, word) for x, word in enumerate(words) if len(word) >= 7]
    index = NameIndex(long)
    for x, word in long:
        for y in index.near(word):
            if y > x and spelt_alike(word, words[y]) and same_name_word(word, words[y]) \
                    and word.count("w") == words[y].count("w"):
                u.join(x, y)
    return [[i for x in sorted(spellings) for i in lone[keys[x]]] for spellings in u.members.values()]


def _compatible(names: _PerGroup, u: Union, i: int, j: int) -> bool:
    """Two groups may join unless between them they hold the full names of two different people."""
    if u.find(i) == u.find(j):
        return True
    full = list(names.of(i) | names.of(j))
    return all(same_person(a, b) for x, a in enumerate(full) for b in full[x + 1:])


def _surnames(forms: list[Form], u: Union, full: list[int], surnames: NameIndex, sexes: _Sexes) -> None:
    """A lone name joins the full name it ends (see `_dominant`), in its own article first, else across
    articles; or the one full name it begins in its own article. A word the tagger does not call a person
    joins none where it stands alone in more articles naming no one by it than there are articles naming
    someone by it: "Egypt" is the country, and "Etisalat Egypt" a company the tagger took for a person; "Palin",
    tagged a place, is Sarah Palin of most articles."""
    given = defaultdict(list)
    naming = defaultdict(set)  # a full name's given name and surname -> the articles that write them so
    for j in full:
        naming[forms[j].name_words[0]].add(forms[j].article)
        naming[forms[j].name_words[-1]].add(forms[j].article)
        if len(forms[j].name_words) <= 3:  # "Ann Lee", "Ann B. Lee"; not a run the tagger took for a name
            given[(forms[j].article, forms[j].name_words[0])].append(j)
    alone = defaultdict(set)  # a word not called a person -> the articles it stands alone in, naming no one so
    for f in forms:
        if len(f.name_words) == 1 and f.label != "PERSON" and f.article not in naming.get(f.name_words[0], ()):
            alone[f.name_words[0]].add(f.article)
    elsewhere = {word for word, articles in alone.items() if len(articles) > len(naming.get(word, ()))}
    for i, f in enumerate(forms):
        words = f.name_words
        if len(words) != 1 or f.acronym or (f.label != "PERSON" and words[0] in elsewhere):
            continue
        word = words[0]
        hits = sexes.agreeing(i, [j for j in surnames.near(word) if same_name_word(forms[j].name_words[-1], word)])
        # a surname spelt as written is the one meant, not one spelt alike ("Smythe" is Austin Smythe, not Lis
        # Smith); "Mr. Clinton" is Bill Clinton, whom fewer articles name than Hillary
        spelt = fold(word).lower()
        hits = [j for j in hits if fold(forms[j].name_words[-1]).lower() == spelt] or hits
        local = [j for j in hits if forms[j].article == f.article]
        if not hits:  # a given name alone ("Lindsay") stands for a full name of its own article only
            hits = local = given.get((f.article, word), [])
        if not hits:
            continue
        target = _dominant(forms, u, local or hits)
        if target is not None:
            u.join(i, target)


def _dominant(forms: list[Form], u: Union, full: list[int]) -> int | None:
    """Of the full names a lone name may abbreviate, one of the only person they name, or of a person named in
    at least DOMINANCE times as many articles as any other ("Bush" is George W. Bush in a story about him,
    though one headline names another Bush); else None."""
    articles: dict[int, set[str]] = defaultdict(set)
    for j in full:
        articles[u.find(j)].add(forms[j].article)
    ranked = sorted(articles, key=lambda root: -len(articles[root]))
    if len(ranked) == 1 or len(articles[ranked[0]]) >= DOMINANCE * len(articles[ranked[1]]):
        return next(j for j in full if u.find(j) == ranked[0])
    return None


def _acronyms(forms: list[Form], u: Union) -> None:
    """An acronym is the name its initials spell, alone ("NTSB") or before the rest of the name ("INS Arlo" is
    the "Indian Naval Ship Arlo"), with or without its article ("THR" of "The Hollywood Reporter"); a person's
    only if the tagger takes the acronym for a person too."""
    expansions = defaultdict(set)  # (initials of the first words, the words after) -> forms
    for j, g in enumerate(forms):
        if len(g.words) >= 2 and not g.acronym and g.label not in TIME_TYPES and not _holds_acronym(g.text):
            words = _without_the(g.words)
            for k in range(2, min(len(words), 6) + 1):
                expansions[("".join(w[0] for w in words[:k] if w not in SMALL), tuple(words[k:]))].add(j)
    for i, f in enumerate(forms):
        key = f.leading_acronym
        if key is not None and key not in expansions and key[0].startswith("t") and len(key[0]) >= 3:
            key = (key[0][1:], key[1])  # "THR": "The" the name's mentions leave out ("the Hollywood Reporter")
        # a person goes by initials only where the tagger reads them as one ("JFK"), not a place's ("DC")
        spelled = {j for j in expansions.get(key, ()) if (forms[j].label == "PERSON") <= (f.label == "PERSON")}
        if len({u.find(j) for j in spelled}) == 1:
            u.join(i, next(iter(spelled)))


def _holds_acronym(text: str) -> bool:
    """A name in mixed case with an acronym among its words ("CIS Executive Committee"), whose initials are
    not those of its words."""
    words = fold(text).replace(".", "").split()
    return not text.isupper() and any(len(w) >= 2 and w.isalpha() and w.isupper() for w in words)


def head_word(words: list[str], exact: bool = False) -> str:
    """The word a name is about: its last, or the last before "of"/"for" ("Office of the Chief Forester")."""
    cut = next((k for k, w in enumerate(words) if w in ("of", "for") and k), len(words))
    return words[cut - 1] if exact else singular(words[cut - 1])


def _without_the(words: list[str]) -> list[str]:
    return [w for w in words if w != "the"]


def _opens_or_heads(word: str, words: list[str]) -> bool:
    """One word stands for a longer name it opens or heads as written ("State" for the "State Department",
    "Command" for "Central Command"), not for one it sits inside ("United States Central Command"), nor for a
    chamber's committee ("Senate Armed Services Committee"), nor for a state's chamber ("California State Senate":
    "the Senate" of a story is the nation's), nor for a building "House" ends ("White House")."""
    words = _without_the(words)
    if not words:
        return False
    if word == words[0]:
        return word not in CHAMBERS or not PARTS & set(words[1:])
    return word == head_word(words, exact=True) and word not in BUILDINGS \
        and not (word in CHAMBERS and "state" in words)


def _subsets(forms: list[Form], u: Union) -> None:
    """"Revolutionary Guards" is the "Islamic Revolutionary Guard Corps" when that is its closest superset, or
    the closest one most articles name (see `_dominant`); a single word the tagger took for a person ("Comets")
    is the group it heads when no person's name ends in it. A single word is the name it opens before one it
    ends: "House" is the "House of Representatives", not the "White House"."""
    surnames = {f.name_words[-1] for f in forms if f.label == "PERSON" and len(f.name_words) > 1}
    lone = {i for i, f in enumerate(forms) if f.label == "PERSON" and len(f.words) == 1 and f.words[0] not in surnames}
    orgs = [i for i, f in enumerate(forms) if f.label in GROUPABLE and not f.acronym]
    sets = {i: {singular(w) for w in forms[i].words if w not in SMALL} for i in orgs + sorted(lone)}
    having: dict[str, set[int]] = defaultdict(set)
    for i in orgs:
        if NAME_HYPHEN.search(forms[i].text) or "/" in forms[i].text:
            continue  # a pairing ("Ohio-Iowa State", a game; "NBC/Wall Street Journal", a poll's) is neither
        for w in sets[i]:
            having[w].add(i)
    for i in orgs + sorted(lone):
        mine = sets[i]
        if not mine:
            continue
        within = set.intersection(*sorted((having[w] for w in mine), key=len))  # forms with all of its words
        supers = [(len(sets[j] - mine), u.find(j), j) for j in sorted(within) if j != i and mine < sets[j]
                  and _numbered_words(forms[i].words) <= _numbered_words(forms[j].words)]
        if len(mine) == 1:
            word = next(w for w in forms[i].words if w not in SMALL)
            supers = [s for s in supers if _opens_or_heads(word, forms[s[2]].words)]
        headed = [s for s in supers if head_word(forms[s[2]].words) == head_word(forms[i].words)]
        # "Chiefs" is the "Kansas City Chiefs", not "Chiefs QB"; "Morningside" the "Morningside Recovery Center"
        supers = headed or [s for s in supers if i not in lone or head_word(forms[s[2]].words) in INSTITUTIONS]
        if not supers:
            continue
        closest = [s[2] for s in supers if s[0] == min(s[0] for s in supers)]
        if len(mine) == 1:  # the word heads both: it is the one it opens ("House", "House of Representatives")
            closest = [j for j in closest if _without_the(forms[j].words)[0] == word] or closest
        if (target := _dominant(forms, u, closest)) is not None:
            u.join(i, target)


def _typos(forms: list[Form], u: Union, threshold: float, names: _PerGroup) -> None:
    """Long single names one edit apart ("Hezhollah") are one name misspelt."""
    singles = [i for i, f in enumerate(forms) if len(f.words) == 1 and len(f.words[0]) >= 7 and not f.acronym
               and f.label not in ("NORP",) + TIME_TYPES]
    index = NameIndex((i, forms[i].words[0]) for i in singles)
    for i in singles:
        for j in index.near(forms[i].words[0]):
            if j <= i:
                continue
            a, b = forms[i].words[0], forms[j].words[0]
            if a[0] == b[0] and ratio(a, b) >= threshold * 100 and Levenshtein.distance(a, b) <= 1 \
                    and _compatible(names, u, i, j):
                u.join(i, j)


def _ending_in_a_person(forms: list[Form], u: Union, people: list[int]) -> None:
    """A run the tagger did not take for a person that ends in a person's full name ("American Jane Roe",
    labelled a group) is that person with a word before: a name's last word is its head."""
    full = {tuple(forms[j].name_words): j for j in people if len(forms[j].name_words) <= 3}
    for i, f in enumerate(forms):
        if f.label != "PERSON" and f.label not in TIME_TYPES and len(f.words) >= 3:
            tail = next((full[t] for t in (tuple(f.words[-3:]), tuple(f.words[-2:])) if t in full), None)
            if tail is not None:
                u.join(i, tail)


def _one_word_typos(forms: list[Form], u: Union) -> None:
    """Names of several words that differ in one letter of one word ("Gulf of Eden"), in two letters swapped
    ("Ford Centre") or by a word cut short are one name misspelt, spelt the British way or clipped;
    not people's names, where one letter tells two people apart ("Jon Roe", "Jan Roe")."""
    slots: dict[tuple, dict[str, int]] = defaultdict(dict)  # the words with one left out -> that word -> a form
    for i, f in enumerate(forms):
        if len(f.words) >= 2 and f.label not in ("PERSON", "NORP") + TIME_TYPES:
            for k, word in enumerate(f.words):
                slots[(k, *f.words[:k], *f.words[k + 1:])].setdefault(word, i)
    for words in slots.values():
        for a, b in combinations(words, 2):
            if _numbered(a) or _numbered(b):  # "115th Street", "117th Street": numbers tell names apart
                continue
            if (min(len(a), len(b)) >= 4 and OSA.distance(a, b) == 1) or clipped(a, b):
                u.join(words[a], words[b])


def _run_together(forms: list[Form], u: Union) -> None:
    """A name one outlet writes as two words or hyphenated and another as one ("Wal-Mart", "Walmart";
    "Face Book") is one name; not a person's, whose given name and surname are never run together so."""
    spellings: dict[str, dict[str, int]] = defaultdict(dict)  # the key run together -> each key so -> a form
    for i, f in enumerate(forms):
        if f.label not in ("PERSON",) + TIME_TYPES:
            spellings[f.key.replace(" ", "")].setdefault(f.key, i)
    for keys in spellings.values():
        first, *others = keys.values()
        for j in others:
            u.join(first, j)


def _numbered(word: str) -> bool:
    return any(ch.isdigit() for ch in word)


def _numbered_words(words: list[str]) -> set[tuple[str, str]]:
    """Each number of a name with the word it numbers, the one before it: "Windows 8" is not the "Windows IE 8"."""
    return {(a, b) for a, b in zip(words, words[1:]) if _numbered(b)}


def _facility_variants(forms: list[Form], u: Union) -> None:
    """Names of one facility that open with the same two words and differ only in the generic words after
    them ("Betty Ford Center", "Betty Ford Clinic", "Betty Ford Treatment Center"): a facility's noun and
    at most one word before it. Two words open them: one alone may be a place's or a family's name that
    several facilities share."""
    opening: dict[tuple[str, str], int] = {}
    for i, f in enumerate(forms):
        if 3 <= len(f.words) <= 4 and f.words[-1] in FACILITY_NOUNS and f.label not in TIME_TYPES:
            j = opening.setdefault((f.words[0], f.words[1]), i)
            u.join(i, j)


def _short_forms(forms: list[Form], u: Union, people: list[int]) -> None:
    """A pet form of a name is that name where the comparison holds only one it can be: a clipping with a
    pet ending ("Indy" of Indianapolis, "Jags" of the Jaguars, "Philly"), or the first letters of a
    person's given name and surname run together ("LiLo", "J-Lo", "A-Rod")."""
    singles: dict[str, set[int]] = defaultdict(set)  # first three letters -> one-word names
    for j, g in enumerate(forms):
        if len(g.words) == 1 and g.label not in TIME_TYPES:
            singles[g.words[0][:3]].add(j)
    surnames = {forms[j].name_words[-1] for j in people}
    for i, f in enumerate(forms):
        if len(f.words) != 1 or f.label in TIME_TYPES or f.words[0] in surnames:  # "Mills" is a surname
            continue
        if blend := PET_BLEND.fullmatch(fold(f.text)):
            given, surname = (part.lower() for part in blend.groups())
            found = [j for j in people if forms[j].name_words[0].startswith(given)
                     and forms[j].name_words[-1].startswith(surname)]
        elif not f.acronym and (stem := pet_stem(f.words[0])):
            found = [j for j in singles[stem[:3]] if forms[j].words[0].startswith(stem)
                     and len(forms[j].words[0]) >= len(stem) + 4]
        else:
            continue
        if len({u.find(j) for j in found}) == 1:
            u.join(i, found[0])


def display(text: str, label: str) -> str:
    """A person's name as an entity is called, without the titles before it: "Gov. Chris Christie", and a
    tagger's run of a place and a title before the name, "NJ Gov Chris Christie", are "Chris Christie" (a title
    word two capitalised words or more before the end, not "Martin Luther King Jr.")."""
    words = text.split()
    if label != "PERSON":
        return " ".join(words)
    titled = [k for k, w in enumerate(words[:-2]) if w.lower().rstrip(".") in TITLES
              and all(v[:1].isupper() for v in words[k + 1:])]
    if titled:
        words = words[titled[-1] + 1:]
    while len(words) > 1 and words[0].lower().rstrip(".") in TITLES:
        words.pop(0)
    return " ".join(words)


def resolve(mentions: dict[str, list[list]], threshold: float = 0.88, dates: dict[str, dt.date] | None = None,
            stories: dict[str, int] | None = None,
            sexes: dict[tuple[str, int, int], str] | None = None) -> tuple[list[Entity], dict[tuple, str]]:
    """Entities across articles, and (article, start, end) -> entity id for every mention they hold: the named
    ones, and the descriptions and pronouns linked to one of them within their article. `dates` gives the
    articles' dates where they are known, `stories` the story each tells where the comparison holds several,
    `sexes` the sex a title or noun states at a person's name (see references.titled_sexes)."""
    forms = collect_forms(mentions, dates or {}, stories or {}, sexes or {})
    groups = cluster(forms, threshold)
    of_span = {(f.article, s, e): g for g, group in enumerate(groups) for f in (forms[i] for i in group)
               for s, e, _ in f.mentions}
    by_words = {" ".join(f.words): g for g, group in enumerate(groups) for f in (forms[i] for i in group)}
    labels_of = [_labels([forms[i] for i in group]) for group in groups]
    people = {g for g, labels in enumerate(labels_of) if labels and labels.most_common(1)[0][0] == "PERSON"}
    times = {g for g, group in enumerate(groups) if forms[group[0]].label in TIME_TYPES}
    references, loose = _references(mentions, of_span, by_words, people, times, stories or {})
    built = []
    for g, group in enumerate(groups):
        members = [forms[i] for i in group]
        labels = labels_of[g]
        if all(set(f.words) <= TITLES for f in members) or (set(labels) == {"PROPN"} and labels["PROPN"] < 2):
            continue  # a bare title ("the President", "Ayatollah", "State"), or a proper noun the recogniser
            # missed, said once
        etype = _entity_type(members, labels, references[g])
        name = _canonical_name(members, etype)
        ments = sorted([Mention(f.article, s, e, t) for f in members for s, e, t in f.mentions] + references[g],
                       key=lambda m: (m.article, m.start))
        aliases = tuple(sorted({unquoted(m.text) for m in ments}, key=lambda t: (-len(t), t)))
        built.append((name, etype, aliases, ments))
    for ments in loose:
        ments.sort(key=lambda m: (m.article, m.start))
        built.append((_description_name(ments), "NOMINAL", tuple(sorted({m.text for m in ments})), ments))
    built.sort(key=lambda b: (-len(b[3]), b[0]))
    entities, index = [], {}
    for n, (name, etype, aliases, ments) in enumerate(built, 1):
        eid = f"e{n}"
        entities.append(Entity(eid, name, etype, aliases, tuple(ments)))
        for m in ments:
            index[(m.article, m.start, m.end)] = eid
    return entities, index


def _labels(members: list[Form]) -> Counter:
    """The tagger's labels of an entity's mentions, a lone surname's counted as the person's whose full name it
    ends: the tagger calls "Machado" a place where "Alicia Machado" is a person (a plural, as a team's name
    is, aside: "Sixers" of the "Philly Sixers" the tagger took for a person)."""
    surnames = {f.name_words[-1] for f in members
                if len(f.name_words) > 1 and f.label == "PERSON" and not plural_word(f.name_words[-1])}
    labels: Counter = Counter()
    for f in members:
        if len(f.name_words) == 1 and f.name_words[0] in surnames:
            labels["PERSON"] += f.labels.total()
        else:
            labels += f.labels
    return labels


def _entity_type(members: list[Form], labels: Counter, references: list[Mention]) -> str:
    """The label the tagger gives the entity's mentions most often; a tie not to a person where one word names
    it and no "he" or "she" refers to it (the tagger's guess for a capitalised word it does not know:
    "Hezhollah", a typo of a group's name); corrected where the name or what the articles call it says
    otherwise (see `_said_of_a_person`, `_institution`, `_described_as`)."""
    unknown = all(len(f.words) == 1 for f in members) \
        and not any(m.kind == "pronoun" and m.text.lower() in PERSONAL for m in references)
    named = [(n, not unknown or lab != "PERSON", lab) for lab, n in labels.items()
             if lab in NAMED_TYPES + TIME_TYPES + TITLE_TYPES + ("PRODUCT",)]
    etype = _said_of_a_person(members, references) or (max(named)[2] if named else "ORG")
    kinds = _described_kinds(references)
    if etype in ("PERSON", "WORK_OF_ART", "PRODUCT"):
        etype = _institution(members, labels) or _described_as(kinds) or etype
    elif etype == "ORG" and set(kinds) == {"PERSON"} and any(map(_personal_name, members)):
        etype = "PERSON"  # "a spokesman, Brad Woodhouse": a name the tagger took for a group's
    return etype


def _described_kinds(references: list[Mention]) -> Counter:
    """How often the articles describe the entity as a group ("the team", "the company"), a work ("the film",
    "the sequel") or a person ("the coach", "he"), and call it "it"."""
    kinds: Counter = Counter()
    for m in references:
        if m.kind in ("nominal", "pronoun"):
            head = _head(m.text)
            kinds.update(kind for kind, nouns in (("ORG", ORGANISATION), ("WORK_OF_ART", WORKS), ("PERSON", PEOPLE),
                                                  ("THING", NEUTER)) if head in nouns)
    return kinds


def _described_as(kinds: Counter) -> str | None:
    """"ORG" for an entity its articles describe as a group, "WORK_OF_ART" for one they describe as a work,
    twice at least and more often than as a person: the "Philadelphia 76ers" the tagger took for a title,
    "Twilight" it took for a person."""
    kind = max(("ORG", "WORK_OF_ART"), key=kinds.__getitem__)
    return kind if kinds[kind] >= 2 and kinds[kind] > kinds["PERSON"] else None


def _personal_name(f: Form) -> bool:
    """Whether a form is written as a person's name is: two or three capitalised words, no institution's noun
    among them and no plural at the end (a team's: "Jacksonville Jaguars")."""
    return 2 <= len(f.name_words) <= 3 and all(w[:1].isupper() for w in f.text.split()) \
        and not plural_word(f.name_words[-1]) and not INSTITUTIONS & set(f.words)


def _institution(members: list[Form], labels: Counter) -> str | None:
    """"ORG", "FAC" or "PRODUCT", whichever the tagger says most often (ORG if none), of a name with a noun
    that names an institution, a building or a vessel ("Morningside Recovery Center", "Indian Naval Ship
    Sukanya"): neither a person nor a work of art, whatever the tagger made of its shorter forms."""
    if not any(INSTITUTIONS & set(f.words[1:]) for f in members):
        return None
    return max(("ORG", "FAC", "PRODUCT"), key=lambda lab: (labels[lab], lab == "ORG"))


def _canonical_name(members: list[Form], etype: str) -> str:
    """The entity's name: of its longest forms (a thing's also those a generic word shorter: "Betty Ford
    Center" for the "Betty Ford Treatment Center"), the one not in capitals ("Baghdad" over "BAGHDAD")
    that most mentions use, then most articles, then the one the tagger labels as the entity is (so a typo
    said once, "Hezhollah", does not win over "Hezbollah", said as often but tagged an organisation)."""
    mentions, articles, fitting = Counter(), defaultdict(set), set()
    for f in members:
        fits = f.labels.most_common(1)[0][0] == etype
        for _, _, text in f.mentions:
            name = display(unquoted(text), etype)
            mentions[name] += 1
            articles[name].add(f.article)
            if fits:
                fitting.add(name)
    if etype in TIME_TYPES:  # the most used of the ways to name the day that give its date, else of all
        full = [n for n in mentions if re.search(r"\d", n)] or list(mentions)
    else:
        longest = max(len(n.split()) for n in mentions)
        full = [n for n in mentions if len(n.split()) == longest]
    if etype not in ("PERSON",) + TIME_TYPES:
        full += [n for n in mentions if any(_one_inner_word_less(n.split(), m.split()) for m in full)]
    name = max(full, key=lambda n: (not (n.isupper() and len(n) > 4), not _state_named(n), mentions[n],
                                    len(articles[n]), n in fitting, n))  # "California" over "Calif."
    while etype not in TIME_TYPES and (rest := _word_taken_in(name, mentions, etype)):
        name = rest
    if etype in ("GPE", "LOC") and name.isupper() and len(name) > 4:  # a dateline's "WASHINGTON", never written
        name = re.sub(r"[^\W\d_]+", lambda m: m[0].capitalize(), name)  # otherwise: "Winston-Salem"
    return name


def _word_taken_in(name: str, mentions: Counter, etype: str) -> str | None:
    """The name less a word the tagger took in at its start or end, where the rest is used as often: "Crooked
    Hillary Clinton", "Historic Mat Maid", "Internet Explorer Web". A person's name only before it, and only
    where its given name also stands alone (not "Kevin de León" nor "Chandler Van Voorhis"); only a name of
    three words or more ("Philadelphia 76ers" keeps its city), and never an institution's noun ("Morningside
    Recovery Center")."""
    words = name.split()
    if len(words) <= 2 or (etype == "PERSON" and words[1] not in mentions):
        return None
    shorter = [" ".join(words[1:])]
    if etype != "PERSON" and words[-1].lower() not in INSTITUTIONS:
        shorter.append(" ".join(words[:-1]))
    return next((rest for rest in shorter if mentions[rest] >= mentions[name]), None)


def _one_inner_word_less(short: list[str], long: list[str]) -> bool:
    """An institution's longer name less one word inside it, a generic modifier ("Treatment" of the "Betty Ford
    Treatment Center"); not its first word, which sets it apart ("California Supreme Court"), nor its head;
    not a person's given name ("Bishop Daniel Jenky")."""
    return len(short) == len(long) - 1 >= 2 and long[-1].lower() in INSTITUTIONS \
        and any(long[:k] + long[k + 1:] == short for k in range(1, len(short)))


def unquoted(text: str) -> str:
    """A name without the quote marks it opens or closes unpaired ("“American Pie", "''Hunger Games"): a
    mention's span may take in the quote mark of a title it begins or ends. Not the apostrophe of a word
    ("America's") nor of a possessive ("'s"), which are no quote marks. Nor an editor's brackets in a quote:
    "[President Barack] Obama" names "Barack Obama"."""
    text = text.replace("[", "").replace("]", "")
    inner = APOSTROPHE.sub("", text)
    lead, trail = LEADING_QUOTES.match(inner).end(), len(TRAILING_QUOTES.search(inner).group())
    out = text
    if lead and not QUOTE_MARKS.search(inner[lead:]) and not inner[lead:lead + 1].islower():
        out = out[LEADING_QUOTES.match(out).end():]
    if trail and not QUOTE_MARKS.search(inner[:-trail]):
        out = out[:len(out) - len(TRAILING_QUOTES.search(out).group())]
    return out or text


def _said_of_a_person(members: list[Form], references: list[Mention]) -> str | None:
    """"PERSON" for an entity with a full name the tagger called a person at times (two or three capitalised
    words) that its articles call "he" or "she" more often than "it" ("Mark Teixeira", mostly tagged a group);
    else None, and the tagger's labels decide."""
    said = Counter("person" if m.text.lower() in PERSONAL else "thing" if m.text.lower() in NEUTER else "other"
                   for m in references if m.kind == "pronoun")
    full = any(f.labels["PERSON"] and _personal_name(f) for f in members)
    return "PERSON" if full and said["person"] >= 3 and said["person"] > 2 * said["thing"] else None


def _references(mentions: dict[str, list[list]], of_span: dict[tuple, int], by_words: dict[str, int],
                people: set[int], times: set[int], stories: dict[str, int]) -> tuple[dict, list]:
    """Group -> the descriptions and pronouns whose chain of links within their article ends at a named
    mention of that group; and the chains that end at a description, across articles: one that another
    article ties to a name its own article also names ("the pilot" where another says "the pilot, John Roe")
    joins that name, as does one written as a name is ("Rangers", capitalised at a sentence's start), and a
    gendered one ("a woman", not someone's: "his father") or a pronoun with nothing before it the one person of
    that sex its article names, and a headline's bare noun the comparison says of people ("Teen Shot By
    Police") the one its story is about; the other descriptions join the chains of other articles of their story
    with the same head noun, an entity of their own where two articles or more use it ("the gunman" of two
    shootings is two people). Someone's description never joins the one it is of ("her sister", "sister" being
    said of her)."""
    out: dict[int, list[Mention]] = defaultdict(list)
    chains: dict[tuple, list[Mention]] = defaultdict(list)  # (article, start of the description it ends at)
    owned: set[tuple] = set()  # the chains that end at someone's description ("his father", "a Roe spokesman")
    owners: dict[tuple, int | None] = {}  # such a chain -> the named group it is of, never joined ("her sister")
    heads: dict[str, set[int]] = defaultdict(set)  # head noun -> named groups it describes
    said_of_people: dict[str, set[str]] = defaultdict(set)  # head noun -> articles that say it of a person
    # (story, head noun) -> named group -> the articles that describe it with that noun
    said_in_story: dict[tuple, dict[int, set[str]]] = defaultdict(lambda: defaultdict(set))
    for article, rows in mentions.items():
        ends: dict[int, list] = {}  # row -> the row its chain of links ends at
        for k, row in enumerate(rows):
            if len(row) < 5 or (row[4] is None and row[2] not in (NOMINAL, PRONOUN)):
                continue  # a name, or a place that acts and is collected as a name (see document)
            link = row[4]
            target = row if link is None else (ends.get(link) if link < k else None) or end_of_chain(rows, link)
            group = of_span.get((article, target[0], target[1]))
            if group in times and row[2] == NOMINAL:  # "Tonight, a vigil": a parse's slip, as no noun describes a
                target, group = row, None  # time here; the description starts a chain of its own
            ends[k] = target
            if group is not None:
                kind = row[2].lower() if row[2] in (NOMINAL, PRONOUN) else "name"  # a name for another: "Indianapolis"
                out[group].append(Mention(article, row[0], row[1], row[3], kind))
                if kind == "nominal":
                    said_in_story[(stories.get(article, 0), _head(row[3]))][group].add(article)
                if row[5]:  # the text says it of the name
                    heads[_head(row[3])].add(group)
                if kind == "nominal" and group in people:
                    said_of_people[_head(row[3])].add(article)
            elif target[2] == "NOMINAL" or target[3].lower() in PERSONAL:
                chains[(article, target[0])].append(Mention(article, row[0], row[1], row[3], row[2].lower()))
                if target[2] == NOMINAL and target[6]:
                    owned.add((article, target[0]))
                if target[2] == NOMINAL and target[7] is not None:
                    whose = end_of_chain(rows, target[7])
                    owners[(article, target[0])] = of_span.get((article, whose[0], whose[1]))
    named_in: dict[str, set[int]] = defaultdict(set)
    named_times: dict[str, Counter] = defaultdict(Counter)  # article -> person group -> its names there
    for (article, _, _), group in of_span.items():
        named_in[article].add(group)
        named_times[article][group] += group in people
    sex = _sexes(out)
    personal = _person_nouns(said_of_people, chains.values())
    loose: dict[tuple[int, str], list[Mention]] = defaultdict(list)  # (story, head noun) -> its chains
    for (article, start), ments in chains.items():
        head = _head(ments[0].text)  # the description the chain ends at: links only ever point back to one
        described = heads.get(head, set()) - {owners.get((article, start))}
        local = described & named_in[article]
        named = by_words.get(" ".join(words_of(ments[0].text))) if ments[0].text[:1].isupper() else None
        said_sex = GENDER_OF.get(head) or PERSONAL.get(head)
        same_sex = {g for g in named_in[article] if sex.get(g) == said_sex} \
            if said_sex and (article, start) not in owned else ()
        if ments[0].kind == "pronoun":  # "she" with nothing before her: only the sex tells who
            if len(same_sex) == 1:
                out[next(iter(same_sex))].extend(ments)
            continue
        if named is not None:
            group = named
        elif len(local) == 1:
            group = next(iter(local))
        elif len(same_sex) == 1:  # "a woman" where the article names one woman
            group = next(iter(same_sex))
        elif head in personal and singular(head) == head and _bare(ments[0].text) \
                and (article, start) not in owned and (lead := _lead(named_times[article])) is not None:
            group = lead  # a headline's "Teen Shot By Police": the one the story is about
        else:
            loose[(stories.get(article, 0), head)].extend(ments)
            continue
        out[group].extend(ments)
        said_in_story[(stories.get(article, 0), head)][group].add(article)
    for key, ments in list(loose.items()):  # "a Mafia boss" where its story's other reports say "the boss, Jo Roe"
        if (group := _said_of_one(said_in_story.get(key, {}))) is not None:
            out[group].extend(loose.pop(key))
    return out, [ments for ments in loose.values() if len({m.article for m in ments}) > 1]


def _description_name(ments: list[Mention]) -> str:
    """What an entity only described is called: the wording the articles use most for it, without its article,
    among those by its most common noun ("wall" of "the wall", "a border wall" and "a signature campaign promise"
    set beside it once), the fuller of two as common ("border wall" over "wall")."""
    heads = [(_head(m.text), m.text) for m in [m for m in ments if m.kind == "nominal"] or ments]
    noun = Counter(head for head, _ in heads).most_common(1)[0][0]
    wordings = [ARTICLE.sub("", unquoted(text)) for head, text in heads if head == noun]
    said = Counter(w.lower() for w in wordings)
    return max(wordings, key=lambda w: (said[w.lower()], len(w), w.islower()))  # "wall" over a headline's "Wall"


def _said_of_one(groups: dict[int, set[str]]) -> int | None:
    """The one named group a story's articles describe with a head noun ("the boss" of Jo Roe), in two articles
    or more, as a link may slip in one; None where they describe several with it."""
    if len(groups) != 1:
        return None
    (group, articles), = groups.items()
    return group if len(articles) >= MIN_SAID else None


def _person_nouns(said_of_people: dict[str, set[str]], chains) -> set[str]:
    """Head nouns the comparison says of people: of a named person ("Jo Roe, a climber") in two articles, as a
    parse may slip in one; or of a description that "he" or "she" stands for ("the teen ... he") in a chain of
    no other noun."""
    out = {head for head, articles in said_of_people.items() if len(articles) >= 2}
    for ments in chains:
        nouns = {_head(m.text) for m in ments if m.kind == "nominal"}
        if ments[0].kind == "nominal" and len(nouns) == 1 \
                and any(m.kind == "pronoun" and m.text.lower() in PERSONAL for m in ments):
            out |= nouns
    return out


def _bare(text: str) -> bool:
    """A capitalised noun without an article, as a headline writes one ("Teen Shot By Police", "Climber Dies")."""
    return BARE.fullmatch(text) is not None and ARTICLE.match(text) is None


def _lead(named: Counter) -> int | None:
    """The person an article is about: one it names at least twice, and twice as often as anyone else."""
    (top, n), *rest = named.most_common(2) or [(None, 0)]
    return top if n >= 2 and (not rest or n >= 2 * rest[0][1]) else None


def _sexes(references: dict[int, list[Mention]]) -> dict[int, str]:
    """Group -> the sex its pronouns say, in all articles together."""
    out = {}
    for group, ments in references.items():
        said = Counter(PERSONAL[m.text.lower()] for m in ments if m.kind == "pronoun" and m.text.lower() in PERSONAL)
        if said:
            out[group] = said.most_common(1)[0][0]
    return out


def end_of_chain(rows: list[list], k: int) -> list:
    """The row a chain of links starting at row k ends at."""
    row, steps = rows[k], 0
    while len(row) >= 5 and row[4] is not None and steps < len(rows):
        row, steps = rows[row[4]], steps + 1
    return row


def _head(text: str) -> str:
    """A description's noun, with a rank before it that makes it another office: "the vice president" is no
    description of the one "the president" stands for (see references.RANKS), nor is "the former president";
    but "a former employee" is an employee still, where the noun is no title."""
    *before, noun = text.lower().split()
    rank = before[-1] if before else ""
    return f"{rank} {noun}" if rank in RANKS and (rank not in PAST or noun in TITLES) else noun
