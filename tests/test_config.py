"""Config lookup and validation: every problem names file:line, key path and what is allowed."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from newsview.config import (
    AnalysisConfig,
    Config,
    UIConfig,
    bundled_config,
    find_config,
    load_config,
    parse_config,
)
from newsview.errors import ConfigError

from conftest import SEEDS


def problems_of(path: Path) -> list[str]:
    with pytest.raises(ConfigError) as info:
        load_config(path)
    return info.value.problems


# --------------------------------------------------------------------------- lookup order


def _config(folder: Path, name: str = "config.yaml") -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text("ui:\n  keys: vim\n", encoding="utf-8")
    return path


def test_lookup_falls_back_to_bundled_seeds():
    path = find_config()
    assert path == bundled_config()
    assert path.name == "corpus.yaml"
    # installed or in a checkout, the bundled file is the project's seeds/corpus.yaml
    assert path.read_bytes() == (SEEDS / "corpus.yaml").read_bytes()


def test_lookup_user_config_dir(user_config_dir):
    user = _config(user_config_dir)
    assert find_config() == user


def test_lookup_cwd_newsview_yaml_beats_user_config(user_config_dir, isolated):
    _config(user_config_dir)
    local = _config(isolated["cwd"], "newsview.yaml")
    assert find_config().resolve() == local.resolve()


def test_lookup_env_beats_cwd_and_user(user_config_dir, isolated, tmp_path, monkeypatch):
    _config(user_config_dir)
    _config(isolated["cwd"], "newsview.yaml")
    env = _config(tmp_path / "env")
    monkeypatch.setenv("NEWSVIEW_CONFIG", str(env))
    assert find_config() == env


def test_lookup_explicit_beats_everything(user_config_dir, isolated, tmp_path, monkeypatch):
    _config(user_config_dir)
    _config(isolated["cwd"], "newsview.yaml")
    monkeypatch.setenv("NEWSVIEW_CONFIG", str(_config(tmp_path / "env")))
    explicit = _config(tmp_path / "explicit")
    assert find_config(str(explicit)) == explicit


def test_lookup_explicit_missing_is_an_error(tmp_path):
    with pytest.raises(ConfigError) as info:
        find_config(str(tmp_path / "nope.yaml"))
    assert info.value.problems == [f"{tmp_path / 'nope.yaml'}: config file not found (given by --config)"]


def test_lookup_env_missing_is_an_error(tmp_path, monkeypatch, user_config_dir):
    _config(user_config_dir)  # must not silently fall through to it
    monkeypatch.setenv("NEWSVIEW_CONFIG", str(tmp_path / "gone.yaml"))
    with pytest.raises(ConfigError, match=r"gone\.yaml: config file not found \(given by \$NEWSVIEW_CONFIG\)"):
        find_config()


def test_lookup_explicit_expands_tilde(home):
    path = _config(home / "cfg")
    assert find_config("~/cfg/config.yaml") == path


def test_load_config_uses_lookup(user_config_dir):
    _config(user_config_dir)
    config = load_config()
    assert config.path == user_config_dir / "config.yaml"
    assert config.ui.keys == "vim"


def test_bundled_config_describes_both_seeds():
    config = load_config()
    assert config.path == bundled_config()
    outlets = {Path(s.path).name: s.outlet for s in config.sources}
    assert outlets == {"000_bc20113c5b07d9bb.txt": "Newsweek", "004_c99cd6f376a91b6b.txt": "ABC News"}
    assert len(config.stories) == 1
    assert [p.name for p in config.stories[0].articles] == ["000_bc20113c5b07d9bb.txt", "004_c99cd6f376a91b6b.txt"]


# --------------------------------------------------------------------------- valid configs


def test_full_valid_config(write, tmp_path):
    write("articles/a.md", "---\ntitle: A\n---\nBody a.\n")
    write("articles/b.md", "---\ntitle: B\n---\nBody b.\n")
    write("feed.jsonl", '{"text": "x"}\n{"text": "y"}\n')
    path = write("corpus.yaml", """\
        corpus:
          sources:
            - articles/*.md
            - path: feed.jsonl
              format: jsonl
              outlet: Reuters
              encoding: latin-1
          stories:
            - id: pair
              title: A pair
              articles: [articles/a.md, articles/b.md]
        analysis:
          model: en_core_web_sm
          entity_threshold: 0.9
          fact_threshold: 1
          quote_threshold: 0
          cache: false
        ui:
          theme: newsview-light
          keys: vim
          keymap:
            next_difference: n
        """)
    config = load_config(path)
    assert isinstance(config, Config)
    assert config.path == path
    first, second = config.sources
    assert first.path == str(tmp_path / "articles/*.md")
    assert (first.format, first.outlet, first.encoding) == (None, None, None)
    assert first.line == 3
    assert second.path == str(tmp_path / "feed.jsonl")
    assert (second.format, second.outlet, second.encoding) == ("jsonl", "Reuters", "latin-1")
    assert second.line == 4
    story = config.stories[0]
    assert (story.id, story.title) == ("pair", "A pair")
    assert story.articles == (tmp_path / "articles/a.md", tmp_path / "articles/b.md")
    assert config.analysis == AnalysisConfig(model="en_core_web_sm", entity_threshold=0.9, fact_threshold=1.0,
                                             quote_threshold=0.0, cache=False)
    assert isinstance(config.analysis.fact_threshold, float)
    assert config.ui == UIConfig(theme="newsview-light", keys="vim", keymap={"next_difference": "n"})


def test_defaults_when_sections_missing(write):
    write("a.txt", "hello\n")
    config = load_config(write("c.yaml", "corpus:\n  sources: [a.txt]\n"))
    assert config.analysis == AnalysisConfig()
    assert config.ui == UIConfig()
    assert config.stories == ()


def test_empty_sections_are_fine(write):
    config = load_config(write("c.yaml", "corpus:\nanalysis:\nui:\n"))
    assert config.sources == () and config.analysis == AnalysisConfig()


def test_empty_config_file_is_valid(write):
    config = load_config(write("c.yaml", ""))
    assert config.sources == ()


def test_utf8_bom_config(write):
    write("a.txt", "hello\n")
    path = write("c.yaml", "\ufeffcorpus:\n  sources: [a.txt]\n")
    assert len(load_config(path).sources) == 1


def test_paths_are_relative_to_config_file_not_cwd(write, tmp_path, isolated):
    write("sub/dir/a.txt", "hello\n")
    write("sub/dir/stories/b.txt", "world\n")
    path = write("sub/dir/c.yaml", """\
        corpus:
          sources: [a.txt, stories/b.txt]
          stories:
            - title: T
              articles: [a.txt]
        """)
    assert Path.cwd() == isolated["cwd"] != path.parent
    config = load_config(path)
    assert [s.path for s in config.sources] == [str(tmp_path / "sub/dir/a.txt"), str(tmp_path / "sub/dir/stories/b.txt")]
    assert config.stories[0].articles == (tmp_path / "sub/dir/a.txt",)


def test_relative_config_path_given_from_cwd(isolated):
    cwd = isolated["cwd"]
    (cwd / "data").mkdir()
    (cwd / "data" / "a.txt").write_text("hello\n")
    (cwd / "data" / "c.yaml").write_text("corpus:\n  sources: [a.txt]\n")
    config = load_config("data/c.yaml")
    assert config.sources[0].path == str(cwd.resolve() / "data" / "a.txt")


def test_tilde_expands_to_home(write, home):
    (home / "news").mkdir()
    (home / "news" / "a.txt").write_text("hello\n")
    config = load_config(write("c.yaml", """\
        corpus:
          sources:
            - ~/news/a.txt
            - path: ~/news/*.txt
          stories:
            - title: T
              articles: [~/news/a.txt]
        """))
    assert [s.path for s in config.sources] == [str(home / "news/a.txt"), str(home / "news/*.txt")]
    assert config.stories[0].articles == (home / "news/a.txt",)


def test_absolute_paths_kept(write, tmp_path):
    target = write("elsewhere/a.txt", "hello\n")
    config = load_config(write("cfg/c.yaml", f"corpus:\n  sources: ['{target}']\n"))
    assert config.sources[0].path == str(target)


def test_folder_source_is_accepted(write, tmp_path):
    write("articles/a.txt", "hello\n")
    config = load_config(write("c.yaml", "corpus:\n  sources: [articles]\n"))
    assert config.sources[0].path == str(tmp_path / "articles")


def test_recursive_glob(write, tmp_path):
    write("deep/x/y/a.md", "hi\n")
    config = load_config(write("c.yaml", "corpus:\n  sources: ['deep/**/*.md']\n"))
    assert config.sources[0].path == str(tmp_path / "deep/**/*.md")


