"""Corpus loader: every format, every outlet rule, titles, encodings, ids and skipped files."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from newsview.config import Config, Source, StoryConfig, load_config
from newsview.corpus import Article, Corpus, load_corpus, load_paths
from newsview.corpus.datelines import is_date_line, split_dateline, written_on
from newsview.corpus.file_names import named_on, named_outlet
from newsview.corpus.formats import FORMATS, detect
from newsview.corpus.formats.feed import feed_outlet, plain
from newsview.corpus.loader import SkipFile, collect, load_file, read_records
from newsview.corpus.model import content_id
from newsview.corpus.outlets import infer_outlet
from newsview.corpus.titles import derive_title
from newsview.errors import NewsviewError

from conftest import ABC_SEED, NEWSWEEK_SEED

NEUTRAL = (
    "The harbour bridge reopened to traffic on Tuesday after six weeks of repairs. "
    "Engineers replaced two expansion joints and resurfaced the main span.\n\n"
    "The city council said the work finished three days ahead of schedule.\n"
)

HTML_PAGE = """\
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Harbour bridge reopens after repairs</title>
<meta property="og:site_name" content="Harbour Gazette">
<meta property="og:title" content="Harbour bridge reopens after repairs">
<meta property="article:published_time" content="2021-05-04T08:00:00Z">
</head>
<body>
<header><nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></nav></header>
<article>
<h1>Harbour bridge reopens after repairs</h1>
<p>The harbour bridge reopened to traffic on Tuesday morning after six weeks of repairs. Engineers replaced two
expansion joints and resurfaced the main span. Commuters said the detour through the old town had added half an
hour to their journeys.</p>
<p>The city council said the work finished three days ahead of schedule. It cost slightly less than the original
estimate of four million pounds. A council spokesperson thanked residents for their patience during the closure.</p>
<p>Cyclists will have a new protected lane on the eastern side of the bridge. The lane opens next month once the
paint has cured. Local cycling groups welcomed the change and said they had campaigned for it for years.</p>
</article>
<footer><p>Copyright 2021 Harbour Gazette. All rights reserved.</p></footer>
</body>
</html>
"""


def one(path: Path, **kwargs) -> Article:
    articles = load_file(str(path), **kwargs)
    assert len(articles) == 1
    return articles[0]


def corpus_from(tmp_path: Path, yaml_text: str) -> Corpus:
    config_path = tmp_path / "corpus.yaml"
    config_path.write_text(yaml_text, encoding="utf-8")
    return load_corpus(load_config(config_path))


# --------------------------------------------------------------------------- seed format


def test_seed_with_photo_credit(write):
    path = write("wire.txt", " date 2020-01-03 REUTERS/Jane Doe\n\n" + NEUTRAL)
    a = one(path)
    assert a.date == "2020-01-03"
    assert a.credit == "REUTERS/Jane Doe"
    assert a.dateline is None
    assert a.text == NEUTRAL  # the header line is not part of the text
    assert "date 2020" not in a.text and "REUTERS" not in a.text
    assert a.outlet == "wire"  # a photo credit is not the outlet; no clue in the text -> file name
    assert a.title == "The harbour bridge reopened to traffic on Tuesday after six weeks of repairs"


def test_seed_with_dateline(write):
    body = "LONDON (BBC News) — Heavy snow closed hundreds of schools across the north on Monday. Trains were cancelled.\n\nMore snow is expected.\n"
    a = one(write("snow.txt", " date 2020-01-03 " + body))
    assert a.date == "2020-01-03"
    assert a.credit is None
    assert a.dateline == "LONDON"
    assert a.outlet == "BBC News"
    assert a.text == body  # the body starts on the header line, dateline included
    assert "date 2020" not in a.text
    assert a.title == "Heavy snow closed hundreds of schools across the north on Monday"


def test_seed_dateline_with_region_and_no_outlet(write):
    body = "WASHINGTON, D.C. — The Senate passed the budget late on Friday. It now goes to the House.\n"
    a = one(write("senate.txt", " date 2021-12-31 " + body))
    assert a.dateline == "WASHINGTON, D.C."
    assert a.outlet == "senate"
    assert a.text == body
    assert a.date == "2021-12-31"


def test_seed_header_only_date(write):
    a = one(write("bare.txt", " date 2020-02-29\n\n" + NEUTRAL))
    assert a.date == "2020-02-29"
    assert a.credit is None and a.dateline is None
    assert a.text == NEUTRAL


def test_seed_with_crlf_line_endings(write):
    content = " date 2020-01-03 AP Photo/John Smith\r\n\r\nFirst line of the body. Second sentence.\r\n"
    a = one(write("crlf.txt", content.encode("utf-8")))
    assert a.credit == "AP Photo/John Smith"
    assert a.text == "First line of the body. Second sentence.\r\n"


@pytest.mark.parametrize("credit", ["REUTERS/Thaier Al-Sudani", "AP Photo/Evan Vucci", "Getty Images", "AFP via Getty Images"])
def test_seed_recognises_credits(write, credit):
    a = one(write("c.txt", f" date 2020-01-03 {credit}\n\n{NEUTRAL}"))
    assert a.credit == credit
    assert a.text == NEUTRAL
    assert a.outlet == "c"


def test_seed_sentence_on_header_line_is_body_not_credit(write):
    a = one(write("s.txt", " date 2020-01-03 Officials said the bridge was safe.\n\nMore text here.\n"))
    assert a.credit is None
    assert a.text.startswith("Officials said the bridge was safe.")


def test_seed_detected_without_extension(write):
    path = write("article", " date 2020-01-03 REUTERS/Jane Doe\n\n" + NEUTRAL)
    assert detect(path, path.read_text()).name == "seed"
    assert one(path).credit == "REUTERS/Jane Doe"


def test_forced_seed_format_on_other_text_is_skipped(write):
    path = write("plain.txt", NEUTRAL)
    articles, warnings = collect([Source(str(path), format="seed")])
    assert articles == []
    assert warnings == [f"{path}: skipped: seed: the first line is not ' date YYYY-MM-DD ...'"]


def test_bundled_seeds_load_directly_with_inferred_outlets():
    newsweek = one(NEWSWEEK_SEED)
    abc = one(ABC_SEED)
    assert newsweek.outlet == "Newsweek"  # "told Newsweek that", not the REUTERS photo credit
    assert abc.outlet == "ABC News"  # the dateline's "(ABC News)"
    assert newsweek.date == abc.date == "2020-01-03"
    assert newsweek.credit == "REUTERS/Thaier Al-Sudani" and newsweek.dateline is None
    assert abc.dateline == "BAGHDAD, Iraq" and abc.credit is None
    assert newsweek.text.startswith("Iran's elite Quds force commander")
    assert abc.text.startswith("BAGHDAD, Iraq (ABC News) — Qassem Soleimani")
    for a in (newsweek, abc):
        assert "date 2020" not in a.text
        assert a.title and 20 <= len(a.title) <= 91
        assert "Soleimani" in a.title
        assert "according to" not in a.title
        assert a.words > 300
    assert newsweek.id != abc.id


def test_bundled_corpus_loads_as_one_story():
    corpus = load_corpus(load_config())
    assert [a.outlet for a in corpus.articles] == ["Newsweek", "ABC News"]
    assert corpus.warnings == ()
    (story,) = corpus.stories
    assert story.id == "soleimani-strike"
    assert story.title == "US strike kills Iran's Qassem Soleimani in Baghdad"
    assert [a.outlet for a in story.articles] == ["Newsweek", "ABC News"]


def test_paths_of_one_story_open_as_one_comparison_and_of_several_do_not():
    from newsview.corpus.model import Corpus, Story
    from conftest import article

    a, b, c = (article(t) for t in ("Storm hits the port.", "The port counts the damage.", "Markets rose."))
    assert Corpus((a, b), ()).one_story  # two articles the reader put side by side
    assert Corpus((a, b, c), (Story("s", "Storm", (a, b, c)),)).one_story
    assert not Corpus((a, b, c), (Story("s", "Storm", (a, b)), Story("m", "Markets", (c,)))).one_story


# --------------------------------------------------------------------------- plain text


def test_plain_text_is_exact(write):
    content = "  Indented first line — with “quotes”.\r\nSecond line\t tab.\n\n\nTrailing spaces   \n"
    path = write("exact.txt", content.encode("utf-8"))
    a = one(path)
    assert a.text == content
    assert a.date is None and a.credit is None and a.dateline is None and a.url is None
    assert a.outlet == "exact"
    assert a.path == str(path)


def test_plain_text_without_extension(write):
    a = one(write("README", NEUTRAL))
    assert a.text == NEUTRAL


def test_json_content_in_txt_stays_text(write):
    content = '{"text": "not parsed", "outlet": "X"}\n'
    a = one(write("data.txt", content))
    assert a.text == content
    assert a.outlet == "data"


# --------------------------------------------------------------------------- markdown


def test_markdown_front_matter(write):
    path = write("bridge.md", """\
        ---
        title: Harbour bridge reopens
        outlet: Harbour Gazette
        date: 2021-05-04
        url: https://example.org/bridge
        ---

        The harbour bridge reopened on Tuesday. A spokesperson told Newsweek it was safe.
        """)
    a = one(path)
    assert a.title == "Harbour bridge reopens"
    assert a.outlet == "Harbour Gazette"  # metadata beats the "told Newsweek" in the text
    assert a.date == "2021-05-04"
    assert a.url == "https://example.org/bridge"
    assert a.text == "\nThe harbour bridge reopened on Tuesday. A spokesperson told Newsweek it was safe.\n"
    assert "---" not in a.text and "title:" not in a.text


@pytest.mark.parametrize(
    "front, outlet, date",
    [
        ("source: Daily Planet\npublished: 2021-05-04T10:30:00", "Daily Planet", "2021-05-04"),
        ("publisher: Daily Planet\ndate: '2021-05-04 10:30'", "Daily Planet", "2021-05-04"),
        ("site_name: Daily Planet\npubdate: 2021-05-04", "Daily Planet", "2021-05-04"),
        ("headline: H\ndate: last Tuesday", None, None),
    ],
)
def test_markdown_front_matter_aliases(write, front, outlet, date):
    a = one(write("m.md", f"---\n{front}\n---\nBody text here.\n"))
    assert a.outlet == (outlet or "m")
    assert a.date == date


def test_markdown_headline_alias_for_title(write):
    a = one(write("m.md", "---\nheadline: From the headline key\n---\nBody.\n"))
    assert a.title == "From the headline key"


def test_markdown_without_front_matter(write):
    content = "The harbour bridge reopened on Tuesday. More later.\n"
    a = one(write("m.md", content))
    assert a.text == content
    assert a.title == "The harbour bridge reopened on Tuesday"
    assert a.outlet == "m"


def test_markdown_front_matter_detected_without_extension(write):
    path = write("noext", "---\ntitle: T\noutlet: O\n---\nBody.\n")
    assert detect(path, path.read_text()).name == "markdown"
    a = one(path)
    assert (a.title, a.outlet, a.text) == ("T", "O", "Body.\n")


@pytest.mark.parametrize(
    "front, reason",
    [
        ("title: [unclosed", "front matter is not valid YAML"),
        ("- a\n- b", "front matter must be a mapping"),
    ],
)
def test_markdown_bad_front_matter_is_skipped(write, front, reason):
    path = write("bad.md", f"---\n{front}\n---\nBody.\n")
    with pytest.raises(SkipFile, match=re.escape(f"markdown: {reason}")):
        load_file(str(path))


def test_markdown_front_matter_is_safe_loaded(write, tmp_path):
    marker = tmp_path / "pwned"
    path = write("evil.md", f"---\ntitle: !!python/object/apply:os.system ['touch {marker}']\n---\nBody.\n")
    with pytest.raises(SkipFile):
        load_file(str(path))
    assert not marker.exists()


# --------------------------------------------------------------------------- JSON and JSON Lines


def test_json_single_record(write):
    record = {"title": "Bridge reopens", "text": "The bridge reopened. It was fine.", "outlet": "Gazette",
              "date": "2021-05-04T08:00:00Z", "url": "https://example.org/b"}
    a = one(write("one.json", json.dumps(record)))
    assert (a.title, a.text, a.outlet, a.date, a.url) == (
        "Bridge reopens", "The bridge reopened. It was fine.", "Gazette", "2021-05-04", "https://example.org/b")


def test_json_list_of_records(write):
    records = [
        {"title": "First", "body": "First body text.", "source": {"id": "x", "name": "Wire One"}},
        {"headline": "Second", "content": "Second body text.", "publisher": "Paper Two", "published": "2021-01-02"},
        {"text": "Third body text, nothing else."},
    ]
    path = write("many.json", json.dumps(records, indent=2))
    first, second, third = load_file(str(path))
    assert (first.title, first.text, first.outlet) == ("First", "First body text.", "Wire One")
    assert (second.title, second.text, second.outlet, second.date) == ("Second", "Second body text.", "Paper Two", "2021-01-02")
    assert third.outlet == "many#3"  # fallback: the file name, numbered within the file
    assert third.title == "Third body text, nothing else"
    assert len({first.id, second.id, third.id}) == 3
    assert all(a.path == str(path) for a in (first, second, third))


def test_json_lines(write):
    lines = [
        json.dumps({"title": "One", "text": "Line one text.", "outlet": "A"}),
        "",
        json.dumps({"title": "Two", "text": "Line two text.", "outlet": "B", "date": "2022-03-04"}),
    ]
    path = write("feed.jsonl", "\n".join(lines) + "\n")
    one_, two = load_file(str(path))
    assert (one_.title, one_.text, one_.outlet) == ("One", "Line one text.", "A")
    assert (two.title, two.text, two.outlet, two.date) == ("Two", "Line two text.", "B", "2022-03-04")


def test_json_lines_sniffed_without_extension(write):
    path = write("feed", '{"text": "a one"}\n{"text": "b two"}\n')
    assert detect(path, path.read_text()).name == "jsonl"
    assert [a.text for a in load_file(str(path))] == ["a one", "b two"]


def test_json_sniffed_without_extension(write):
    path = write("record", '  {"text": "sniffed json", "outlet": "S"}')
    assert detect(path, path.read_text()).name == "json"
    assert one(path).outlet == "S"


@pytest.mark.parametrize(
    "name, content, reason",
    [
        ("bad.json", '{"text": "x",\n  oops}', "json: invalid JSON at line 2"),
        ("notext.json", '{"title": "only a title"}', "json: record 1: no article text (expected one of the keys text, body"),
        ("scalar.json", "[1, 2]", "json: record 1 is not an object with a text field"),
        ("bad.jsonl", '{"text": "ok"}\n{broken\n', "jsonl: invalid JSON on line 2"),
        ("blank.json", '{"text": "   "}', "no article text"),
    ],
)
def test_json_errors_skip_the_file(write, name, content, reason):
    path = write(name, content)
    articles, warnings = collect([Source(str(path))])
    assert articles == []
    assert len(warnings) == 1
    assert warnings[0].startswith(f"{path}: skipped: {reason}")


# --------------------------------------------------------------------------- HTML


def test_html_through_trafilatura(write):
    a = one(write("page.html", HTML_PAGE))
    assert a.title == "Harbour bridge reopens after repairs"
    assert a.outlet == "Harbour Gazette"  # og:site_name
    assert a.date == "2021-05-04"
    assert "The harbour bridge reopened to traffic on Tuesday morning" in a.text
    assert "Local cycling groups welcomed the change" in a.text
    assert "<p>" not in a.text and "<" not in a.text
    assert "Home" not in a.text  # navigation is not article text


def test_html_sniffed_without_extension(write):
    path = write("saved_page", HTML_PAGE)
    assert detect(path, path.read_text()).name == "html"
    assert one(path).outlet == "Harbour Gazette"


def test_html_without_text_is_skipped(write):
    path = write("empty.html", "<!DOCTYPE html><html><head><title>Nothing</title></head><body></body></html>")
    articles, warnings = collect([Source(str(path))])
    assert articles == []
    assert warnings and warnings[0].startswith(f"{path}: skipped: ")


# --------------------------------------------------------------------------- RSS and Atom feeds

RSS = """\
<?xml version="1.0" encoding="UTF-8"?>
<?xml-stylesheet type="text/xsl" href="rss.xsl"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel>
  <title>World News | The Guardian</title>
  <item>
    <title>Harbour bridge reopens after repairs</title>
    <link>https://example.com/bridge</link>
    <pubDate>Tue, 04 May 2021 09:30:00 GMT</pubDate>
    <description>A teaser, shorter than the content.</description>
    <content:encoded><![CDATA[<p>The harbour bridge reopened to traffic on Tuesday.</p>
<figure><img src="x.jpg"/><figcaption>The bridge at dawn</figcaption></figure>
<p>Engineers replaced two <b>expansion joints</b>, the council said.</p>
<p><a href="https://example.com/bridge">Continue reading...</a></p>]]></content:encoded>
  </item>
  <item>
    <title>Council approves budget</title>
    <pubDate>Wed, 05 May 2021 10:00:00 GMT</pubDate>
    <description>&lt;p&gt;The council approved its budget by nine votes to four.&lt;/p&gt;</description>
  </item>
  <item><title>A title and nothing more</title></item>
