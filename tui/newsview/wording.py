"""Counts as people read them: "1 story", "3 stories"."""

from __future__ import annotations

IRREGULAR = {"story": "stories", "entity": "entities"}


def counted(n: int, noun: str) -> str:
    return f"{n:,} {noun if n == 1 else IRREGULAR.get(noun, noun + 's')}"
