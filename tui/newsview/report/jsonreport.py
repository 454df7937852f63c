"""The JSON report: the Comparison model serialised (shared/spec/report.md, fields may be added)."""

from __future__ import annotations

import json

from newsview.analysis.model import Comparison


def to_json(comparison: Comparison) -> str:
    return json.dumps(comparison.to_dict(), ensure_ascii=False, indent=1) + "\n"