</channel>
</rss>
"""

ATOM = """\
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>Top stories - Example Aggregator</title>
  <entry>
    <title>Quake hits coast</title>
    <link href="https://example.com/quake"/>
    <updated>2021-05-06T11:00:00Z</updated>
    <source><title>Reuters</title></source>
    <content type="text">A magnitude 6.1 earthquake struck the coast on Thursday, officials said.</content>
  </entry>
</feed>
"""


def test_rss_entries_are_articles(write):
    bridge, budget = load_file(str(write("world.rss", RSS)))  # the entry with no text is no article
    assert (bridge.outlet, bridge.date, bridge.title, bridge.url) == (
        "The Guardian", "2021-05-04", "Harbour bridge reopens after repairs", "https://example.com/bridge")
    assert bridge.text == ("The harbour bridge reopened to traffic on Tuesday.\n\n"
                           "Engineers replaced two expansion joints, the council said.")  # no caption, no link
    assert (budget.outlet, budget.date, budget.text) == (
        "The Guardian", "2021-05-05", "The council approved its budget by nine votes to four.")


def test_atom_sniffed_and_an_aggregators_source_is_the_outlet(write):
    path = write("top.xml", ATOM)
    assert detect(path, path.read_text()).name == "feed"
    quake = one(path)
    assert (quake.outlet, quake.date, quake.url) == ("Reuters", "2021-05-06", "https://example.com/quake")
    assert quake.text == "A magnitude 6.1 earthquake struck the coast on Thursday, officials said."


@pytest.mark.parametrize("content, reason", [
    ("<rss version='2.0'><channel>\n<title>X</title>\n<item><title>A</title></itemm></channel></rss>",
     "feed: not a valid RSS or Atom feed at line 3"),
    ("<rss version='2.0'><channel><title>X</title></channel></rss>", "feed: the feed has no entries"),
    ("<rss version='2.0'><channel><item><title>X</title></item></channel></rss>", "feed: no entry of the feed has text"),
])
def test_a_broken_feed_is_skipped_with_its_line(write, content, reason):
    path = write("broken.rss", content)
    articles, warnings = collect([Source(str(path))])
    assert articles == []
    assert warnings[0].startswith(f"{path}: skipped: {reason}")


@pytest.mark.parametrize("title, outlet", [
    ("World News | The Guardian", "The Guardian"),
    ("Reuters: World News", "Reuters"),
    ("NYT > Top Stories", "NYT"),
    ("Harbour Gazette", "Harbour Gazette"),
    ("", None),
])
def test_feed_outlet_is_the_publisher_not_the_section(title, outlet):
    assert feed_outlet(title) == outlet


def test_feed_html_is_paragraphs_of_text():
    assert plain("Just text &amp; more") == "Just text & more"
    assert plain("<div>One.<br><br>Two.<ul><li>a</li><li>b</li></ul></div>tail") == "One.\n\nTwo.\n\na\n\nb\n\ntail"
    assert plain("<p>Unclosed <b>bold<p>next") == "Unclosed bold\n\nnext"
    assert plain("  ") == ""


# --------------------------------------------------------------------------- format selection


def test_format_key_overrides_extension(write, tmp_path):
    md = "---\ntitle: T\noutlet: O\n---\nBody of the markdown file.\n"
    write("as_text.md", md)
    write("record.txt", json.dumps({"text": "JSON in a txt file.", "outlet": "From JSON"}))
    corpus = corpus_from(tmp_path, """corpus:
  sources:
    - path: as_text.md
      format: text
    - path: record.txt
      format: json
