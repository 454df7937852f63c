"""`newsview report`: the JSON report's keys and meanings (shared/spec/report.md) on articles of our own."""

from __future__ import annotations

import json

import pytest

FIRST = """Governor Ellen Marsh visited a farm near Fresno on Monday morning.

"The U.S. tariffs will hurt every farmer in the valley this winter," Marsh said.

The state will send 300 inspectors to the orchards next month.

Growers in the valley lost 12 contracts last year, according to the farm bureau.
"""

SECOND = """Governor Ellen Marsh visited growers near Fresno late Monday.

Marsh said: "the US tariffs will hurt every farmer in the valley."

The state will send 300 inspectors to the orchards next month.
"""

THIRD = """The governor's office confirmed a visit to Fresno on Monday.

Farm workers marched through the town centre in the afternoon.
"""

KINDS = {"direct", "indirect", "mixed", "block"}
CONFLICT_KINDS = {"number", "time", "date", "place", "attribution", "other"}


@pytest.fixture(scope="module")
def files(tmp_path_factory):
    folder = tmp_path_factory.mktemp("articles")
    paths = []
    for name, text in (("first.txt", FIRST), ("second.txt", SECOND), ("third.txt", THIRD)):
        path = folder / name
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    return paths


@pytest.fixture
def report(cli, files):
    def _report(*paths) -> dict:
        code, out, err = cli("report", "--format", "json", "--no-cache", *map(str, paths))
        assert code == 0, err
        return json.loads(out)

    return _report


def test_top_level_keys_and_schema(report, files):
    data = report(*files[:2])
    assert data["schema"] == "newsview.report/1"
    assert {"schema", "articles", "entities", "statements", "facts"} <= set(data)


def test_articles_in_the_order_given_with_their_fields(report, files):
    data = report(files[1], files[0])
    assert [a["path"] for a in data["articles"]] == [str(files[1]), str(files[0])]
    assert [a["text"] for a in data["articles"]] == [SECOND, FIRST]  # a plain-text file is analysed as it is
    ids = [a["id"] for a in data["articles"]]
    assert len(set(ids)) == 2 and all(isinstance(i, str) and i for i in ids)
    for a in data["articles"]:
        assert {"id", "path", "outlet", "title", "date", "text"} <= set(a)


def test_entities_fields_and_offsets(report, files):
    data = report(*files[:2])
    texts = {a["id"]: a["text"] for a in data["articles"]}
    assert data["entities"]
    ids = [e["id"] for e in data["entities"]]
    assert len(ids) == len(set(ids))
    for e in data["entities"]:
        assert {"id", "name", "type", "aliases", "mentions"} <= set(e)
        assert isinstance(e["name"], str) and e["name"]
        assert e["type"] in {"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC", "EVENT", "PRODUCT", "LAW", "WORK_OF_ART",
                             "DATE", "TIME", "NOMINAL"}
        assert e["mentions"] and {m["text"] for m in e["mentions"]} == set(e["aliases"])
        for m in e["mentions"]:
            assert {"article", "start", "end", "text"} <= set(m) and m["kind"] in {"name", "nominal", "pronoun"}
            assert texts[m["article"]][m["start"]:m["end"]] == m["text"]
        assert e["named"] == (e["type"] not in {"DATE", "TIME", "NOMINAL"}
                              and any(m["kind"] == "name" for m in e["mentions"]))
    marsh = next(e for e in data["entities"] if e["name"] == "Ellen Marsh")
    assert marsh["type"] == "PERSON" and "Marsh" in marsh["aliases"] and marsh["named"]
    assert sorted(marsh["counts"].values()) == [2, 2]


def test_statements_fields_offsets_and_matches(report, files):
    data = report(*files[:2])
    texts = {a["id"]: a["text"] for a in data["articles"]}
    entity_ids = {e["id"] for e in data["entities"]}
    by_id = {s["id"]: s for s in data["statements"]}
    for s in data["statements"]:
        assert {"id", "article", "speaker", "cue", "kind", "content", "matches"} <= set(s)
        assert {"text", "entity"} <= set(s["speaker"])
        assert s["speaker"]["entity"] is None or s["speaker"]["entity"] in entity_ids
        assert s["kind"] in KINDS and s["cue"]
        content = s["content"]
        assert texts[s["article"]][content["start"]:content["end"]] == content["text"]
        for other in s["matches"]:
            assert by_id[other]["article"] != s["article"] and s["id"] in by_id[other]["matches"]
    tariffs = [s for s in data["statements"] if "tariffs" in s["content"]["text"].lower()]
    assert len(tariffs) == 2
    assert tariffs[0]["matches"] == [tariffs[1]["id"]]
    assert all(s["kind"] == "direct" and s["cue"] == "said" for s in tariffs)
    marsh = next(e["id"] for e in data["entities"] if e["name"] == "Ellen Marsh")
    assert all(s["speaker"]["entity"] == marsh for s in tariffs)


