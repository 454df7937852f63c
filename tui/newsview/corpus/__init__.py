"""Getting articles in: formats, outlets, titles, and grouping into stories."""

from newsview.corpus.loader import load_corpus, load_paths
from newsview.corpus.model import Article, Corpus, Story

__all__ = ["Article", "Corpus", "Story", "load_corpus", "load_paths"]