@pytest.mark.parametrize("keys", ["default", "vim"])
def test_ui_keys_choices_accepted(write, keys):
    assert load_config(write("c.yaml", f"ui:\n  keys: {keys}\n")).ui.keys == keys


@pytest.mark.parametrize("value", ["0", "1", "0.5", "1.0", "0.0"])
def test_threshold_bounds_inclusive(write, value):
    config = load_config(write("c.yaml", f"analysis:\n  entity_threshold: {value}\n"))
    assert config.analysis.entity_threshold == float(value)


# --------------------------------------------------------------------------- errors


def test_unknown_source_key_message_exact(write, tmp_path):
    write("a.txt", "hello\n")
    path = write("corpus.yaml", """\
        # a comment
        corpus:
          sources:
            - path: a.txt
              colour: red
        """)
    assert problems_of(path) == [
        f"{path}:5: corpus.sources[0].colour: unknown key (allowed: path, format, outlet, encoding)"
    ]


def test_unknown_key_message_example_from_issue(write, isolated):
    # The example of the issue, with the config named relative to the working directory.
    cwd = isolated["cwd"]
    (cwd / "a.txt").write_text("hello\n")
    (cwd / "corpus.yaml").write_text("corpus:\n  sources:\n    - path: a.txt\n      colour: red\n")
    with pytest.raises(ConfigError) as info:
        load_config("corpus.yaml")
    assert info.value.problems == [
        "corpus.yaml:4: corpus.sources[0].colour: unknown key (allowed: path, format, outlet, encoding)"
    ]


