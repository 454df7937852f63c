"""The Textual app: reads a Comparison, never computes one."""

from __future__ import annotations


def run(config, corpus, compare: bool = False) -> int:
    """Open the library (or, with `compare`, the compare screen on every article of the corpus: articles given on the
    command line that make one story)."""
    from newsview.ui.app import NewsviewApp

    app = NewsviewApp(config, corpus, compare=compare)
    app.run()
    return app.return_code or 0
