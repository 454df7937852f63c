"""Understanding articles: entities, statements and the shared-fact diff. No UI imports here."""

from newsview.analysis.comparison import analyse
from newsview.analysis.model import Comparison

__all__ = ["Comparison", "analyse"]