@pytest.mark.parametrize(
    "yaml_text, expected",
    [
        ("colour: red\n", ":1: colour: unknown key (allowed: corpus, analysis, ui)"),
        ("corpus:\n  items: []\n", ":2: corpus.items: unknown key (allowed: sources, stories)"),
        ("analysis:\n  threshold: 0.5\n",
         ":2: analysis.threshold: unknown key (allowed: model, entity_threshold, fact_threshold, quote_threshold, cache)"),
        ("ui:\n  colour: red\n", ":2: ui.colour: unknown key (allowed: theme, keys, keymap)"),
        ("corpus:\n  stories:\n    - title: T\n      articles: []\n      name: x\n",
         ":5: corpus.stories[0].name: unknown key (allowed: id, title, articles)"),
    ],
)
def test_unknown_keys_everywhere(write, yaml_text, expected):
    path = write("c.yaml", yaml_text)
    assert f"{path}{expected}" in problems_of(path)


@pytest.mark.parametrize(
    "yaml_text, expected",
    [
        ("- a\n- b\n", ":1: must be a mapping with keys corpus, analysis, ui"),
        ("corpus: [a]\n", ":1: corpus: must be a mapping with keys sources, stories"),
        ("corpus:\n  sources: a.txt\n", ":2: corpus.sources: must be a list"),
        ("corpus:\n  sources:\n    - 42\n", ":3: corpus.sources[0].path: must be a str"),
        ("corpus:\n  sources:\n    - path: [a, b]\n", ":3: corpus.sources[0].path: must be a str"),
        ("corpus:\n  sources:\n    - path: a.txt\n      outlet: 7\n", ":4: corpus.sources[0].outlet: must be a str"),
        ("corpus:\n  sources:\n    - path: a.txt\n      format: pdf\n",
         ":4: corpus.sources[0].format: 'pdf' is not one of seed, text, markdown, json, jsonl, html, feed"),
        ("corpus:\n  sources:\n    - path: a.txt\n      encoding: klingon-8\n",
         ":4: corpus.sources[0].encoding: unknown encoding 'klingon-8'"),
        ("corpus:\n  sources:\n    - format: text\n",
         ":3: corpus.sources[0].path: missing (each source needs a path or glob)"),
        ("corpus:\n  sources:\n    - ''\n", ":3: corpus.sources[0].path: empty (each source needs a path or glob)"),
        ("corpus:\n  stories: {a: b}\n", ":2: corpus.stories: must be a list"),
        ("corpus:\n  stories:\n    - articles: [a.txt]\n", ":3: corpus.stories[0].title: missing (each story needs a title)"),
        ("corpus:\n  stories:\n    - title: T\n", ":3: corpus.stories[0].articles: missing (list the article paths of the story)"),
        ("corpus:\n  stories:\n    - title: T\n      articles: a.txt\n", ":4: corpus.stories[0].articles: must be a list"),
        ("corpus:\n  stories:\n    - title: [T]\n      articles: [a.txt]\n", ":3: corpus.stories[0].title: must be a str"),
        ("corpus:\n  stories:\n    - title: ''\n      articles: [a.txt]\n",
         ":3: corpus.stories[0].title: missing (each story needs a title)"),
        ("corpus:\n  stories:\n    - just-a-name\n", ":3: corpus.stories[0]: must be a mapping with keys id, title, articles"),
        ("analysis:\n  model: 3\n", ":2: analysis.model: must be a str"),
        ("analysis:\n  entity_threshold: high\n", ":2: analysis.entity_threshold: must be a float"),
        ("analysis:\n  fact_threshold: true\n", ":2: analysis.fact_threshold: must be a float"),
        ("analysis:\n  cache: maybe\n", ":2: analysis.cache: must be a bool"),
        ("analysis:\n  cache: 1\n", ":2: analysis.cache: must be a bool"),
        ("ui:\n  theme: 3\n", ":2: ui.theme: must be a str"),
        ("ui:\n  keymap: [n]\n", ":2: ui.keymap: must be a mapping"),
        ("ui:\n  keymap:\n    next: [n]\n", ":3: ui.keymap.next: must be a str"),
        ("ui: dark\n", ":1: ui: must be a mapping with keys theme, keys, keymap"),
    ],
)
def test_wrong_types(write, yaml_text, expected):
    write("a.txt", "hello\n")
    path = write("c.yaml", yaml_text)
    assert problems_of(path) == [f"{path}{expected}"]


