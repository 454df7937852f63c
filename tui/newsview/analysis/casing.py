"""Title case: a headline capitalises every word, so there capitals do not mark names."""

from __future__ import annotations

import bisect
import re

LONG_WORD = re.compile(r"\b[^\W\d_]{4,}\b")
# the longer words title case may leave in lower case; any other in lower case marks a sentence, however many
# names it holds ("The Hartford Comets beat the Dayton Rivals on Sunday")
SMALL = {"with", "from", "into", "onto", "over", "upon", "about", "after", "before", "than", "that", "amid",
         "among", "under", "until", "while", "when", "where", "between", "against", "during", "without", "through"}


def title_case(text: str) -> bool:
    """Whether a line or sentence is in title case ("Jane Roe Quits Club After Ten Years"): nearly every
    word of four letters or more capitalised, of three or more, and none in lower case but small ones."""
    words = LONG_WORD.findall(text)
    return len(words) >= 3 and sum(w[0].isupper() for w in words) >= 0.75 * len(words) \
        and all(w[0].isupper() or w.lower() in SMALL for w in words)


def in_lines(lines: list[tuple[int, int]], start: int, end: int) -> bool:
    """Whether the span lies within one of `lines` ((start, end) pairs, sorted)."""
    k = bisect.bisect_right(lines, (start, float("inf"))) - 1
    return k >= 0 and lines[k][0] <= start and end <= lines[k][1]


WORD = re.compile(r"[^\W\d_][\w'’.-]*")
OPENS = set(".!?:;\"“‘'([—–") | {""}  # what comes before a word that opens a sentence (or a quote)
GRAMMAR = {"a", "an", "the", "of", "in", "on", "at", "to", "for", "by", "with", "from", "and", "or", "but", "as",
           "is", "are", "was", "were", "be", "been", "has", "have", "had", "its", "his", "her", "their", "into",
           "over", "after", "before", "up", "out", "off", "says", "said"}

CALENDAR = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february",
            "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"}

ENDINGS = ("ing", "ed", "es", "s", "d")


def sentence_case(text: str) -> str:
    """The text with its headlines (lines in title case or in capitals, no full stop at the end) written as the
    article writes each word elsewhere ("Woman Shoots Co-Workers At Bakery" -> "Woman shoots co-workers at
    bakery" where the running text says "bakery"; "TEIXEIRA JOINS YANKEES" -> "Teixeira joins Yankees"), so
    that a tagger reads capitals there as it does in running text. Only letters' case changes: offsets hold."""
    lines = [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", text)]
    heads = [(s, e) for s, e in lines if (title_case(text[s:e]) or _capitals(text[s:e]))
             and not text[s:e].rstrip().endswith(".")]  # a sentence full of names ("Gov. Ann Roe Met Bo Lee.")
    capitals = {s: _capitals(text[s:e]) for s, e in heads}
    if not heads:
        return text
    # word -> how often the running text writes it in lower case; -> its forms in capitals where not for a
    # sentence's start ("Paris", "FBI")
    lower, capital = {}, {}
    for m in WORD.finditer(text):
        if in_lines(heads, m.start(), m.start()):
            continue
        word, key = m.group(), m.group().lower()
        if word[0].islower():
            lower[key] = lower.get(key, 0) + 1
        elif word.isupper() or not opens_sentence(text, m.start()):
            capital.setdefault(key, {}).setdefault(word, 0)
            capital[key][word] += 1
    stems = set().union(*map(_stems, lower))
    out = list(text)
    for s, e in heads:
        for n, m in enumerate(WORD.finditer(text, s, e)):
            word, key = m.group(), m.group().lower()
            forms = capital.get(key, {})
            if forms and sum(forms.values()) >= lower.get(key, 0):
                new = max(forms, key=forms.get)
            elif key in lower or key in GRAMMAR or not stems.isdisjoint(_stems(key)):
                new = key if n and key not in CALENDAR else key[:1].upper() + key[1:]
            elif capitals[s]:  # a word the running text lacks: in capitals, as a headline in title case has it
                new = key[:1].upper() + key[1:]
            else:
                continue
            if len(new) == len(word):
                out[m.start():m.end()] = new
    return "".join(out)


def opens_sentence(text: str, start: int) -> bool:
    """Whether the word at `start` opens a sentence, a line or a quote, where a capital marks no name."""
    before = text[max(0, start - 40):start]
    kept = before.rstrip()
    return kept[-1:] in OPENS or "\n" in before[len(kept):]


def _stems(word: str) -> set[str]:
    """The word and what it may be without an inflection's ending, so "Dies" finds "died", "Kills" "killing"."""
    return {word} | {word[:-len(end)] for end in ENDINGS if word.endswith(end) and len(word) - len(end) >= 3}


def _capitals(line: str) -> bool:
    """Whether a line is in capitals: three or more words, all of them."""
    words = LONG_WORD.findall(line) + re.findall(r"\b[^\W\d_]{3}\b", line)
    return len(words) >= 3 and all(w.isupper() for w in words)