def test_facts_fields_statuses_and_conflicts(report, files):
    data = report(*files[:2])
    texts = {a["id"]: a["text"] for a in data["articles"]}
    first, second = (a["id"] for a in data["articles"])
    for f in data["facts"]:
        assert {"id", "status", "members", "score", "conflicts"} <= set(f)
        assert f["status"] in {"shared", "conflict", "only"}
        assert 0 <= f["score"] <= 1
        assert (len(f["members"]) == 1) == (f["status"] == "only")
        for m in f["members"]:
            assert {"article", "start", "end", "text"} <= set(m)
            assert texts[m["article"]][m["start"]:m["end"]] == m["text"]
        for c in f["conflicts"]:
            assert c["kind"] in CONFLICT_KINDS
            assert set(c["values"]) <= {first, second} and len(c["values"]) == 2
        assert bool(f["conflicts"]) == (f["status"] == "conflict")
    visit = next(f for f in data["facts"] if any("visited" in m["text"] for m in f["members"]))
    assert visit["status"] == "conflict"
    assert {"kind": "time", "values": {first: "Monday morning", second: "late Monday"}} in \
           [{"kind": c["kind"], "values": c["values"]} for c in visit["conflicts"]]
    inspectors = next(f for f in data["facts"] if any("inspectors" in m["text"] for m in f["members"]))
    assert inspectors["status"] == "shared" and len(inspectors["members"]) == 2
    bureau = next(f for f in data["facts"] if any("farm bureau" in m["text"] for m in f["members"]))
    assert bureau["status"] == "only" and bureau["members"][0]["article"] == first


def test_every_character_of_every_article_is_in_a_fact(report, files):
    data = report(*files)
    for a in data["articles"]:
        spans = [(m["start"], m["end"]) for f in data["facts"] for m in f["members"] if m["article"] == a["id"]]
        inside = {i for s, e in spans for i in range(s, e)}
        assert all(i in inside for i, ch in enumerate(a["text"]) if ch.isalnum())


def test_one_article_report(report, files):
    data = report(files[2])
    assert len(data["articles"]) == 1
    assert data["facts"] and {f["status"] for f in data["facts"]} == {"only"}
    assert all(s["matches"] == [] for s in data["statements"])


def test_three_articles_report(report, files):
    data = report(*files)
    assert len(data["articles"]) == 3
    sizes = {len(f["members"]) for f in data["facts"]}
    assert 1 in sizes and 2 in sizes


def test_three_articles_facts_say_how_widely_they_are_carried(report, files):
    data = report(*files)
    ids = [a["id"] for a in data["articles"]]
    reach = {"one": 1, "some": 2, "all": 3}
    for fact in data["facts"]:
        assert set(fact["articles"]) <= set(ids)
        assert len(fact["articles"]) == reach[fact["reach"]]
    assert {f["reach"] for f in data["facts"]} >= {"one", "some"}
    for summary in data["summary"]:
        assert summary["with_all"] == sum(1 for f in data["facts"] if f["reach"] == "all"
                                          and summary["article"] in f["articles"])


def test_markdown_of_three_articles_counts_the_outlets_of_each_fact(cli, files):
    code, out, err = cli("report", "--format", "markdown", "--no-cache", *map(str, files))
    assert code == 0, err
    assert "with all 3)" in out and " of 3 (score" in out


def test_markdown_report_reads_as_text(cli, files):
    code, out, err = cli("report", "--format", "markdown", "--no-cache", *map(str, files[:2]))
    assert code == 0, err
    assert out.lstrip().startswith("#")
    assert "Ellen Marsh" in out and "{" not in out.splitlines()[0]


def test_markdown_lists_what_one_article_alone_reports_under_that_article(cli, files):
    code, out, err = cli("report", "--format", "markdown", "--no-cache", *map(str, files))
    assert code == 0, err
    only = out.split("### · only", 1)[1]
    headings = [line for line in only.splitlines() if line.startswith("#### ")]
    assert 1 <= len(headings) <= 3  # one per article that reports something alone
    listed = sum(int(h.rsplit("(", 1)[1].rstrip(")")) for h in headings)
    assert f"({listed})" in only.splitlines()[0]
    assert sum(1 for line in only.splitlines() if line.startswith("- ")) == listed


def test_markdown_gives_a_partial_quote_its_own_marks_closed(cli, tmp_path):
    paths = []
    for name, text in (("a.txt", 'Mayor Ann Lowe visited the site on Monday.\n\n'
                                  'Lowe warned that the city "will not accept any more delays on the harbour bridge."\n'),
                       ("b.txt", "Mayor Ann Lowe toured the harbour on Monday.\n\nThe bridge will open next spring.\n")):
        paths.append(tmp_path / name)
        paths[-1].write_text(text, encoding="utf-8")
    code, out, err = cli("report", "--format", "markdown", "--no-cache", *map(str, paths))
    assert code == 0, err
    line = next(line for line in out.splitlines() if "(mixed)" in line)
    assert line.endswith('(mixed): the city "will not accept any more delays on the harbour bridge"')


def test_markdown_names_quoted_words_that_differ(cli, tmp_path):
    quote = '"The old bridge failed us{} ignored every warning for years," Strand said on Tuesday.\n'
    paths = []
    for name, words in (("a.txt", " and they"), ("b.txt", ", and it")):
        paths.append(tmp_path / name)
        paths[-1].write_text("Mayor Helena Strand visited the bridge site in Kolding.\n" + quote.format(words),
                             encoding="utf-8")
    code, out, err = cli("report", "--format", "markdown", "--no-cache", *map(str, paths))
    assert code == 0, err
    assert "**quoted words differ**: a: “and they ignored”; b: “and it ignored”" in out
