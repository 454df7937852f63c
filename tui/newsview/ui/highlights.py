"""What to paint where: a Comparison, the reader's toggles and selection -> styled ranges per article.

Pure functions over the analysis model, so the colouring rules are testable without a screen.
Ranges are offsets into `Article.text`; the article view keeps those offsets valid.
"""

from __future__ import annotations

from dataclasses import dataclass

from rich.style import Style

from newsview.analysis.model import Comparison, Fact
from newsview.sanitize import HIDDEN, drop_hidden
from newsview.ui.themes import ENTITY_COLOUR, style

STATUS_GLYPH = {"shared": "=", "only": "+", "conflict": "≠"}
STATUS_COLOUR = {"shared": "nv-shared", "only": "nv-only", "conflict": "nv-conflict"}  # text background
GLYPH_COLOUR = {"shared": "success", "only": "warning", "conflict": "error"}  # gutter glyph and panel markers
# In the gutter of three or more articles, a fact shared by some but not all of them is told apart from one all share.
PARTIAL = "partial"
GUTTER_GLYPH = {**STATUS_GLYPH, PARTIAL: "≈"}
GUTTER_COLOUR = {**GLYPH_COLOUR, PARTIAL: "success"}
GUTTER_MEANING = {"shared": "every article reports it", PARTIAL: "some of the articles report it (three or more)",
                  "only": "only this article reports it", "conflict": "shared, but a detail differs"}
DIFFERENCES = ("only", "conflict", PARTIAL)  # among three or more, an outlet leaving a fact out is a difference too
SEVERITY = {"shared": 0, PARTIAL: 1, "only": 2, "conflict": 3}  # which status a line shows when several facts share it


@dataclass(frozen=True)
class Layers:
    """Which reading aids are painted."""
    entities: bool = True
    statements: bool = True
    facts: bool = True


@dataclass(frozen=True)
class Item:
    """Something the reader selected: an entity, statement or fact by id, or a search match."""
    kind: str  # entity | statement | fact | match
    id: str


@dataclass(frozen=True)
class Mark:
    start: int
    end: int
    style: Style


@dataclass(frozen=True, order=True)
class GutterMark:
    """A fact's extent, shown beside the text as its status glyph (status never relies on colour alone)."""
    start: int
    end: int
    status: str


def item_spans(comparison: Comparison, item: Item) -> dict[str, list[tuple[int, int]]]:
    """Where an item stands in each article, in reading order."""
    spans: dict[str, list[tuple[int, int]]] = {}
    if item.kind == "entity":
        entity = comparison.entity(item.id)
        for m in entity.mentions if entity else ():
            spans.setdefault(m.article, []).append((m.start, m.end))
    elif item.kind == "statement":
        by_id = {s.id: s for s in comparison.statements}
        if item.id in by_id:
            for st in (by_id[item.id], *(by_id[i] for i in by_id[item.id].matches if i in by_id)):
                spans.setdefault(st.article, []).append((st.content.start, st.content.end))
                if st.speaker.start is not None and st.speaker.end is not None:
                    spans[st.article].append((st.speaker.start, st.speaker.end))
    elif item.kind == "fact":
        for fact in comparison.facts:
            if fact.id == item.id:
                for m in fact.members:
                    spans.setdefault(m.article, []).append((m.start, m.end))
    return {k: sorted(v) for k, v in spans.items()}