""")
    as_text, record = corpus.articles
    assert as_text.text == md  # front matter kept: read as plain text
    assert as_text.outlet == "as_text" and as_text.title != "T"
    assert record.text == "JSON in a txt file."
    assert record.outlet == "From JSON"


@pytest.mark.parametrize("fmt", sorted(FORMATS))
def test_every_format_is_registered(fmt):
    assert FORMATS[fmt].name == fmt


def test_config_formats_match_loader_formats():
    from newsview.config import FORMATS as CONFIG_FORMATS

    assert set(CONFIG_FORMATS) == set(FORMATS)


@pytest.mark.parametrize(
    "name, content, expected",
    [
        ("a.md", "no front matter", "markdown"),
        ("a.markdown", "x", "markdown"),
        ("a.json", "{}", "json"),
        ("a.jsonl", "{}", "jsonl"),
        ("a.ndjson", "{}", "jsonl"),
        ("a.html", "x", "html"),
        ("a.htm", "x", "html"),
        ("a.rss", "x", "feed"),
        ("a.atom", "x", "feed"),
        ("a.xml", "<?xml version='1.0'?>\n<!-- saved -->\n<rss version='2.0'>", "feed"),
        ("a.xml", "<?xml version='1.0'?><catalog/>", "text"),
        ("a.txt", "x", "text"),
        ("a.txt", " date 2020-01-03 X", "seed"),
        ("a", "plain words", "text"),
    ],
)
def test_detect(name, content, expected):
    assert detect(Path(name), content).name == expected


# --------------------------------------------------------------------------- outlets


def test_config_outlet_beats_metadata(write, tmp_path):
    write("m.md", "---\noutlet: Metadata Outlet\n---\nBody text.\n")
    write("s.txt", " date 2020-01-03 LONDON (BBC News) — Snow fell. More.\n")
    corpus = corpus_from(tmp_path, "corpus:\n  sources:\n    - path: m.md\n      outlet: Config Outlet\n"
                                   "    - path: s.txt\n      outlet: Other\n")
    assert [a.outlet for a in corpus.articles] == ["Config Outlet", "Other"]
    assert one(tmp_path / "m.md", outlet="Given").outlet == "Given"


def test_metadata_beats_text(write):
    a = one(write("j.json", json.dumps({"text": "LONDON (BBC News) — A spokesperson told Newsweek so.", "outlet": "Meta"})))
    assert a.outlet == "Meta"


def test_text_beats_file_name(write):
    assert one(write("x.txt", "A spokesman told Newsweek that the strike happened.\n")).outlet == "Newsweek"


def test_dateline_outlet_in_plain_text(write):
    assert one(write("y.txt", "BAGHDAD, Iraq (ABC News) — Something happened. More.\n")).outlet == "ABC News"


def test_according_to_names_a_source_not_the_outlet(write):
    a = one(write("wire_copy.txt", "Prices rose sharply on Monday, according to Reuters. Markets fell.\n"))
    assert a.outlet == "wire_copy"


def test_photo_credit_is_not_the_outlet(write):
    a = one(write("photo.txt", " date 2020-01-03 REUTERS/Jane Doe\n\nPrices rose, according to Reuters.\n"))
    assert a.credit == "REUTERS/Jane Doe"
    assert a.outlet == "photo"


def test_fallback_to_file_stem(write):
    assert one(write("my-story.final.txt", NEUTRAL)).outlet == "my-story.final"


@pytest.mark.parametrize(
    "text, outlet",
    [
        ("BAGHDAD, Iraq (ABC News) — Qassem Soleimani was killed.", "ABC News"),
        ("LONDON (Reuters) - Shares fell.", "Reuters"),
        ("A senior Pentagon official told Newsweek that both men were killed.", "Newsweek"),
        ("The minister said so in a statement to CNN on Monday.", "CNN"),
        ("An aide told The Washington Post on Friday.", "The Washington Post"),
        ("An official confirmed to ABC News that the convoy was hit.", "ABC News"),
        ("She told Springfield Herald reporters that it was over.", "Springfield Herald"),
        ("Prices rose, according to Reuters.", None),
        ("Reuters reported that prices rose.", None),
        ("The mayor told reporters it was over.", None),
        ("The mayor told Smith it was over.", None),
        ("WASHINGTON — The Senate voted.", None),
        ("The senator told NBC News he would run. NBC further notes that he leads the field.", None),
        ("A source told CNN the package matched. CNN and NBC reported a second one. An aide told Politico so.",
         "Politico"),
        ("", None),
    ],
)
def test_infer_outlet(text, outlet):
    assert infer_outlet(text) == outlet


@pytest.mark.parametrize(
    "text, place, outlet",
    [
        ("BAGHDAD, Iraq (ABC News) — body", "BAGHDAD, Iraq", "ABC News"),
        ("LONDON (Reuters) - body", "LONDON", "Reuters"),
        ("WASHINGTON — body", "WASHINGTON", None),
        ("The body starts here — with a dash", None, None),
    ],
)
def test_split_dateline(text, place, outlet):
    assert split_dateline(text) == (place, outlet)


# --------------------------------------------------------------------------- titles


@pytest.mark.parametrize(
    "text, title",
    [
        ("The harbour bridge reopened on Tuesday, according to the city council. More text here.",
         "The harbour bridge reopened on Tuesday"),
        ("Iran's general was killed in an airstrike, according to the US military.\n\nSecond paragraph.",
         "Iran's general was killed in an airstrike"),
        ("Shares fell sharply on Monday, Reuters reported. Then they rose.", "Shares fell sharply on Monday"),
        ("LONDON (BBC News) — Heavy snow closed schools on Monday. Trains stopped.", "Heavy snow closed schools on Monday"),
        ("Mr. Smith went to Washington on Monday. He met Dr. Jones.", "Mr. Smith went to Washington on Monday"),
        ("a lowercase lead without punctuation", "A lowercase lead without punctuation"),
        ("\n\nFirst paragraph here.\n\nSecond paragraph.", "First paragraph here"),
    ],
)
def test_derive_title(text, title):
    assert derive_title(text) == title


@pytest.mark.parametrize(
    "text, title",
    [
        ("Harbour Bridge Reopens After Repairs\nThe harbour bridge reopened on Tuesday. More.",
         "Harbour Bridge Reopens After Repairs"),
        ("June 13, 2013 4:59 PM EDT\nLawyer: the bridge is safe\nThe bridge reopened.", "Lawyer: the bridge is safe"),
        ("Bridge reopens\nFirst Published: Tuesday, 4 June 2013, 10:00 GMT\nThe bridge reopened.", "Bridge reopens"),
        ("The bridge reopened on Tuesday.\nEngineers said it was safe.", "The bridge reopened on Tuesday"),
        ("“The bridge is safe.” the mayor said.\nEngineers agreed.", "“The bridge is safe.” the mayor said"),
    ],
)
def test_derive_title_takes_a_headline_line_over_the_date(text, title):
    assert derive_title(text) == title


@pytest.mark.parametrize(("line", "dated"), [
    ("May 2, 2013, 1:12 PM", True), ("Updated: Apr 02, 2009 11:06 PM CEST", True),
    ("Wed May 5, 2010 7: 12pm BST", True), ("26 September 2013, 10:00 (GMT+05: 00)", True),
    ("The vote on May 3, 2013 was close", False), ("Harbour Bridge Reopens May 3, 2013", False), ("Friday", False),
])
def test_a_date_line_holds_a_date_and_nothing_but_its_label_weekday_and_time(line, dated):
    assert is_date_line(line) is dated


@pytest.mark.parametrize(("text", "date"), [
    ("Bridge reopens\nPublished: Tuesday, 4 June 2013, 10:00 GMT\nThe bridge reopened.", "2013-06-04"),
    ("Wed May 5, 2010 7:12pm BST\nThe bridge reopened.", "2010-05-05"),
    ("The bridge reopened.\nThe vote on May 3, 2013 was close.", None),
    ("Bridge reopens\nFebruary 30, 2013\nThe bridge reopened.", None),
])
def test_the_date_line_near_the_top_dates_the_text(text, date):
    assert written_on(text) == date


def test_an_article_without_a_date_takes_its_date_line(write):
    (article,) = load_file(str(write("bridge.txt", "Bridge reopens\nJune 4, 2013\n\n" + NEUTRAL)))
    (given,) = load_file(str(write("given.md", "---\ndate: 2013-06-05\n---\nJune 4, 2013\n\n" + NEUTRAL)))
    assert (article.date, given.date) == ("2013-06-04", "2013-06-05")


@pytest.mark.parametrize("path, date, outlet", [
    ("news/wash-post_2016-03-01_clinton-wins.txt", "2016-03-01", "wash-post"),
    ("The Bugle 2016.03.01.md", "2016-03-01", "The Bugle"),
    ("20160301-clinton-wins.html", "2016-03-01", "20160301-clinton-wins"),  # nothing before the date
    ("report-1999_12_31-final.txt", "1999-12-31", "report"),
    ("nyt_2016-13-01_x.txt", None, "nyt_2016-13-01_x"),  # no month 13
    ("nyt_2016-02-30_x.txt", None, "nyt_2016-02-30_x"),
    ("v2016-03-01.txt", None, "v2016-03-01"),  # inside a word
    ("201603011.txt", None, "201603011"),  # inside a number
    ("on_2014-31-12_or_2016-03-01.txt", "2016-03-01", "on_2014-31-12_or"),  # the first real one
    ("notes.txt", None, "notes"),
])
def test_a_file_name_gives_the_date_and_the_outlet_before_it(path, date, outlet):
    assert (named_on(path), named_outlet(path)) == (date, outlet)


def test_the_file_name_dates_and_names_an_article_only_where_nothing_else_does(write):
    (bare,) = load_file(str(write("breitbart_2016-03-01_clinton.txt", NEUTRAL)))
    (dated,) = load_file(str(write("nyt_2016-03-01_bridge.txt", "Bridge reopens\nJune 4, 2013\n\n" + NEUTRAL)))
    (told,) = load_file(str(write("x_2016-03-01_y.txt", "A spokesman told Newsweek that it rained.\n")))
    assert (bare.outlet, bare.date) == ("breitbart", "2016-03-01")
    assert (dated.outlet, dated.date) == ("nyt", "2013-06-04")  # the text's date line first
    assert (told.outlet, told.date) == ("Newsweek", "2016-03-01")


def test_derive_title_shortens_long_leads_at_a_word():
    lead = ("Officials in the northern province confirmed on Wednesday evening that the long-delayed reconstruction "
            "of the river crossing would finally begin next spring. More follows.")
    title = derive_title(lead)
    assert title.endswith("…")
    assert len(title) <= 91
    assert lead.startswith(title[:-1])
    assert lead[len(title) - 1] == " "  # cut between words


def test_a_headline_line_is_kept_whole_however_long():
    headline = ("Legendary Aquatic Musical Star Esther Williams, Olympic Swimmer Turned Actress And Pin-Up Icon, "
                "Dies At 91")
    assert len(headline) > 100 and derive_title(headline + "\n\n" + "She died in her sleep. More.") == headline


@pytest.mark.parametrize("text", ["", "   \n\n  "])
def test_derive_title_of_nothing(text):
    assert derive_title(text) is None


def test_metadata_title_wins_over_lead(write):
    a = one(write("t.json", json.dumps({"title": "  The real headline  ", "text": "A different lead. Second."})))
    assert a.title == "The real headline"


def test_title_derived_when_no_metadata(write):
    a = one(write("t.txt", "Engineers replaced two joints on the bridge, according to the council. More.\n"))
    assert a.title == "Engineers replaced two joints on the bridge"


# --------------------------------------------------------------------------- encodings and skipped files


def test_utf8(write):
    content = "Café in Zürich — naïve “quotes” and 日本語.\n"
    assert one(write("u.txt", content.encode("utf-8"))).text == content


def test_utf8_bom_is_not_in_text(write):
    content = "Café opens. More.\n"
    a = one(write("bom.txt", b"\xef\xbb\xbf" + content.encode("utf-8")))
    assert a.text == content
    assert "\ufeff" not in a.text
    assert a.title == "Café opens"


def test_utf8_bom_seed(write):
    a = one(write("bomseed.txt", b"\xef\xbb\xbf" + b" date 2020-01-03 REUTERS/Jane Doe\n\nBody here.\n"))
    assert a.date == "2020-01-03" and a.credit == "REUTERS/Jane Doe" and a.text == "Body here.\n"


def test_declared_latin1_source(write, tmp_path):
    write("old.txt", "Caf\u00e9 cr\u00e8me and na\u00efve prose. More.\n".encode("latin-1"))
    corpus = corpus_from(tmp_path, "corpus:\n  sources:\n    - path: old.txt\n      encoding: latin-1\n")
    (a,) = corpus.articles
    assert a.text == "Café crème and naïve prose. More.\n"
    assert corpus.warnings == ()


def test_declared_utf16_source(write):
    content = "UTF-16 text with é. More.\n"
    a = one(write("w.txt", content.encode("utf-16")), encoding="utf-16")
    assert a.text == content


def test_undeclared_latin1_is_skipped_with_hint(write, tmp_path):
    path = write("old.txt", "Caf\u00e9 prose.\n".encode("latin-1"))
    articles, warnings = collect([Source(str(path))])
    assert articles == []
    assert warnings == [f"{path}: skipped: not valid UTF-8 at byte 3 (set `encoding:` on its source)"]


def test_wrong_declared_encoding_is_skipped(write):
    path = write("u.txt", "Café\n".encode("utf-8"))
    _, warnings = collect([Source(str(path), encoding="ascii")])
    assert warnings == [f"{path}: skipped: not valid ascii at byte 3"]


@pytest.mark.parametrize(
    "name, data, reason",
    [
        ("image.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00", "binary file (contains NUL bytes)"),
        ("nul.txt", b"text with a \x00 NUL inside\n", "binary file (contains NUL bytes)"),
        ("undecodable.txt", b"bad \xff\xfe\xfa bytes\n", "not valid UTF-8 at byte 4"),
        ("empty.txt", b"", "empty file"),
        ("blank.txt", b"  \n\n\t \n", "empty file"),
        ("bom_only.txt", b"\xef\xbb\xbf\n", "empty file"),
    ],
)
def test_bad_files_raise_skipfile(write, name, data, reason):
    with pytest.raises(SkipFile, match=re.escape(reason)):
        load_file(str(write(name, data)))


def test_bad_files_are_skipped_and_the_rest_loads(write, tmp_path):
    write("articles/good1.txt", NEUTRAL)
    write("articles/good2.md", "---\noutlet: Gazette\n---\nAnother good article. Yes.\n")
    write("articles/binary.txt", b"\x00\x01\x02\x03binary")
    write("articles/latin.txt", "Caf\u00e9\n".encode("latin-1"))
    write("articles/empty.txt", b"")
    corpus = corpus_from(tmp_path, "corpus:\n  sources: ['articles/*']\n")
    assert sorted(Path(a.path).name for a in corpus.articles) == ["good1.txt", "good2.md"]
    assert len(corpus.warnings) == 3
    for name in ("binary.txt", "latin.txt", "empty.txt"):
        (warning,) = [w for w in corpus.warnings if Path(w.split(": skipped:")[0]).name == name]
        assert warning.startswith(str(tmp_path / "articles" / name) + ": skipped: ")


def test_a_skipped_file_a_story_lists_too_is_warned_of_once(write, tmp_path):
    write("a.txt", NEUTRAL)
    write("b.txt", "Another good article. Yes.\n")
    write("empty.txt", b"")
    corpus = corpus_from(tmp_path, "corpus:\n  sources: [a.txt, b.txt, empty.txt]\n  stories:\n"
                                   "    - title: S\n      articles: [a.txt, b.txt, empty.txt]\n")
    assert corpus.warnings == (f"{tmp_path / 'empty.txt'}: skipped: empty file",)


def test_nothing_loadable_is_an_error(write, tmp_path):
    write("only/empty.txt", b"")
    config_path = write("c.yaml", "corpus:\n  sources: [only]\n")
    with pytest.raises(NewsviewError) as info:
        load_corpus(load_config(config_path))
    message = str(info.value)
    assert str(config_path) in message and "no article could be loaded" in message and "empty.txt" in message


def test_no_sources_is_an_error(write):
    with pytest.raises(NewsviewError, match="add sources under corpus.sources"):
        load_corpus(load_config(write("c.yaml", "ui:\n  keys: vim\n")))


def test_unreadable_path_is_skipped(write, tmp_path):
    folder = tmp_path / "a_folder.txt"
    folder.mkdir()
    with pytest.raises(SkipFile, match="cannot read"):
        read_records(folder)


# --------------------------------------------------------------------------- ids and duplicates


def test_id_is_stable_and_from_content(write):
    first = one(write("a.txt", NEUTRAL))
    again = one(write("a.txt", NEUTRAL))
    elsewhere = one(write("sub/other-name.txt", NEUTRAL), outlet="Somebody")
    assert first.id == again.id == elsewhere.id == content_id(NEUTRAL)
    assert re.fullmatch(r"a[0-9a-f]{11}", first.id)
    # a known value: the id must not change between versions (caches and reports rely on it)
    assert content_id("hello") == "a2cf24dba5fb"


def test_ids_are_unique_for_different_texts(write):
    texts = [f"Article number {i} about the bridge. More.\n" for i in range(50)] + [NEUTRAL, NEUTRAL + " "]
    ids = {content_id(t) for t in texts}
    assert len(ids) == len(texts)


def test_exact_duplicates_are_skipped_with_warning(write, tmp_path):
    write("dup/a.txt", NEUTRAL)
    write("dup/b.txt", NEUTRAL)
    write("dup/c.txt", NEUTRAL + "One more line.\n")
    corpus = corpus_from(tmp_path, "corpus:\n  sources: ['dup/*.txt']\n")
    assert [Path(a.path).name for a in corpus.articles] == ["a.txt", "c.txt"]
    assert corpus.warnings == (f"{tmp_path / 'dup' / 'b.txt'}: skipped: same text as {tmp_path / 'dup' / 'a.txt'}",)
    assert len({a.id for a in corpus.articles}) == 2


def test_duplicate_records_within_one_file(write):
    path = write("d.jsonl", '{"text": "same"}\n{"text": "same"}\n{"text": "other"}\n')
    articles, warnings = collect([Source(str(path))])
    assert [a.text for a in articles] == ["same", "other"]
    assert warnings == [f"{path}: skipped: same text as {path}"]


def test_same_file_listed_twice_loads_once(write, tmp_path):
    write("a.txt", NEUTRAL)
    corpus = corpus_from(tmp_path, "corpus:\n  sources: [a.txt, '*.txt']\n")
    assert len(corpus.articles) == 1
    assert len(corpus.warnings) == 1 and "same text as" in corpus.warnings[0]


# --------------------------------------------------------------------------- sources, stories, model


def test_folder_source_skips_config_and_hidden_files(write, tmp_path):
    write("news/a.txt", NEUTRAL)
    write("news/deeper/b.md", "---\ntitle: B\n---\nBody b.\n")
    write("news/.hidden.txt", "hidden\n")
    write("news/corpus.yaml", "corpus:\n  sources: ['.']\n")
    corpus = load_corpus(load_config(tmp_path / "news" / "corpus.yaml"))
    assert sorted(Path(a.path).name for a in corpus.articles) == ["a.txt", "b.md"]
    assert corpus.warnings == ()


def test_configured_story_groups_articles(write, tmp_path):
    write("a.txt", "Story A text. More.\n")
    write("b.txt", "Story B text. More.\n")
    write("c.txt", "Unrelated C text. More.\n")
    corpus = corpus_from(tmp_path, """corpus:
  sources: ['*.txt']
  stories:
    - id: ab
      title: A and B
      articles: [b.txt, a.txt]
