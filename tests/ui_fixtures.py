"""A small hand-built Comparison of two articles, so UI tests are fast and do not depend on the engine."""

from __future__ import annotations

from dataclasses import replace

from newsview.analysis.model import (Comparison, Conflict, Entity, Fact, Member, Mention, Speaker, Span,
                                     Statement)
from newsview.config import Config
from newsview.corpus.model import Article, Corpus, Story, content_id

FILLER = "\n\n".join(f"Background paragraph {i} repeats what readers may already know about the region." * 3
                     for i in range(12))

ENDING = "Rebuilding will take months, the council said."
TEXT_A = ("The storm hit Port Vale on Tuesday morning, officials said.\n\n"
          "Mayor Jane Doe said \"We will rebuild the harbour.\"\n\n"
          f"{FILLER}\n\n"
          "Three people were injured in Port Vale.\n\n"
          "The governor declared an emergency. Markup stays literal: [bold]not bold[/bold] [$accent].\n\n"
          f"{ENDING}")
TEXT_B = ("The storm struck Port Vale late Tuesday, officials said.\n\n"
          "\"We will rebuild the harbour,\" Mayor Doe said.\n\n"
          "Five people were injured, according to the Red Cross.\n\n"
          f"{FILLER}\n\n"
          "Power was out for hours across Port Vale.\n\n"
          f"{ENDING}")


def article(text: str, outlet: str, title: str, name: str) -> Article:
    return Article(id=content_id(text), path=f"/tmp/{name}.txt", outlet=outlet, title=title, date="2020-01-03",
                   text=text)


ARTICLE_A = article(TEXT_A, "Daily Planet", "Storm hits Port Vale", "a")
ARTICLE_B = article(TEXT_B, "The Bugle", "Port Vale counts the damage after storm", "b")


def at(text: str, needle: str, nth: int = 0) -> tuple[int, int]:
    start = -1
    for _ in range(nth + 1):
        start = text.index(needle, start + 1)
    return start, start + len(needle)


def member(a: Article, needle: str) -> Member:
    s, e = at(a.text, needle)
    return Member(a.id, s, e, needle)


def mentions(a: Article, needle: str) -> list[Mention]:
    out, i = [], a.text.find(needle)
    while i >= 0:
        out.append(Mention(a.id, i, i + len(needle), needle))
        i = a.text.find(needle, i + 1)
    return out


def statement(sid: str, a: Article, quote: str, speaker: str, entity: str, kind: str, matches=()) -> Statement:
    qs, qe = at(a.text, quote)
    ss, se = at(a.text, speaker)
    return Statement(sid, a.id, Speaker(speaker, entity, ss, se), "said", kind, Span(qs, qe, quote), tuple(matches))


def build_comparison() -> Comparison:
    a, b = ARTICLE_A, ARTICLE_B
    entities = (
        Entity("e-port-vale", "Port Vale", "GPE", ("Port Vale",),
               tuple(mentions(a, "Port Vale") + mentions(b, "Port Vale"))),
        Entity("e-doe", "Jane Doe", "PERSON", ("Jane Doe", "Doe"),
               tuple(mentions(a, "Jane Doe") + mentions(b, "Doe"))),
        Entity("e-red-cross", "Red Cross", "ORG", ("Red Cross",), tuple(mentions(b, "Red Cross"))),
        Entity("e-harbour", "the harbour", "NOMINAL", ("the harbour",),  # a thing only ever described
               tuple(replace(m, kind="nominal") for m in mentions(a, "the harbour") + mentions(b, "the harbour"))),
    )
    statements = (
        statement("s-a1", a, "We will rebuild the harbour.", "Mayor Jane Doe", "e-doe", "direct", ("s-b1",)),
        statement("s-b1", b, "We will rebuild the harbour,", "Mayor Doe", "e-doe", "direct", ("s-a1",)),
        statement("s-a2", a, "The storm hit Port Vale on Tuesday morning", "officials", None, "indirect"),
    )
    storm_a = "The storm hit Port Vale on Tuesday morning, officials said."
    storm_b = "The storm struck Port Vale late Tuesday, officials said."
    injured_a = "Three people were injured in Port Vale."
    injured_b = "Five people were injured, according to the Red Cross."
    facts = (
        Fact("f-storm", "conflict", (member(a, storm_a), member(b, storm_b)), 0.8,
             (Conflict("time", {a.id: "Tuesday morning", b.id: "late Tuesday"},
                       {a.id: at(a.text, "Tuesday morning"), b.id: at(b.text, "late Tuesday")}),)),
        Fact("f-quote", "shared", (member(a, "Mayor Jane Doe said \"We will rebuild the harbour.\""),
                                   member(b, "\"We will rebuild the harbour,\" Mayor Doe said.")), 0.95),
        Fact("f-injured", "conflict", (member(a, injured_a), member(b, injured_b)), 0.7,
             (Conflict("number", {a.id: "Three", b.id: "Five"},
                       {a.id: at(a.text, "Three"), b.id: at(b.text, "Five")}),)),
        Fact("f-background", "shared", (member(a, FILLER), member(b, FILLER)), 1.0),
        Fact("f-governor", "only", (member(a, "The governor declared an emergency."),), 0.0),
        Fact("f-power", "only", (member(b, "Power was out for hours across Port Vale."),), 0.0),
        Fact("f-months", "shared", (member(a, ENDING), member(b, ENDING)), 0.9),
    )
    return Comparison((a, b), entities, statements, facts)


