"""The command line: help, version, list, check, and errors as one line with the right exit code."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

import newsview
from newsview.cli import main
from newsview.errors import ConfigError

from conftest import ABC_SEED, NEWSWEEK_SEED

VENV_BIN = Path(sys.executable).parent


def no_traceback(text: str) -> bool:
    return "Traceback" not in text


# --------------------------------------------------------------------------- help and version


def test_help(cli):
    code, out, err = cli("--help")
    assert code == 0
    assert out.startswith("usage: newsview")
    for word in ("list", "check", "--version", "--debug"):
        assert word in out
    assert err == ""


@pytest.mark.parametrize("command", ["list", "check"])
def test_subcommand_help(cli, command):
    code, out, _ = cli(command, "--help")
    assert code == 0
    assert f"usage: newsview {command}" in out
    assert "--config" in out
    if command == "list":
        assert "--format" in out and "table" in out and "json" in out


def test_version(cli):
    code, out, err = cli("--version")
    assert code == 0
    assert out.strip() == f"newsview {newsview.__version__}"


# --------------------------------------------------------------------------- list


def test_list_json_with_no_config_shows_the_seeds(cli, isolated):
    assert not any(isolated["cwd"].iterdir())  # an empty working directory, no user config
    code, out, err = cli("list", "--format", "json")
    assert code == 0, err
    assert err == ""
    data = json.loads(out)
    assert data["warnings"] == []
    (story,) = data["stories"]
    assert story["title"]
    articles = story["articles"]
    assert [Path(a["path"]).name[:3] for a in articles] == ["000", "004"]
    assert [a["outlet"] for a in articles] == ["Newsweek", "ABC News"]
    for a in articles:
        assert a["date"] == "2020-01-03"
        assert a["title"] and a["title"].strip() and len(a["title"]) <= 91
        assert a["words"] > 300
        assert set(a) >= {"id", "path", "outlet", "title", "date", "credit", "dateline", "url", "words"}
    assert articles[0]["credit"] == "REUTERS/Thaier Al-Sudani"
    assert articles[1]["dateline"] == "BAGHDAD, Iraq"


def test_list_table_with_no_config(cli):
    code, out, err = cli("list")
    assert code == 0, err
    assert "2 articles, 1 story" in out
    assert "Newsweek" in out and "ABC News" in out
    assert out.count("2020-01-03") == 2
    assert "\x1b" not in out  # not a terminal: no colour codes


def test_list_json_with_config(cli, write, tmp_path):
    write("a.md", "---\ntitle: Alpha headline\noutlet: Alpha Times\ndate: 2021-01-02\n---\nAlpha body text. More.\n")
    write("b.json", json.dumps({"title": "Beta headline", "text": "Beta body text.", "outlet": "Beta Post"}))
    config = write("c.yaml", "corpus:\n  sources: [a.md, b.json]\n  stories:\n    - id: ab\n      title: Both\n"
                             "      articles: [a.md, b.json]\n")
    code, out, err = cli("list", "--config", str(config), "--format", "json")
    assert code == 0, err
    data = json.loads(out)
    (story,) = data["stories"]
    assert (story["id"], story["title"]) == ("ab", "Both")
    assert [(a["outlet"], a["title"], a["date"]) for a in story["articles"]] == [
        ("Alpha Times", "Alpha headline", "2021-01-02"), ("Beta Post", "Beta headline", None)]


def test_list_of_paths_lists_just_those_articles(cli, write):
    a = write("a.md", "---\noutlet: Alpha Times\n---\nAlpha body text.\n")
    write("b.md", "---\noutlet: Beta Post\n---\nBeta body text.\n")
    code, out, err = cli("list", "--format", "json", str(a))
    assert code == 0, err
    assert [a["outlet"] for s in json.loads(out)["stories"] for a in s["articles"]] == ["Alpha Times"]


def test_list_uses_env_config(cli, write, monkeypatch):
    write("a.txt", "Gamma text that is here. More.\n")
    monkeypatch.setenv("NEWSVIEW_CONFIG", str(write("env.yaml", "corpus:\n  sources:\n    - path: a.txt\n      outlet: Env Outlet\n")))
    code, out, _ = cli("list", "--format", "json")
    assert code == 0
    assert json.loads(out)["stories"][0]["articles"][0]["outlet"] == "Env Outlet"


def test_list_uses_cwd_newsview_yaml(cli, isolated):
    cwd = isolated["cwd"]
    (cwd / "a.txt").write_text("Delta text here. More.\n")
    (cwd / "newsview.yaml").write_text("corpus:\n  sources:\n    - path: a.txt\n      outlet: Local Outlet\n")
    code, out, _ = cli("list", "--format", "json")
    assert code == 0
    assert json.loads(out)["stories"][0]["articles"][0]["outlet"] == "Local Outlet"


def test_list_warns_about_skipped_files_on_stderr(cli, write):
    write("docs/good.txt", "A good article. More.\n")
    write("docs/bad.txt", b"\x00\x01binary")
    config = write("c.yaml", "corpus:\n  sources: [docs]\n")
    code, out, err = cli("list", "--config", str(config), "--format", "json")
    assert code == 0
    data = json.loads(out)
    assert len(data["stories"]) == 1
    assert len(data["warnings"]) == 1
    assert err.startswith("newsview: warning: ") and "bad.txt: skipped: binary file" in err
    assert len(err.strip().splitlines()) == 1


def test_a_report_lists_the_files_it_was_given_but_skipped(cli, write):
    empty = write("empty.txt", b"")
    for fmt, said in (("json", lambda out: json.loads(out)["warnings"]), ("markdown", str.splitlines)):
        code, out, err = cli("report", "--format", fmt, str(empty), str(NEWSWEEK_SEED), str(ABC_SEED))
        assert code == 0 and f"{empty}: skipped: empty file" in err
        assert any(line.endswith("empty.txt: skipped: empty file") for line in said(out))  # markdown escapes the _


def test_list_table_untrusted_text_is_literal(cli, write):
    title = "[bold red]x[/] \x1b[31mred\x1b[0m \x1b]0;pwned\x07done"
    write("evil.json", json.dumps({"title": title, "text": "Body text. More.", "outlet": "[link=http://e]O[/link]"}))
    config = write("c.yaml", "corpus:\n  sources: [evil.json]\n")
    code, out, err = cli("list", "--config", str(config))
    assert code == 0, err
    assert "\x1b" not in out and "\x07" not in out
    assert "[bold red]x[/]" in out  # printed literally, not interpreted as Rich markup
    assert "[link=http://e]O[/link]" in out
    assert "red" in out and "done" in out and "pwned" not in out


def test_list_json_escapes_control_characters(cli, write):
    write("evil.json", json.dumps({"title": "a\x1b[31mb", "text": "Body text. More."}))
    config = write("c.yaml", "corpus:\n  sources: [evil.json]\n")
    code, out, _ = cli("list", "--config", str(config), "--format", "json")
    assert code == 0
    assert "\x1b" not in out
    assert json.loads(out)["stories"][0]["articles"][0]["title"] == "a\x1b[31mb"  # data kept, escaped in JSON


def test_list_of_nothing_loadable_is_exit_1(cli, write):
    write("docs/empty.txt", b"")
    config = write("c.yaml", "corpus:\n  sources: [docs]\n")
    code, out, err = cli("list", "--config", str(config))
    assert code == 1
    assert out == ""
    lines = err.strip().splitlines()
    assert lines[-1].startswith(f"newsview: {config}: no article could be loaded")
    assert no_traceback(err)


# --------------------------------------------------------------------------- check


def test_check_good_config(cli, write):
    write("a.txt", "A good article. More.\n")
    write("b.md", "---\noutlet: B\n---\nAnother good one.\n")
    config = write("good.yaml", "corpus:\n  sources: [a.txt, b.md]\n")
    code, out, err = cli("check", "--config", str(config))
    assert code == 0, err
    assert out.strip() == f"{config}: ok, 2 articles in 2 stories"
    assert err == ""


def test_check_bundled_seeds(cli):
    code, out, err = cli("check")
    assert code == 0, err
    assert out.strip().endswith("corpus.yaml: ok, 2 articles in 1 story")


def test_check_broken_config_lists_every_problem(cli, write):
    write("a.txt", "A good article. More.\n")
    config = write("broken.yaml", """\
        corpus:
          sources:
            - path: a.txt
              colour: red
            - path: missing.txt
            - path: "*.nothing"
        analysis:
          fact_threshold: 7
        ui:
          keys: emacs
        """)
    code, out, err = cli("check", "--config", str(config))
    assert code == 1
    assert out == ""
    lines = err.strip().splitlines()
    assert lines[-1] == f"{config}: 5 problems"
    problems = lines[:-1]
    assert len(problems) == 5
    assert f"{config}:4: corpus.sources[0].colour: unknown key (allowed: path, format, outlet, encoding)" in problems
    for line, key in ((5, "corpus.sources[1].path"), (6, "corpus.sources[2].path"),
                      (8, "analysis.fact_threshold"), (10, "ui.keys")):
        assert any(p.startswith(f"{config}:{line}: {key}: ") for p in problems), (line, problems)
    assert no_traceback(err)


def test_check_names_each_setting_the_app_could_not_use_by_its_line(cli, write):
    write("a.txt", "A good article. More.\n")
    config = write("settings.yaml", """\
        corpus:
          sources: [a.txt]
        analysis:
          model: en_core_web_zz
        ui:
          theme: nosuch-theme
          keymap:
            next_diference: x
            next_difference: m
            previous_difference: N
        """)
    code, out, err = cli("check", "--config", str(config))
    assert code == 1 and out == ""
    lines = err.strip().splitlines()
    assert lines[0].startswith(f"{config}:4: analysis.model: the spaCy model 'en_core_web_zz' is not installed: "
                               "run `pip install en-core-web-zz`")
    assert lines[1].startswith(f"{config}:6: ui.theme: no theme is called 'nosuch-theme'")
    assert lines[2].startswith(f"{config}:8: ui.keymap.next_diference: no binding has this id (did you mean "
                               "next_difference?)")
    assert lines[3] == (f"{config}:9: ui.keymap.next_difference: 'm' is already "
                        "“Next mention of the chosen entity” (next_mention) in compare")
    assert lines[4:] == [f"{config}: 1 article in 1 story; 4 settings to fix"]  # N for previous is fine


def test_check_refuses_a_key_left_empty(cli, write):
    config = write("empty-key.yaml", "ui:\n  keymap:\n    search: ''\n")
    code, _, err = cli("check", "--config", str(config))
    assert code == 1 and err.splitlines()[0].startswith(f"{config}:3: ui.keymap.search: no key given")


def test_check_relative_config_names_it_as_given(cli, isolated):
    cwd = isolated["cwd"]
    (cwd / "a.txt").write_text("x\n")
    (cwd / "corpus.yaml").write_text("corpus:\n  sources:\n    - path: a.txt\n      colour: red\n")
    code, _, err = cli("check", "--config", "corpus.yaml")
    assert code == 1
    assert err.splitlines()[0] == "corpus.yaml:4: corpus.sources[0].colour: unknown key (allowed: path, format, outlet, encoding)"
    assert err.splitlines()[1] == "corpus.yaml: 1 problem"


def test_check_invalid_yaml(cli, write):
    config = write("bad.yaml", "corpus:\n  sources: [a.txt\n")
    code, _, err = cli("check", "--config", str(config))
    assert code == 1
    assert err.splitlines()[0].startswith(f"{config}:3: invalid YAML: ")


def test_check_reports_skipped_files(cli, write):
    write("docs/good.txt", "A good article. More.\n")
    write("docs/latin.txt", "Caf\u00e9\n".encode("latin-1"))
    config = write("c.yaml", "corpus:\n  sources: [docs]\n")
    code, out, err = cli("check", "--config", str(config))
    assert code == 1
    assert "latin.txt: skipped: not valid UTF-8" in err
    assert f"{config}: 1 article in 1 story; 1 file skipped" in err


def test_load_error_with_other_commands_is_one_line_per_problem(cli, write):
    config = write("broken.yaml", "bogus: 1\nui:\n  keys: emacs\n")
    code, out, err = cli("list", "--config", str(config))
    assert code == 1
    assert out == ""
    assert err.splitlines() == [
        f"newsview: {config}:1: bogus: unknown key (allowed: corpus, analysis, ui)",
        f"newsview: {config}:3: ui.keys: 'emacs' is not one of default, vim",
    ]


# --------------------------------------------------------------------------- argument and input errors


@pytest.mark.parametrize(
    "args, fragment",
    [
        (["list", "--format", "xml"], "invalid choice: 'xml'"),
        (["--bogus"], "unrecognized arguments: --bogus"),
        (["list", "--nope"], "unrecognized arguments: --nope"),
        (["check", "extra"], "unrecognized arguments: extra"),
        (["check", "--config"], "expected one argument"),
    ],
)
def test_usage_errors_exit_2_with_one_line(cli, args, fragment):
    code, out, err = cli(*args)
    assert code == 2
    assert out == ""
    lines = err.strip().splitlines()
    assert len(lines) == 1
    assert lines[0].startswith("newsview: ") and fragment in lines[0]
    assert "--help" in lines[0]


@pytest.mark.parametrize("command", ["list", "check"])
def test_missing_config_file_exit_1_one_line(cli, tmp_path, command):
    code, out, err = cli(command, "--config", str(tmp_path / "nope.yaml"))
    assert code == 1
    assert out == ""
    assert err.strip().splitlines() == [f"newsview: {tmp_path / 'nope.yaml'}: config file not found (given by --config)"]


def test_missing_env_config_exit_1(cli, tmp_path, monkeypatch):
    monkeypatch.setenv("NEWSVIEW_CONFIG", str(tmp_path / "gone.yaml"))
    code, _, err = cli("list")
    assert code == 1
    assert err.strip() == f"newsview: {tmp_path / 'gone.yaml'}: config file not found (given by $NEWSVIEW_CONFIG)"


def test_debug_shows_the_exception(tmp_path):
    with pytest.raises(ConfigError):
        main(["--debug", "list", "--config", str(tmp_path / "nope.yaml")])
    with pytest.raises(ConfigError):
        main(["list", "--config", str(tmp_path / "nope.yaml"), "--debug"])


# --------------------------------------------------------------------------- real processes


def _env(isolated) -> dict:
    env = {k: v for k, v in os.environ.items() if k != "NEWSVIEW_CONFIG"}
    env.update(NEWSVIEW_CONFIG_DIR=str(isolated["config_dir"]), NEWSVIEW_CACHE_DIR=str(isolated["cache_dir"]),
               HOME=str(isolated["home"]), COLUMNS="200")
    return env


def _script() -> list[str]:
    script = VENV_BIN / "newsview"
    return [str(script)] if script.exists() else [sys.executable, "-m", "newsview"]


def test_console_script_list_json(isolated):
    result = subprocess.run(_script() + ["list", "--format", "json"], cwd=isolated["cwd"], env=_env(isolated),
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    articles = json.loads(result.stdout)["stories"][0]["articles"]
    assert {Path(a["path"]).name: a["outlet"] for a in articles} == {
        NEWSWEEK_SEED.name: "Newsweek", ABC_SEED.name: "ABC News"}


def test_python_m_newsview_errors(isolated):
    run = lambda *args: subprocess.run([sys.executable, "-m", "newsview", *args], cwd=isolated["cwd"],  # noqa: E731
                                       env=_env(isolated), capture_output=True, text=True, timeout=120)
    version = run("--version")
    assert version.returncode == 0 and version.stdout.strip() == f"newsview {newsview.__version__}"
    usage = run("list", "--format", "xml")
    assert usage.returncode == 2
    assert len(usage.stderr.strip().splitlines()) == 1 and no_traceback(usage.stderr)
    missing = run("check", "--config", "nope.yaml")
    assert missing.returncode == 1
    assert missing.stderr.strip() == "newsview: nope.yaml: config file not found (given by --config)"
    debug = run("--debug", "check", "--config", "nope.yaml")
    assert debug.returncode != 0 and "Traceback" in debug.stderr
