"""YAML config -> typed `Config`, with every problem reported as `file:line: key.path: message`.

The YAML is composed into nodes (safe: nothing is constructed) so that each value
keeps the line it came from; validation collects all problems before failing.
"""

from __future__ import annotations

import glob
import os
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from newsview.errors import ConfigError
from newsview.paths import bundled, user_config_dir

FORMATS = ("seed", "text", "markdown", "json", "jsonl", "html", "feed")


@dataclass(frozen=True)
class Source:
    path: str  # as written, with ~ expanded and made absolute against the config's folder
    format: str | None = None
    outlet: str | None = None
    encoding: str | None = None
    line: int = 0


@dataclass(frozen=True)
class StoryConfig:
    title: str
    articles: tuple[Path, ...]
    id: str | None = None


@dataclass(frozen=True)
class AnalysisConfig:
    model: str = "en_core_web_sm"
    entity_threshold: float = 0.88
    fact_threshold: float = 0.33
    quote_threshold: float = 0.85
    cache: bool = True


@dataclass(frozen=True)
class UIConfig:
    theme: str = "newsview-dark"
    keys: str = "default"
    keymap: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class Config:
    path: Path | None
    sources: tuple[Source, ...] = ()
    stories: tuple[StoryConfig, ...] = ()
    analysis: AnalysisConfig = AnalysisConfig()
    ui: UIConfig = UIConfig()
    lines: dict[str, int] = field(default_factory=dict, compare=False)  # setting ("ui.theme") -> its line

    @property
    def base(self) -> Path:
        return self.path.parent if self.path else Path.cwd()

    def where(self, key: str) -> str:
        """`file:line: key`, for a problem with a setting that only a later step can find (an uninstalled model)."""
        return f"{self.path}:{self.lines[key]}: {key}" if key in self.lines else f"{self.path}: {key}"


def bundled_config() -> Path:
    return bundled("seeds") / "corpus.yaml"


def find_config(explicit: str | None = None) -> Path:
    """The config to use: --config, $NEWSVIEW_CONFIG, ./newsview.yaml, the user's, else the seeds."""
    for candidate, origin in ((explicit, "--config"), (os.environ.get("NEWSVIEW_CONFIG"), "$NEWSVIEW_CONFIG")):
        if candidate:
            path = Path(candidate).expanduser()
            if not path.is_file():
                raise ConfigError([f"{candidate}: config file not found (given by {origin})"])
            return path
    for path in (Path("newsview.yaml"), user_config_dir() / "config.yaml"):
        if path.is_file():
            return path
    return bundled_config()


def load_config(path: str | Path | None = None) -> Config:
    path = find_config(str(path) if path else None)
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError([f"{path}: cannot read config ({exc.__class__.__name__}: {exc})"]) from None
    return parse_config(text, path)


def parse_config(text: str, path: Path) -> Config:
    try:
        root = yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + 1 if mark else 1
        problem = getattr(exc, "problem", None) or str(exc)
        raise ConfigError([f"{path}:{line}: invalid YAML: {problem}"]) from None
    v = _Validator(path)
    config = v.config(root)
    if v.problems:
        raise ConfigError(v.problems)
    return config