TEXT_C = ("A third report: the storm reached Port Vale on Tuesday.\n\n"
          "The governor declared an emergency.\n\n"
          "Schools in Port Vale will stay shut all week.")
ARTICLE_C = article(TEXT_C, "Third Post", "Storm closes Port Vale schools", "d")


def build_three() -> Comparison:
    """Three articles: one fact all carry, one two of them carry, one the third alone (a hidden column at 100x30)."""
    a, b, c = ARTICLE_A, ARTICLE_B, ARTICLE_C
    port_vale = Entity("e-port-vale", "Port Vale", "GPE", ("Port Vale",),
                       tuple(mentions(a, "Port Vale") + mentions(b, "Port Vale") + mentions(c, "Port Vale")))
    facts = (
        Fact("f-storm", "shared", (member(a, "The storm hit Port Vale on Tuesday morning, officials said."),
                                   member(b, "The storm struck Port Vale late Tuesday, officials said."),
                                   member(c, "the storm reached Port Vale on Tuesday.")), 0.8),
        Fact("f-governor", "shared", (member(a, "The governor declared an emergency."),
                                      member(c, "The governor declared an emergency.")), 1.0),
        Fact("f-schools", "only", (member(c, "Schools in Port Vale will stay shut all week."),), 0.0),
    )
    return Comparison((a, b, c), (port_vale,), (), facts)


def corpus() -> Corpus:
    other = article("A short unrelated note about the weather.", "Weekly", "Weather note", "c")
    return Corpus((ARTICLE_A, ARTICLE_B, other),
                  (Story("storm", "Storm in Port Vale", (ARTICLE_A, ARTICLE_B)),))


def config(**ui) -> Config:
    from newsview.config import UIConfig

    return Config(path=None, ui=UIConfig(**ui))


def fake_analyse(articles, settings, progress=None):
    """Stands in for newsview.analysis.analyse: the fixture comparison, restricted to the given articles."""
    if progress:
        progress("analysing", 1.0)
    ids = {a.id for a in articles}
    for full in (build_comparison(), build_three()):
        if ids == {a.id for a in full.articles}:
            return full
    return Comparison(tuple(articles), (), (), ())


def make_app(analyse=fake_analyse, corpus_=None, compare: bool = False, **ui):
    from newsview.ui.app import NewsviewApp

    return NewsviewApp(config(**ui), corpus_ or corpus(), compare=compare, analyse=analyse)


def three_story_app():
    base = corpus()
    return make_app(corpus_=Corpus((*base.articles, ARTICLE_C),
                                   (Story("storm", "Storm", (ARTICLE_A, ARTICLE_B, ARTICLE_C)),)))


async def settle(pilot) -> None:
    """Wait for the analysis worker and the repaint that follows it."""
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()
    await pilot.pause()


async def open_story(pilot):
    """From the library, open the first story by keys; returns the compare screen once analysed."""
    await pilot.press("enter")
    await settle(pilot)
    return pilot.app.screen


def views(screen):
    from newsview.ui.widgets.article_view import ArticleView

    return {v.article.id: v for v in screen.query(ArticleView) if v.parent.display}


def visible(view, offset: int) -> bool:
    return 0 <= view.row_of(offset) < view.scrollable_content_region.height


def rendered(view, start: int, end: int) -> str:
    """The rendered text of the display lines holding offsets start..end, as it would reach the terminal."""
    width = view.scrollable_content_region.width
    lines = range(view.line_of(start), view.line_of(end) + 1)
    return " ".join(view._render_text_line(i, width).text[2:].strip() for i in lines)


def screen_lines(app) -> list[str]:
    """The whole terminal as text lines, as the reader sees it."""
    return [strip.text for strip in app.screen._compositor.render_strips()]


def plain(renderable, width: int = 200) -> str:
    """A panel row as text (rows are Text or a grid of lead and body), trailing blanks dropped."""
    from rich.console import Console

    console = Console(width=width, color_system=None, legacy_windows=False)
    with console.capture() as capture:
        console.print(renderable, end="")
    return "\n".join(line.rstrip() for line in capture.get().splitlines())
