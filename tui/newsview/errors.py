"""Errors that reach the user as one line, never as a traceback."""

from __future__ import annotations


class NewsviewError(Exception):
    """Bad input the user can fix; the CLI prints it and exits 1."""

    exit_code = 1


class ConfigError(NewsviewError):
    """One or more problems in a config file, each already `file:line: message`."""

    def __init__(self, problems: list[str]):
        self.problems = problems
        more = f" (and {len(problems) - 1} more; run `newsview check`)" if len(problems) > 1 else ""
        super().__init__(problems[0] + more)