@pytest.mark.parametrize("keys", ["emacs", "Vim", "3"])
def test_ui_keys_must_be_a_preset(write, keys):
    path = write("c.yaml", f"ui:\n  keys: '{keys}'\n")
    assert problems_of(path) == [f"{path}:2: ui.keys: '{keys}' is not one of default, vim"]


@pytest.mark.parametrize("name", ["entity_threshold", "fact_threshold", "quote_threshold"])
@pytest.mark.parametrize("value", ["1.5", "-0.1", "2"])
def test_thresholds_out_of_range(write, name, value):
    path = write("c.yaml", f"analysis:\n  {name}: {value}\n")
    assert problems_of(path) == [f"{path}:2: analysis.{name}: {float(value)} is out of range (0 to 1)"]


def test_missing_source_path(write, tmp_path):
    path = write("c.yaml", "corpus:\n  sources:\n    - path: nowhere.txt\n")
    assert problems_of(path) == [
        f"{path}:3: corpus.sources[0].path: 'nowhere.txt' does not exist (paths are relative to {tmp_path})"
    ]


def test_missing_path_is_checked_against_the_config_folder_not_cwd(write, isolated, tmp_path):
    (isolated["cwd"] / "a.txt").write_text("present in cwd only\n")
    path = write("cfg/c.yaml", "corpus:\n  sources: [a.txt]\n")
    assert problems_of(path) == [
        f"{path}:2: corpus.sources[0].path: 'a.txt' does not exist (paths are relative to {tmp_path / 'cfg'})"
    ]


def test_glob_matching_nothing(write):
    write("a.txt", "hello\n")
    path = write("c.yaml", "corpus:\n  sources:\n    - a.txt\n    - path: '*.md'\n")
    assert problems_of(path) == [f"{path}:4: corpus.sources[1].path: glob '*.md' matches no file"]