class _Validator:
    def __init__(self, path: Path):
        self.path = path
        self.base = path.resolve().parent
        self.problems: list[str] = []
        self.lines: dict[str, int] = {}

    def fail(self, node: yaml.Node | None, key: str, message: str) -> None:
        line = node.start_mark.line + 1 if node is not None else 1
        self.problems.append(f"{self.path}:{line}: {key}: {message}" if key else f"{self.path}:{line}: {message}")

    def mapping(self, node, key: str, allowed: tuple[str, ...] | None) -> dict[str, yaml.Node]:
        """The keys of a mapping node; `allowed=None` accepts any key."""
        if node is None or (isinstance(node, yaml.ScalarNode) and node.tag.endswith(":null")):
            return {}
        if not isinstance(node, yaml.MappingNode):
            self.fail(node, key, "must be a mapping" + (f" with keys {', '.join(allowed)}" if allowed else ""))
            return {}
        out = {}
        for k, value in node.value:
            name = k.value if isinstance(k, yaml.ScalarNode) else "?"
            where = f"{key}.{name}" if key else name
            if allowed is not None and name not in allowed:
                self.fail(k, where, f"unknown key (allowed: {', '.join(allowed)})")
            else:
                out[name] = value
        return out

    def scalar(self, node, key: str, kind: type, choices: tuple[str, ...] = ()):
        if node is None:
            return None
        self.lines[key] = node.start_mark.line + 1
        try:
            value = yaml.SafeLoader(" ").construct_object(node) if isinstance(node, yaml.ScalarNode) else node
        except (yaml.YAMLError, ValueError, TypeError):  # an unknown tag (`!foo`, `!!python/...`) or a bad `!!int x`
            self.fail(node, key, f"unsupported YAML value {node.tag} (must be a {kind.__name__})")
            return None
        if kind is float and isinstance(value, int) and not isinstance(value, bool):
            value = float(value)
        if not isinstance(value, kind) or (kind is not bool and isinstance(value, bool)):
            self.fail(node, key, f"must be a {kind.__name__}")
            return None
        if choices and value not in choices:
            self.fail(node, key, f"{value!r} is not one of {', '.join(choices)}")
            return None
        if kind is float and not 0.0 <= value <= 1.0:
            self.fail(node, key, f"{value} is out of range (0 to 1)")
            return None
        return value

    def sequence(self, node, key: str) -> list:
        if node is None:
            return []
        if not isinstance(node, yaml.SequenceNode):
            self.fail(node, key, "must be a list")
            return []
        return node.value

    def resolve(self, raw: str) -> str:
        path = Path(os.path.expanduser(raw))
        return str(path if path.is_absolute() else self.base / path)

    def config(self, root) -> Config:
        top = self.mapping(root, "", ("corpus", "analysis", "ui"))
        corpus = self.mapping(top.get("corpus"), "corpus", ("sources", "stories"))
        sources = tuple(s for i, n in enumerate(self.sequence(corpus.get("sources"), "corpus.sources"))
                        if (s := self.source(n, f"corpus.sources[{i}]")))
        stories = tuple(s for i, n in enumerate(self.sequence(corpus.get("stories"), "corpus.stories"))
                        if (s := self.story(n, f"corpus.stories[{i}]")))
        return Config(self.path, sources, stories, self.analysis(top.get("analysis")), self.ui(top.get("ui")),
                      self.lines)

    def source(self, node, key: str) -> Source | None:
        if isinstance(node, yaml.ScalarNode):
            fields = {"path": node}
        else:
            fields = self.mapping(node, key, ("path", "format", "outlet", "encoding"))
            if "path" not in fields and isinstance(node, yaml.MappingNode):
                self.fail(node, f"{key}.path", "missing (each source needs a path or glob)")
                return None
        raw = self.scalar(fields.get("path"), f"{key}.path", str)
        if not raw:
            if raw == "":
                self.fail(fields["path"], f"{key}.path", "empty (each source needs a path or glob)")
            return None
        path = self.resolve(raw)
        if glob.has_magic(path):
            if not glob.glob(path, recursive=True):
                self.fail(fields["path"], f"{key}.path", f"glob {raw!r} matches no file")
                return None
        elif not Path(path).exists():
            self.fail(fields["path"], f"{key}.path", f"{raw!r} does not exist (paths are relative to {self.base})")
            return None
        encoding = self.scalar(fields.get("encoding"), f"{key}.encoding", str)
        if encoding:
            try:
                "".encode(encoding)
            except LookupError:
                self.fail(fields["encoding"], f"{key}.encoding", f"unknown encoding {encoding!r}")
                encoding = None
        return Source(path, self.scalar(fields.get("format"), f"{key}.format", str, FORMATS),
                      self.scalar(fields.get("outlet"), f"{key}.outlet", str), encoding,
                      node.start_mark.line + 1)

    def story(self, node, key: str) -> StoryConfig | None:
        fields = self.mapping(node, key, ("id", "title", "articles"))
        title = self.scalar(fields.get("title"), f"{key}.title", str)
        if isinstance(node, yaml.MappingNode) and ("title" not in fields or title == ""):
            self.fail(node, f"{key}.title", "missing (each story needs a title)")
        articles = []
        for i, n in enumerate(self.sequence(fields.get("articles"), f"{key}.articles")):
            raw = self.scalar(n, f"{key}.articles[{i}]", str)
            if raw and not Path(self.resolve(raw)).is_file():
                self.fail(n, f"{key}.articles[{i}]", f"{raw!r} is not a file (paths are relative to {self.base})")
            elif raw:
                articles.append(Path(self.resolve(raw)))
        if isinstance(node, yaml.MappingNode) and "articles" not in fields:
            self.fail(node, f"{key}.articles", "missing (list the article paths of the story)")
        story_id = self.scalar(fields.get("id"), f"{key}.id", str)
        return StoryConfig(title, tuple(articles), story_id) if title and articles else None

    def analysis(self, node) -> AnalysisConfig:
        keys = ("model", "entity_threshold", "fact_threshold", "quote_threshold", "cache")
        fields = self.mapping(node, "analysis", keys)
        defaults = AnalysisConfig()
        values = {}
        for name in keys:
            if name in fields:
                kind = type(getattr(defaults, name))
                value = self.scalar(fields[name], f"analysis.{name}", kind)
                if value is not None:
                    values[name] = value
        return AnalysisConfig(**values)

    def ui(self, node) -> UIConfig:
        fields = self.mapping(node, "ui", ("theme", "keys", "keymap"))
        theme = self.scalar(fields.get("theme"), "ui.theme", str) or UIConfig.theme
        keys = self.scalar(fields.get("keys"), "ui.keys", str, ("default", "vim")) or UIConfig.keys
        keymap_fields = self.mapping(fields.get("keymap"), "ui.keymap", None)
        keymap = {k: v for k, n in keymap_fields.items() if (v := self.scalar(n, f"ui.keymap.{k}", str)) is not None}
        for binding_id, given in keymap.items():
            if not given.strip(", "):
                self.fail(keymap_fields[binding_id], f"ui.keymap.{binding_id}", "no key given (give keys such as "
                          "\"n,right_square_bracket\", or leave the line out for the default)")
        return UIConfig(theme, keys, keymap)

