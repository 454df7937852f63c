"""Mentions -> one entity per referent, within and across articles.

Names are compared by their shape, not by a list of known people: titles are
dropped, transliterations compared by consonant skeleton and edit distance,
acronyms by initials, "X of Y" organisations by reordering, and a lone surname
joins the full name it abbreviates, preferring one in its own article, so two
people sharing a surname in different stories stay apart.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter, defaultdict
from dataclasses import dataclass

from rapidfuzz.distance import Levenshtein
from rapidfuzz.fuzz import ratio

from newsview.analysis.model import NAMED_TYPES, Entity, Mention

TITLES = {
    "mr", "mrs", "ms", "miss", "dr", "gen", "general", "maj", "major", "lt", "lieutenant", "col", "colonel", "sgt",
    "capt", "captain", "sen", "senator", "rep", "representative", "gov", "governor", "president", "vice", "prime",
    "minister", "secretary", "haj", "hajj", "hajji", "sheikh", "king", "queen", "prince", "princess", "pope",
    "judge", "justice", "mayor", "sir", "lord", "lady", "adm", "admiral", "commander", "chairman", "chairwoman",
    "speaker", "ambassador", "attorney", "officer", "detective", "sergeant", "professor", "prof", "rev",
    "reverend", "father", "saint", "st", "brig", "gens", "defense", "foreign", "state", "former", "late",
    "leader", "chief", "deputy", "coach", "dame", "imam", "ayatollah", "rabbi", "cardinal", "bishop", "mrs.",
}
PARTICLES = re.compile(r"\b(?:al|el|ad|ash|as|ar|at|az|an|ul|ud|bin|ibn)[-‐‑]", re.IGNORECASE)
COUNTRIES = [
    ("united states", {"us", "usa", "united states", "united states of america", "america", "the states"}),
    ("united kingdom", {"uk", "united kingdom", "britain", "great britain", "gb"}),
    ("united nations", {"un", "united nations"}),
    ("european union", {"eu", "european union"}),
    ("soviet union", {"ussr", "soviet union"}),
    ("united arab emirates", {"uae", "united arab emirates"}),
]
COUNTRY_KEY = {alias: key for key, aliases in COUNTRIES for alias in aliases}
SMALL = {"of", "the", "and", "for", "in", "on", "de", "la", "du", "a", "&"}
NAME_TYPES = ("PERSON",)
GROUPABLE = ("ORG", "FAC", "EVENT", "PRODUCT")


def fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = text.replace("’", "'").replace("‘", "'").replace("`", "'")
    return text


def words_of(text: str) -> list[str]:
    text = PARTICLES.sub("", fold(text))
    text = re.sub(r"(?<=\b[A-Za-z])\.(?=[A-Za-z]\.)|(?<=\b[A-Za-z])\.(?=\s|$)", "", text)  # U.S. -> US
    return [w for w in re.split(r"[^\w']+", text.casefold()) if w and w != "'s"]


def singular(word: str) -> str:
    return word[:-1] if len(word) > 3 and word.endswith("s") and not word.endswith("ss") else word


def skeleton(word: str) -> str:
    """Consonants, doubled letters collapsed: Qassem/Qasem/Qassim -> qsm."""
    if not word:
        return word
    rest = re.sub(r"[aeiouyhw']", "", word[1:])
    return re.sub(r"(.)\1+", r"\1", word[0] + rest)


def same_name_word(a: str, b: str) -> bool:
    if a == b:
        return True
    if min(len(a), len(b)) < 4:
        return False
    return (skeleton(a) == skeleton(b) and ratio(a, b) >= 70) or (
        min(len(a), len(b)) >= 7 and Levenshtein.distance(a, b) <= 1)


@dataclass
class Form:
    """One surface form in one article, with its mentions."""

    article: str
    text: str  # as written (first seen)
    words: list[str]
    labels: Counter
    mentions: list[tuple[int, int, str]]

    @property
    def label(self) -> str:
        named = [(n, lab) for lab, n in self.labels.items() if lab in NAMED_TYPES]
        return max(named)[1] if named else self.labels.most_common(1)[0][0]

    @property
    def name_words(self) -> list[str]:
        words = list(self.words)
        while len(words) > 1 and words[0] in TITLES:
            words.pop(0)
        return words

    @property
    def key(self) -> str:
        joined = " ".join(self.words[1:] if self.words and self.words[0] == "the" else self.words)
        if joined in COUNTRY_KEY:
            return "gpe:" + COUNTRY_KEY[joined]
        if self.label == "PERSON":
            return "name:" + " ".join(self.name_words)
        if " of " in f" {joined} " and self.label in ("ORG", "FAC"):  # Department of Defense -> defense department
            head, _, tail = joined.partition(" of ")
            if len(head.split()) == 1 and len(tail.split()) <= 2:
                joined = f"{tail} {head}"
        return "org:" + " ".join(singular(w) for w in joined.split())

    @property
    def acronym(self) -> str | None:
        raw = re.sub(r"[.\s]", "", fold(self.text))
        return raw.lower() if raw.isupper() and 2 <= len(raw) <= 6 and raw.isalpha() else None

    @property
    def initials(self) -> str:
        return "".join(w[0] for w in self.words if w not in SMALL and w != "the")


class Union:
    def __init__(self, n: int):
        self.parent = list(range(n))

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def join(self, a: int, b: int) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


def collect_forms(mentions: dict[str, list[list]]) -> list[Form]:
    forms: dict[tuple[str, str], Form] = {}
    for article, items in mentions.items():
        for start, end, label, text in items:
            if label not in NAMED_TYPES + ("PRODUCT",):
                continue
            words = words_of(text)
            if not words:
                continue
            key = (article, " ".join(words))
            form = forms.get(key)
            if form is None:
                form = forms[key] = Form(article, text, words, Counter(), [])
            form.labels[label] += 1
            form.mentions.append((start, end, text))
    return list(forms.values())


def cluster(forms: list[Form], threshold: float = 0.88) -> list[list[int]]:
    u = Union(len(forms))
    by_key: dict[str, int] = {}
    for i, f in enumerate(forms):  # 1. same normalised key
        if f.key in by_key:
            u.join(i, by_key[f.key])
        else:
            by_key[f.key] = i
        sub = re.split(r"(?<=[a-z])-(?=[A-Z])", f.text)
        if len(sub) > 1 and len(words_of(sub[-1])) >= 2:  # "Revolutionary Guard Corps-Quds Force": a unit of the first
            tail = "org:" + " ".join(singular(w) for w in words_of(sub[-1]))
            by_key.setdefault(tail, i)
            if by_key[tail] != i:
                u.join(i, by_key[tail])
    for i, f in enumerate(forms):  # hyphen tails seen after their own forms
        sub = re.split(r"(?<=[a-z])-(?=[A-Z])", f.text)
        if len(sub) > 1 and (j := by_key.get("org:" + " ".join(singular(w) for w in words_of(sub[-1])))) is not None:
            u.join(i, j)
    people = [i for i, f in enumerate(forms) if f.label == "PERSON" and len(f.name_words) >= 2]
    for x, i in enumerate(people):  # 2. full names: same surname and compatible given names
        for j in people[x + 1:]:
            if _same_person(forms[i].name_words, forms[j].name_words):
                u.join(i, j)
    _surnames(forms, u)
    _acronyms(forms, u)
    _subsets(forms, u)
    _typos(forms, u, threshold)
    groups = defaultdict(list)
    for i in range(len(forms)):
        groups[u.find(i)].append(i)
    return list(groups.values())


def _same_person(a: list[str], b: list[str]) -> bool:
    if not same_name_word(a[-1], b[-1]):
        return False
    fa, fb = a[0], b[0]
    return same_name_word(fa, fb) or (len(fa) == 1 and fb.startswith(fa)) or (len(fb) == 1 and fa.startswith(fb))


def _surnames(forms: list[Form], u: Union) -> None:
    """A lone name joins the one full name it ends (or begins), in its own article first, else across articles."""
    full = [i for i, f in enumerate(forms) if len(f.name_words) >= 2 and f.label in ("PERSON",)]
    for i, f in enumerate(forms):
        words = f.name_words
        if len(words) != 1 or f.acronym:
            continue
        word = words[0]
        hits = [j for j in full if same_name_word(forms[j].name_words[-1], word)]
        if not hits:
            continue
        local = [j for j in hits if forms[j].article == f.article]
        candidates = {u.find(j) for j in (local or hits)}
        if len(candidates) == 1:
            u.join(i, (local or hits)[0])


def _acronyms(forms: list[Form], u: Union) -> None:
    expansions = defaultdict(set)
    for j, g in enumerate(forms):
        if len(g.words) >= 2 and not g.acronym:
            expansions[g.initials].add(j)
    for i, f in enumerate(forms):
        if f.acronym and f.acronym in expansions:
            roots = {u.find(j) for j in expansions[f.acronym]}
            if len(roots) == 1:
                u.join(i, next(iter(expansions[f.acronym])))


def _subsets(forms: list[Form], u: Union) -> None:
    """"Revolutionary Guards" is the "Islamic Revolutionary Guard Corps" when that is its closest superset."""
    orgs = [i for i, f in enumerate(forms) if f.label in GROUPABLE and not f.acronym]
    sets = {i: {singular(w) for w in forms[i].words if w not in SMALL} for i in orgs}
    for i in orgs:
        mine = sets[i]
        if not mine:
            continue
        supers = [(len(sets[j] - mine), u.find(j), j) for j in orgs if j != i and mine < sets[j]]
        if not supers:
            continue
        best = min(s[0] for s in supers)
        roots = {s[1] for s in supers if s[0] == best}
        if len(roots) == 1 and u.find(i) not in roots:
            u.join(i, next(s[2] for s in supers if s[0] == best))


def _typos(forms: list[Form], u: Union, threshold: float) -> None:
    """Long single names one edit apart ("Hezhollah") are one name misspelt."""
    singles = [i for i, f in enumerate(forms)
               if len(f.words) == 1 and len(f.words[0]) >= 7 and not f.acronym and f.label != "NORP"]
    for x, i in enumerate(singles):
        for j in singles[x + 1:]:
            a, b = forms[i].words[0], forms[j].words[0]
            if a[0] == b[0] and ratio(a, b) >= threshold * 100 and Levenshtein.distance(a, b) <= 1:
                u.join(i, j)


def display(text: str, label: str) -> str:
    words = text.split()
    while len(words) > 1 and words[0].lower().rstrip(".") in TITLES and label == "PERSON":
        words.pop(0)
    return " ".join(words)


def resolve(mentions: dict[str, list[list]], threshold: float = 0.88) -> tuple[list[Entity], dict[tuple, str]]:
    """Entities across articles, and (article, start, end) -> entity id for every named mention."""
    forms = collect_forms(mentions)
    groups = cluster(forms, threshold)
    built = []
    for group in groups:
        members = [forms[i] for i in group]
        labels = Counter()
        for f in members:
            labels.update({k: v for k, v in f.labels.items()})
        named = [(n, lab) for lab, n in labels.items() if lab in NAMED_TYPES]
        etype = max(named)[1] if named else "ORG"
        names = Counter()
        for f in members:
            for _, _, text in f.mentions:
                names[display(text, etype)] += 1
        longest = max(len(n.split()) for n in names)
        name = max((n for n in names if len(n.split()) == longest),
                   key=lambda n: (not (n.isupper() and len(n) > 4), names[n], n))  # "Baghdad" over "BAGHDAD"
        ments = sorted((Mention(f.article, s, e, t) for f in members for s, e, t in f.mentions),
                       key=lambda m: (m.article, m.start))
        aliases = tuple(sorted({m.text for m in ments}, key=lambda t: (-len(t), t)))
        built.append((name, etype, aliases, ments))
    built.sort(key=lambda b: (-len(b[3]), b[0]))
    entities, index = [], {}
    for n, (name, etype, aliases, ments) in enumerate(built, 1):
        eid = f"e{n}"
        entities.append(Entity(eid, name, etype, aliases, tuple(ments)))
        for m in ments:
            index[(m.article, m.start, m.end)] = eid
    return entities, index