def test_story_article_missing(write, tmp_path):
    write("a.txt", "hello\n")
    path = write("c.yaml", "corpus:\n  stories:\n    - title: T\n      articles:\n        - a.txt\n        - b.txt\n")
    assert problems_of(path) == [
        f"{path}:6: corpus.stories[0].articles[1]: 'b.txt' is not a file (paths are relative to {tmp_path})"
    ]


@pytest.mark.parametrize(
    "yaml_text, line",
    [
        ("corpus:\n  sources: [a.txt\n", 3),
        ("corpus:\n  sources:\n    - a\n   - b\n", 4),
        ("ui:\n  theme: 'dark\n", 3),
        ("analysis:\n\tmodel: x\n", 2),
    ],
)
def test_invalid_yaml_reports_line(write, yaml_text, line):
    path = write("c.yaml", yaml_text)
    problems = problems_of(path)
    assert len(problems) == 1
    assert problems[0].startswith(f"{path}:{line}: invalid YAML: ")


@pytest.mark.parametrize("tag", ["!!python/object:os.system", "!!python/name:os.system", "!custom"])
def test_unsafe_or_unknown_tags_are_problems_not_crashes(write, tag):
    write("a.txt", "hello\n")
    path = write("c.yaml", f"corpus:\n  sources:\n    - path: {tag} a.txt\n")
    (problem,) = problems_of(path)
    assert problem.startswith(f"{path}:3: corpus.sources[0].path: unsupported YAML value")


def test_python_tags_are_never_constructed(write, tmp_path):
    marker = tmp_path / "pwned"
    path = write("c.yaml", f"analysis:\n  model: !!python/object/apply:os.system ['touch {marker}']\n")
    problems_of(path)
    assert not marker.exists()


def test_all_problems_reported_at_once(write, tmp_path):
    write("a.txt", "hello\n")
    path = write("broken.yaml", """\
        corpus:
          sources:
            - path: a.txt
              colour: red
            - path: missing.txt
            - path: "*.nothing"
            - path: a.txt
              format: pdf
          stories:
            - title: T
              articles: [nope.txt]
        analysis:
          entity_threshold: 1.5
          cache: maybe
        ui:
          keys: emacs
        extra: 1
        """)
    problems = problems_of(path)
    expected = {
        4: "corpus.sources[0].colour: unknown key",
        5: "corpus.sources[1].path: 'missing.txt' does not exist",
        6: "corpus.sources[2].path: glob '*.nothing' matches no file",
        8: "corpus.sources[3].format: 'pdf' is not one of",
        11: "corpus.stories[0].articles[0]: 'nope.txt' is not a file",
        13: "analysis.entity_threshold: 1.5 is out of range",
        14: "analysis.cache: must be a bool",
        16: "ui.keys: 'emacs' is not one of default, vim",
        17: "extra: unknown key (allowed: corpus, analysis, ui)",
    }
    assert len(problems) == len(expected)
    for line, text in expected.items():
        assert any(p.startswith(f"{path}:{line}: {text}") for p in problems), (line, problems)
    # the exception's own message is one line that points at `newsview check`
    with pytest.raises(ConfigError) as info:
        load_config(path)
    assert "\n" not in str(info.value)
    assert "and 8 more" in str(info.value) and "newsview check" in str(info.value)


def test_parse_config_directly_names_given_path(tmp_path):
    with pytest.raises(ConfigError) as info:
        parse_config("bogus: 1\n", Path("x/my.yaml"))
    assert info.value.problems == [f"{Path('x/my.yaml')}:1: bogus: unknown key (allowed: corpus, analysis, ui)"]


def test_unreadable_config_is_a_config_error(write):
    path = write("c.yaml", b"corpus:\n  sources: [caf\xe9]\n")
    (problem,) = problems_of(path)
    assert problem.startswith(f"{path}: cannot read config")


def test_config_error_single_problem_message(tmp_path):
    error = ConfigError(["a.yaml:1: x: bad"])
    assert str(error) == "a.yaml:1: x: bad"
    assert error.exit_code == 1


def test_no_env_leaks_into_tests():
    assert "NEWSVIEW_CONFIG" not in os.environ
    assert not Path("newsview.yaml").exists()
