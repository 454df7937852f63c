"""Comparison -> JSON (the model serialised) or Markdown (the same, for people)."""

from __future__ import annotations


def render(comparison, fmt: str) -> str:
    if fmt == "markdown":
        from newsview.report.markdown import to_markdown

        return to_markdown(comparison)
    from newsview.report.jsonreport import to_json

    return to_json(comparison)
