"""What the reader sees at the edges: long outlet names, narrow and wide terminals, skipped files."""

from __future__ import annotations

from dataclasses import replace

from newsview.corpus.model import Corpus, Story
from ui_fixtures import ARTICLE_A, ARTICLE_B, ARTICLE_C, make_app, open_story, screen_lines

LONG = "2b95d2cf-e979-4f9c-ae27-9a5370934f23_1"  # a file name standing in for an unknown outlet


def long_named() -> Corpus:
    articles = tuple(replace(a, outlet=f"{LONG}{n}") for n, a in enumerate((ARTICLE_A, ARTICLE_B, ARTICLE_C)))
    return Corpus(articles, (Story("storm", "Storm in Port Vale", articles),))


async def test_a_long_outlet_name_gives_way_to_the_date_and_length_in_the_column_header():
    for size, words in (((200, 40), 3), ((120, 32), 0)):  # three columns beside the panels; three stacked, narrow
        app = make_app(corpus_=long_named())
        async with app.run_test(size=size) as pilot:
            await open_story(pilot)
            header = screen_lines(app)[1]
            assert header.count("2020-01-03") == 3 and header.count(" words") == words, header
            assert header.count("2b95d2cf-e9") == 3 and "…" in header
