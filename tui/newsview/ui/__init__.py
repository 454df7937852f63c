"""The Textual app: reads a Comparison, never computes one."""

from __future__ import annotations


def run(config, corpus, compare: bool = False) -> int:
    from rich.console import Console

    from newsview.report.listing import corpus_table

    Console().print(corpus_table(corpus))
    return 0