def article_marks(comparison: Comparison | None, article_id: str, layers: Layers, variables: dict[str, str],
                  selected: dict[str, list[tuple[int, int]]] | None = None,
                  matches: list[tuple[int, int]] = (), current: tuple[int, int] | None = None) -> list[Mark]:
    """Styled ranges for one article, later ones painted over earlier ones."""
    marks: list[Mark] = []
    if comparison is not None:
        if layers.facts:
            for fact in comparison.facts:
                for m in fact.members:
                    if m.article == article_id:
                        marks.append(Mark(m.start, m.end, style(variables, bg=STATUS_COLOUR[fact.status])))
        if layers.statements:
            quote = style(variables, fg="nv-statement", italic=True)
            speaker = style(variables, fg="nv-speaker", bold=True)
            for st in comparison.statements:
                if st.article == article_id:
                    marks.append(Mark(st.content.start, st.content.end, quote))
                    if st.speaker.start is not None and st.speaker.end is not None:
                        marks.append(Mark(st.speaker.start, st.speaker.end, speaker))
        if layers.entities:
            for entity in comparison.entities:
                entity_style = style(variables, fg=ENTITY_COLOUR.get(entity.type, "nv-statement"), bold=True)
                marks.extend(Mark(m.start, m.end, entity_style) for m in entity.mentions  # pronouns show when chosen
                             if m.article == article_id and m.kind == "name")
        if layers.facts:
            detail = style(variables, fg="nv-conflict-detail", bold=True, underline=True)
            for fact in comparison.facts:
                for conflict in fact.conflicts:
                    if article_id in conflict.spans:
                        marks.append(Mark(*conflict.spans[article_id], detail))
    search = style(variables, bg="nv-search")
    marks.extend(Mark(s, e, search) for s, e in matches)
    focus = style(variables, bg="nv-selected", bold=True)
    marks.extend(Mark(s, e, focus) for s, e in (selected or {}).get(article_id, ()))
    if current:
        marks.append(Mark(*current, Style(reverse=True, bold=True)))
    return [m for m in marks if m.end > m.start]


def shown_status(comparison: Comparison, fact: Fact) -> str:
    """A fact's status as the gutter and the facts panel show it: a shared fact that some but not all of three or
    more articles carry is told apart from one they all carry."""
    return PARTIAL if fact.status == "shared" and comparison.reach(fact) == "some" else fact.status


def gutter_marks(comparison: Comparison | None, article_id: str) -> list[GutterMark]:
    if comparison is None:
        return []
    return sorted(GutterMark(m.start, m.end, shown_status(comparison, f))
                  for f in comparison.facts for m in f.members if m.article == article_id)


def is_difference(comparison: Comparison, fact: Fact) -> bool:
    return shown_status(comparison, fact) in DIFFERENCES


def differences(comparison: Comparison) -> list[Fact]:
    """The facts that differ between the articles, in reading order of the first article (in the story's order, not
    the columns shown) that has them: `n` walks the first article top to bottom, then what only later ones report.
    The order must not follow the columns shown, since stepping onto a hidden article's fact brings it into view and
    a reordered list sent `n` round a loop that never reached the rest."""
    rank = {a.id: i for i, a in enumerate(comparison.articles)}

    def key(fact: Fact):
        return min((rank[m.article], m.start) for m in fact.members)

    return sorted((f for f in comparison.facts if is_difference(comparison, f)), key=key)


# typographic marks as a keyboard types them, one character for one, so offsets hold
PLAIN_MARKS = str.maketrans({**dict.fromkeys("‘’‛′", "'"), **dict.fromkeys("“”„″", '"'),
                             **dict.fromkeys("–—‐‑", "-"), "\u00a0": " "})


def find_matches(text: str, query: str) -> list[tuple[int, int]]:
    """Case-insensitive occurrences of the query, curly quotes and dashes matching the keyboard's straight ones
    (offsets hold because casefold of the text is not used); a word a hidden control sequence split is found as
    it is shown, whole."""
    if not query:
        return []
    if HIDDEN in text:
        kept = [i for i, ch in enumerate(text) if ch != HIDDEN]
        return [(kept[s], kept[e - 1] + 1) for s, e in find_matches(drop_hidden(text), query)]
    hay, needle = text.lower(), query.lower()
    if len(hay) != len(text):  # lower() changed lengths (rare letters): fall back to exact matching
        hay, needle = text, query
    hay, needle = hay.translate(PLAIN_MARKS), needle.translate(PLAIN_MARKS)
    out, i = [], hay.find(needle)
    while i >= 0:
        out.append((i, i + len(needle)))
        i = hay.find(needle, i + max(1, len(needle)))
    return out
