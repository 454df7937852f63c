"""Command line: argument parsing and one function per subcommand; the work lives elsewhere."""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import replace
from typing import Sequence

from newsview import __version__
from newsview.errors import ConfigError, NewsviewError
from newsview.wording import counted

COMMANDS = ("list", "check", "report", "stories", "app")


class UsageError(NewsviewError):
    exit_code = 2


class Parser(argparse.ArgumentParser):
    """argparse that reports a usage error in one line instead of exiting with the usage text."""

    def error(self, message: str):
        raise UsageError(f"{message} (see `{self.prog} --help`)")


def build_parser() -> Parser:
    parser = Parser(prog="newsview", description="Compare how different outlets cover the same story.",
                    epilog="With no command, or with article paths, newsview opens the app.")
    parser.add_argument("--version", action="version", version=f"newsview {__version__}")
    parser.add_argument("--debug", action="store_true", help="show tracebacks on errors")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=Parser)

    def command(name: str, help: str) -> Parser:
        p = sub.add_parser(name, help=help, description=help)
        p.add_argument("--config", metavar="FILE", help="config file (default: $NEWSVIEW_CONFIG, ./newsview.yaml, "
                       "the user config, else the bundled seeds)")
        p.add_argument("--debug", action="store_true", help=argparse.SUPPRESS)
        return p

    p = command("list", "print the corpus: stories and their articles")
    p.add_argument("--format", choices=("table", "json"), default="table")
    p.add_argument("paths", nargs="*", metavar="ARTICLE")
    command("check", "validate a config and its corpus, reporting every problem")
    p = command("report", "analyse articles: entities, statements and the shared-fact diff")
    p.add_argument("--format", choices=("json", "markdown"), default="json")
    p.add_argument("--story", metavar="ID", help="a story of the configured corpus instead of paths")
    p.add_argument("--no-cache", action="store_true", help="analyse afresh, ignoring the cache")
    p.add_argument("paths", nargs="*", metavar="ARTICLE")
    p = command("stories", "group articles into stories")
    p.add_argument("--format", choices=("table", "json"), default="table")
    p.add_argument("paths", nargs="*", metavar="ARTICLE")
    p = command("app", "open the app (the default)")
    p.add_argument("paths", nargs="*", metavar="ARTICLE")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    debug = "--debug" in argv
    first = next((a for a in argv if a != "--debug"), None)
    if first is None or (first not in COMMANDS and not first.startswith("-")):
        argv.insert(argv.index(first) if first else len(argv), "app")
    elif first.startswith("--config") or first == "--no-cache":
        argv.insert(0, "app")
    try:
        args = build_parser().parse_args(argv)
        return RUNNERS[args.command](args)
    except ConfigError as exc:
        if debug:
            raise
        for problem in exc.problems:
            print(f"newsview: {problem}", file=sys.stderr)
        return exc.exit_code
    except NewsviewError as exc:
        if debug:
            raise
        print(f"newsview: {exc}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return 0


def warn(messages: Sequence[str]) -> None:
    for message in messages:
        print(f"newsview: warning: {message}", file=sys.stderr)


def load(args):
    """(config, corpus) for a command: paths given on the command line, else the configured corpus."""
    from newsview.config import load_config
    from newsview.corpus import load_corpus, load_paths

    config = load_config(args.config)
    paths = getattr(args, "paths", None)
    corpus = load_paths(paths, config) if paths else load_corpus(config)
    warn(corpus.warnings)
    return config, corpus


def show(args, as_json, as_table) -> int:
    """Print the loaded corpus through one of a listing's two views, as `--format` asks."""
    _, corpus = load(args)
    if args.format == "json":
        print(json.dumps(as_json(corpus), indent=2, ensure_ascii=False))
    else:
        from rich.console import Console

        Console().print(as_table(corpus))
    return 0


def run_list(args) -> int:
    from newsview.report.listing import corpus_json, corpus_table

    return show(args, corpus_json, corpus_table)


def run_check(args) -> int:
    from newsview.config import find_config, load_config
    from newsview.corpus import load_corpus

    path = find_config(args.config)
    try:
        config = load_config(path)
    except ConfigError as exc:
        for problem in exc.problems:
            print(problem, file=sys.stderr)
        print(f"{path}: {counted(len(exc.problems), 'problem')}", file=sys.stderr)
        return 1
    corpus = load_corpus(config)
    settings = setting_problems(config)
    for message in [*corpus.warnings, *settings]:
        print(message, file=sys.stderr)
    status = f"{counted(len(corpus.articles), 'article')} in {counted(len(corpus.stories), 'story')}"
    if corpus.warnings or settings:
        skipped = [counted(len(corpus.warnings), 'file') + " skipped"] if corpus.warnings else []
        wrong = [counted(len(settings), "setting") + " to fix"] if settings else []
        print(f"{path}: {status}; {', '.join(skipped + wrong)}", file=sys.stderr)
        return 1
    print(f"{path}: ok, {status}")
    return 0


def setting_problems(config) -> list[str]:
    """What the config names that this machine lacks or the app cannot use: the app would find out only when a
    story is opened (the model) or say it in a notice that is easily missed (the theme, the keymap)."""
    from textual.theme import BUILTIN_THEMES

    from newsview.analysis.nlp import installed, missing_model
    from newsview.paths import bundled
    from newsview.ui.app import HELP_SECTIONS
    from newsview.ui.keys import PRESETS, keymap_problems
    from newsview.ui.themes import load_themes

    problems = []
    if not installed(config.analysis.model):
        problems.append(f"{config.where('analysis.model')}: {missing_model(config.analysis.model)}")
    themes = [t.name for t in load_themes(bundled("themes"))[0]]
    if config.ui.theme not in [*themes, *BUILTIN_THEMES]:
        problems.append(f"{config.where('ui.theme')}: no theme is called {config.ui.theme!r} (newsview's own: "
                        f"{', '.join(themes)}; Textual's built-in themes work too)")
    for binding_id, problem in keymap_problems(config.ui.keymap, HELP_SECTIONS, PRESETS.get(config.ui.keys)).items():
        problems.append(f"{config.where(f'ui.keymap.{binding_id}')}: {problem}")
    return problems


def run_report(args) -> int:
    from newsview.analysis import analyse
    from newsview.report import render

    if args.story and args.paths:
        raise UsageError("give article paths or --story, not both")
    config, corpus = load(args)
    if args.story:
        story = corpus.story(args.story)
        if story is None:
            known = ", ".join(s.id for s in corpus.stories[:8])
            raise NewsviewError(f"no story {args.story!r} in the corpus (known: {known}; see `newsview stories`)")
        articles = story.articles
    elif args.paths:
        articles = corpus.articles
    else:
        raise UsageError("report needs article paths or --story ID")
    comparison = analyse(articles, config.analysis, use_cache=not args.no_cache)
    warn(comparison.warnings)
    if args.paths:  # a file given but skipped is news to a script that reads only the report
        comparison = replace(comparison, warnings=(*corpus.warnings, *comparison.warnings))
    sys.stdout.write(render(comparison, args.format))
    return 0


def run_stories(args) -> int:
    from newsview.report.listing import stories_json, stories_table

    return show(args, stories_json, stories_table)


def run_app(args) -> int:
    from newsview.ui import run

    config, corpus = load(args)
    return run(config, corpus, compare=bool(args.paths) and corpus.one_story)


RUNNERS = {"list": run_list, "check": run_check, "report": run_report, "stories": run_stories, "app": run_app}
