"""The analysis model: one `Comparison` of N articles, which the UI reads and the JSON report serialises.

Offsets are Python string indices into `Article.text` (end exclusive).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from newsview.analysis.references import QUANTIFIERS
from newsview.corpus.model import Article

SCHEMA = "newsview.report/1"
NAMED_TYPES = ("PERSON", "ORG", "GPE", "NORP", "LOC", "FAC", "EVENT")
TITLE_TYPES = ("LAW", "WORK_OF_ART")  # named things that are not actors: "the Endangered Species Act", a film
VALUE_TYPES = ("DATE", "TIME", "MONEY", "QUANTITY", "CARDINAL", "PERCENT", "ORDINAL")


@dataclass(frozen=True)
class Mention:
    article: str
    start: int
    end: int
    text: str
    kind: str = "name"  # name | nominal (a description: "the actress") | pronoun


@dataclass(frozen=True)
class Entity:
    id: str
    name: str  # canonical: the fullest form
    type: str  # spaCy label, decided by the mentions together
    aliases: tuple[str, ...]
    mentions: tuple[Mention, ...]

    def counts(self) -> Counter:
        """Mentions per article id."""
        return Counter(m.article for m in self.mentions)

    @property
    def named(self) -> bool:
        """Whether it is someone or something with a name: what readers list first. Days, and things only ever
        described ("the airstrike"), are entities too, but a panel of them by default would bury the names."""
        return self.type in NAMED_TYPES + ("PRODUCT",) + TITLE_TYPES and any(m.kind == "name" for m in self.mentions)

    @property
    def names(self) -> tuple[str, ...]:
        """The aliases that are names, without the descriptions and pronouns that refer to it."""
        return tuple(dict.fromkeys(m.text for m in self.mentions if m.kind == "name")) or self.aliases


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Speaker:
    text: str
    entity: str | None  # entity id
    start: int | None = None
    end: int | None = None


@dataclass(frozen=True)
class Statement:
    id: str
    article: str
    speaker: Speaker
    cue: str
    kind: str  # direct | indirect | mixed | block
    content: Span
    matches: tuple[str, ...] = ()
    cue_start: int | None = None
    cue_end: int | None = None


@dataclass(frozen=True)
class Member:
    article: str
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Conflict:
    kind: str  # number | time | date | place | attribution | other
    values: dict[str, str]  # article id -> differing text
    spans: dict[str, tuple[int, int]] = field(default_factory=dict)  # article id -> where that text stands
    about: str = ""  # what differs, where the kind says too little: "quoted words" (kind "other")


@dataclass(frozen=True)
class Fact:
    id: str
    status: str  # shared | conflict | only
    members: tuple[Member, ...]
    score: float
    conflicts: tuple[Conflict, ...] = ()

    @property
    def articles(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(m.article for m in self.members))


@dataclass(frozen=True)
class ArticleSummary:
    article: str
    shared: int
    only: int
    conflict: int
    with_all: int  # facts this article shares with every other article (shared or conflicting)
    entities_in_common: int
    quoted: tuple[str, ...]  # speaker names, most quoted first


@dataclass(frozen=True)
class Comparison:
    articles: tuple[Article, ...]
    entities: tuple[Entity, ...]
    statements: tuple[Statement, ...]
    facts: tuple[Fact, ...]
    warnings: tuple[str, ...] = ()  # articles whose analysis failed, each in one line

    def article(self, article_id: str) -> Article:
        return next(a for a in self.articles if a.id == article_id)

    def entity(self, entity_id: str | None) -> Entity | None:
        return next((e for e in self.entities if e.id == entity_id), None)

    def reach(self, fact: Fact) -> str:
        """How widely a fact is carried: by `all` the articles, by `some` (more than one), or by `one`."""
        n = len(fact.articles)
        return "one" if n == 1 else "all" if n == len(self.articles) else "some"

    def summaries(self) -> tuple[ArticleSummary, ...]:
        out = []
        for a in self.articles:
            facts = [f for f in self.facts if a.id in f.articles]
            status = Counter(f.status for f in facts)
            common = sum(1 for e in self.entities if e.named and a.id in e.counts() and len(e.counts()) > 1)
            speakers = Counter(name for s in self.statements if s.article == a.id and (name := self._speaker_name(s)))
            with_all = sum(1 for f in facts if self.reach(f) == "all")
            out.append(ArticleSummary(a.id, status["shared"], status["only"], status["conflict"], with_all, common,
                                      tuple(name for name, _ in speakers.most_common())))
        return tuple(out)

    def _speaker_name(self, st: Statement) -> str:
        """The speaker's entity's name, or the words as written, unless a mere quantifier ("some", "many")."""
        entity = self.entity(st.speaker.entity)
        return entity.name if entity else "" if st.speaker.text.lower() in QUANTIFIERS else st.speaker.text

    def to_dict(self) -> dict:
        """The report: the model as plain JSON values, with what it derives (counts, reach, summaries)."""
        return {
            "schema": SCHEMA,
            "articles": [{"id": a.id, "path": a.path, "outlet": a.outlet, "title": a.title, "date": a.date,
                          "text": a.text, "credit": a.credit, "dateline": a.dateline, "url": a.url}
                         for a in self.articles],
            "entities": [{**plain(e), "counts": dict(e.counts()), "named": e.named} for e in self.entities],
            "statements": plain(self.statements),
            "facts": [{**plain(f), "score": round(f.score, 3), "articles": list(f.articles), "reach": self.reach(f)}
                      for f in self.facts],
            "summary": plain(self.summaries()),
            "warnings": list(self.warnings),
        }


SCALARS = (str, int, float, type(None))


def plain(value):
    """Dataclasses as plain dicts and lists, for JSON (the report and the cache). `asdict` deep-copies every
    value, which is slow at a corpus's size and buys nothing here; most values are scalars, told first."""
    if isinstance(value, SCALARS):
        return value
    if hasattr(value, "__dataclass_fields__"):
        return {name: plain(getattr(value, name)) for name in value.__dataclass_fields__}
    if isinstance(value, (tuple, list)):
        return [plain(v) for v in value]
    if isinstance(value, dict):
        return {k: plain(v) for k, v in value.items()}
    return value