""")
    ab = corpus.story("ab")
    assert ab is not None and ab.title == "A and B"
    assert [Path(a.path).name for a in ab.articles] == ["b.txt", "a.txt"]
    others = [s for s in corpus.stories if s.id != "ab"]
    assert len(others) == 1 and [Path(a.path).name for a in others[0].articles] == ["c.txt"]
    assert others[0].title == "Unrelated C text"
    assert corpus.story("nope") is None


def test_story_articles_outside_sources_are_loaded(write, tmp_path):
    write("src/a.txt", "Story A text. More.\n")
    write("extra/b.txt", "Story B text. More.\n")
    corpus = corpus_from(tmp_path, """corpus:
  sources: [src]
  stories:
    - title: Both
      articles: [src/a.txt, extra/b.txt]
""")
    (story,) = corpus.stories
    assert story.title == "Both" and len(story.articles) == 2
    assert story.id.startswith("s")


def test_story_id_is_stable(write, tmp_path):
    write("a.txt", "Story A text. More.\n")
    yaml_text = "corpus:\n  sources: [a.txt]\n"
    assert corpus_from(tmp_path, yaml_text).stories[0].id == corpus_from(tmp_path, yaml_text).stories[0].id


def test_load_paths(write):
    a = write("a.txt", NEUTRAL)
    b = write("b.md", "---\noutlet: X\n---\nBody b.\n")
    corpus = load_paths([str(a), str(b)])
    assert [x.path for x in corpus.articles] == [str(a), str(b)]
    assert len(corpus.stories) == 2


def test_load_paths_missing_file(tmp_path):
    with pytest.raises(NewsviewError, match=re.escape(f"{tmp_path / 'gone.txt'}: no such file")):
        load_paths([str(tmp_path / "gone.txt")])


def test_load_paths_all_bad(write):
    path = write("e.txt", b"")
    with pytest.raises(NewsviewError, match=re.escape(f"{path}: skipped: empty file")):
        load_paths([str(path)])


def test_article_model(write):
    a = one(write("a.txt", " date 2020-01-03 REUTERS/Jane Doe\n\n" + NEUTRAL))
    d = a.to_dict()
    assert list(d) == ["id", "path", "outlet", "title", "date", "credit", "dateline", "url", "words"]
    assert d["words"] == a.words == len(NEUTRAL.split())
    assert json.loads(json.dumps(d)) == d
    with pytest.raises(Exception):
        a.title = "changed"  # frozen


def test_empty_config_object():
    with pytest.raises(NewsviewError):
        load_corpus(Config(path=None))


def test_stories_from_story_config_directly(write):
    a = write("a.txt", "Alpha text. More.\n")
    b = write("b.txt", "Beta text. More.\n")
    config = Config(path=None, sources=(Source(str(a)), Source(str(b))),
                    stories=(StoryConfig("Pair", (a.resolve(), b.resolve()), "pair"),))
    corpus = load_corpus(config)
    assert [s.id for s in corpus.stories] == ["pair"]
