"""Names one article's tagger found, looked for in every article of a comparison.

The tagger finds a name in one sentence and misses it in the next, above all
in headlines ("COLTS TOP CHIEFS", "Saints Suffer Injury"). How often an outlet
names someone should not hang on that, so each occurrence of a name tagged
anywhere in the comparison, as written or in capitals, is a mention of it. A
one-word name counts only where the articles never write it in lower case:
"Species" or "Administration" in a headline is a common word, "Colts" is not.
Only names tagged in running text are looked for: in a headline the tagger
runs names into the words after them ("Lindsay Lohan Checks Into Rehab"), and
such a run is cut to the known name it begins with. Where the tagger took
only words inside a known name ("Egypt" of "Telecom Egypt"), those rows
become the name. A one-word "person" only ever cited ("on Twitter", "told
People"), or named like a news outlet, is a medium. A title-case line's "name"
of words the articles write in lower case ("Prison Escapee") is a description,
as is such a word opening a sentence ("Filmmaker says"); so is a capitalised
word of a title-case line that the parse left out and running text uses for a
named person ("Actress Jo Roe Dies"); a name and the noun after it that spell a known name
in lower case ("the Indian navy") are that name. A name "A and B" tagged less
often than A and B each is those two names.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict

from newsview.analysis.casing import in_lines, opens_sentence, title_case
from newsview.analysis.entities import end_of_chain
from newsview.analysis.names import TITLES
from newsview.analysis.model import NAMED_TYPES, TITLE_TYPES
from newsview.analysis.references import NOMINAL, PERSONAL, PRONOUN, reference_row
from newsview.corpus.outlets import KNOWN as KNOWN_OUTLETS

LOOKED_FOR = NAMED_TYPES + TITLE_TYPES + ("PRODUCT",)
LOWER_WORD = re.compile(r"\b[a-z][a-z'-]*\b")
CAPITAL_WORD = re.compile(r"\b[A-Z][a-z'-]*\b")
WORD = re.compile(r"\w+")
CITING = re.compile(r"\b(?:[Oo]n|told|[Tt]o|via) $")  # the words before a medium the article cites: "said on Twitter"
TOLD = re.compile(r"\btold $")  # "told HuffPost": an outlet, whatever the tagger made of it
# the nouns after a medium: "a Twitter post", "his Twitter and Facebook profiles"
MEDIUM_NOUN = re.compile(r"(?: and [A-Z]\w+)? (?:accounts?|feeds?|posts?|pages?|handles?|videos?|profiles?)\b")
OUTLET_WORD = re.compile("|".join(re.escape(o) for o in KNOWN_OUTLETS if WORD.fullmatch(o))  # "Politico"
                         + r"|[KW][A-Z]{2,3}")  # a broadcaster's call sign: "KTVI", "WCCO"
TAKEN_IN = "TAKEN_IN"  # the label of a name row inside a longer known name: no mention of its own


def add_known_names(mentions: dict[str, list[list]], texts: dict[str, str]) -> dict[str, list[list]]:
    """Each article's mention rows, with [start, end, label, text] added for every untagged occurrence of a
    name tagged in any article. Rows are only appended: the links between rows (by index) hold."""
    labels: dict[str, Counter] = defaultdict(Counter)
    within: set[str] = set()  # names tagged inside a sentence, where a capital is no sentence's
    headlines = {article: _title_case_lines(text) for article, text in texts.items()}
    for article, rows in mentions.items():
        for start, end, label, text, *_ in rows:
            if label in LOOKED_FOR and not in_lines(headlines[article], start, start):
                labels[text][label] += 1
                if not opens_sentence(texts[article], start):
                    within.add(text)
    within |= {word for name in labels if " " in name for word in WORD.findall(name)}
    common = Counter(w for t in texts.values() for w in LOWER_WORD.findall(t))  # how often, for _capitalised_nouns
    capitals = Counter(w for t in texts.values() for w in CAPITAL_WORD.findall(t))
    by_first: dict[str, list[tuple[str, str]]] = defaultdict(list)  # first word -> (name, label), longest first
    pairs = _pairs(labels)
    for name, votes in labels.items():
        if _findable(name, common) and name not in pairs:
            label = votes.most_common(1)[0][0]
            for form in {name, name.upper()}:
                by_first[WORD.match(form).group()].append((form, label))
    for names in by_first.values():
        names.sort(key=lambda n: -len(n[0]))
    lowered = {name.lower(): votes.most_common(1)[0][0] for name, votes in labels.items() if " " in name}
    people = _person_nouns(mentions)
    out = {}
    for article, rows in mentions.items():
        rows = _capitalised_nouns(texts[article], _cut_at_known_names(rows, headlines[article], by_first),
                               headlines[article], labels, within, common, capitals)
        rows = _parted(rows, pairs)
        added, widened = _occurrences(texts[article], rows, by_first)
        added += _headline_people(texts[article], rows + added, headlines[article], people)
        out[article] = _named_nouns(texts[article], _widen(texts[article], rows, widened), lowered) + added
    return _media(out, texts)


def _named_nouns(text: str, rows: list[list], lowered: dict[str, str]) -> list[list]:
    """The rows, a name and the description right after it that together spell a known name in other case ("the
    Indian navy" of the "Indian Navy") that name, the description standing for it; new lists, as the rows are
    cached."""
    ending = {row[1]: k for k, row in enumerate(rows) if len(row) == 4 and row[2] in LOOKED_FOR}
    out = rows
    for k, row in enumerate(rows):
        j = ending.get(row[0] - 1) if row[2] == NOMINAL and row[4] is None else None
        if j is None or text[row[0] - 1] != " " or (label := lowered.get(text[rows[j][0]:row[1]].lower())) is None:
            continue
        out = list(rows) if out is rows else out
        out[j] = [rows[j][0], row[1], label, text[rows[j][0]:row[1]]]
        out[k] = [*row[:4], j, False, *row[6:]]
    return out


def _media(mentions: dict[str, list[list]], texts: dict[str, str]) -> dict[str, list[list]]:
    """The rows, a one-word "person" labelled a group where every article reads it only as a medium it cites,
    after "on", "told", "to" or "via" ("said on Twitter", "told People") or before a medium's noun ("his Twitter
    account") with no "he" or "she" referring back to it, or names a news outlet ("Politico reported", "affiliate
    KTVI"), and no person's name holds it: the tagger took it for a person as it takes a capitalised word it does
    not know (and a pronoun resolved to a news outlet was resolved wrong). So is a "product" only ever told
    something ("told HuffPost") or named like an outlet."""
    people = {w for rows in mentions.values() for row in rows if row[2] == "PERSON" and " " in row[3]
              for w in row[3].split()}
    cited: dict[str, bool] = {}
    for article, rows in mentions.items():
        text = texts[article]
        referred = {row[4] for row in rows if len(row) > 4 and row[4] is not None and row[3].lower() in PERSONAL}
        for k, row in enumerate(rows):
            if row[2] in ("PERSON", "PRODUCT") and WORD.fullmatch(row[3]):
                cites = CITING if row[2] == "PERSON" else TOLD  # a product one posts on or switches to is a product
                citing = k not in referred and (cites.search(text, max(0, row[0] - 6), row[0]) is not None
                                                or row[2] == "PERSON" and MEDIUM_NOUN.match(text, row[1]) is not None)
                cited[row[3]] = cited.get(row[3], True) and (citing or OUTLET_WORD.fullmatch(row[3]) is not None)
    media = {name for name, only in cited.items() if only and name not in people}
    if not media:
        return mentions
    return {article: [[*row[:2], "ORG", *row[3:]] if row[2] in ("PERSON", "PRODUCT") and row[3] in media else row
                      for row in rows]
            for article, rows in mentions.items()}


def _widen(text: str, rows: list[list], widened: dict[int, list]) -> list[list]:
    """The rows with the widened names in, and a description that began inside one ("Pie star" of "American
    Pie star" where the tagger took "American" alone) begun after it; new lists, as the rows are cached."""
    if not widened:
        return rows
    rows = list(rows)
    for k, row in widened.items():
        rows[k] = row
    spans = [(row[0], row[1]) for row in widened.values() if row[2] != TAKEN_IN]
    for k, row in enumerate(rows):
        if row[2] in (NOMINAL, PRONOUN) and (end := next((e for s, e in spans if s < row[0] < e < row[1]), None)):
            start = end + len(text[end:row[1]]) - len(text[end:row[1]].lstrip(" \t\n\"'’”:,-"))
            rows[k] = [start, row[1], row[2], text[start:row[1]], *row[4:]]
    return rows


def _cut_at_known_names(rows: list[list], headlines: list[tuple[int, int]],
                        by_first: dict[str, list[tuple[str, str]]]) -> list[list]:
    """The rows, where a title-case line ran a name into the words after it ("Lindsay Lohan Checks Into
    Rehab") cut to the longest known name the tagged run begins with; new lists, as the rows are cached."""
    out = rows
    for k, row in enumerate(rows):
        first = WORD.match(row[3]) if row[2] in LOOKED_FOR and in_lines(headlines, row[0], row[0]) else None
        names = by_first.get(first.group(), ()) if first else ()
        if any(name == row[3] for name, _ in names):
            continue
        known = next(((name, label) for name, label in names if row[3].startswith(name + " ")), None)
        if known:
            out = list(rows) if out is rows else out
            out[k] = [row[0], row[0] + len(known[0]), known[1], known[0], *row[4:]]
    return out


def _pairs(named: dict[str, Counter]) -> dict[str, tuple[str, str, str, str]]:
    """Name -> (first, its label, second, its label) of each name "A and B" that running text tags less often
    than it tags A and B each ("Philly and Cheeks", "People and Us Weekly"): two names the tagger ran into one
    by their "and"."""
    out = {}
    for name, votes in named.items():
        if " and " in name:
            first, second = name.split(" and ", 1)
            parts = named.get(first, Counter()), named.get(second, Counter())
            if first != second and parts[0].total() > votes.total() < parts[1].total():  # not "Johnson and Johnson"
                out[name] = (first, parts[0].most_common(1)[0][0], second, parts[1].most_common(1)[0][0])
    return out


def _parted(rows: list[list], pairs: dict[str, tuple[str, str, str, str]]) -> list[list]:
    """The rows, a pair of names run into one (see `_pairs`) cut to its first, and a row for its second added
    after them all; new lists, as the rows are cached."""
    out, seconds = rows, []
    for k, row in enumerate(rows):
        if row[2] in LOOKED_FOR and len(row) == 4 and (pair := pairs.get(row[3])):
            first, first_label, second, second_label = pair
            out = list(rows) if out is rows else out
            out[k] = [row[0], row[0] + len(first), first_label, first]
            seconds.append([row[1] - len(second), row[1], second_label, second])
    return out + seconds


def _capitalised_nouns(text: str, rows: list[list], headlines: list[tuple[int, int]], named: dict[str, Counter],
                    within: set[str], common: Counter, capitals: Counter) -> list[list]:
    """The rows, a "name" whose every word the articles write in lower case a description: one a title-case line
    holds that no running text tags ("Prison Escapee", "Suspended Worker"), or a word opening a sentence that
    no sentence tags inside it nor a longer name holds, and that the articles write in lower case as often as
    capitalised ("Filmmaker says he", "Flames and smoke"; not "Apple said" of a story on Apple); new lists, as
    the rows are cached."""
    out = rows
    for k, row in enumerate(rows):
        if row[2] in LOOKED_FOR and len(row) == 4 and all(word.lower() in common for word in WORD.findall(row[3])) \
                and ((row[3] not in named and in_lines(headlines, row[0], row[1]))
                     or (row[3] not in within and WORD.fullmatch(row[3]) and opens_sentence(text, row[0])
                         and common[row[3].lower()] >= capitals[row[3]])):
            out = list(rows) if out is rows else out
            out[k] = reference_row(row[0], row[1], NOMINAL, row[3])
    return out


def _person_nouns(mentions: dict[str, list[list]]) -> set[str]:
    """Nouns the comparison's running text uses for a named person ("the teen ... Kimani Gray"): the head of a
    description linked to a person's name, in two articles or more, as a link may slip in one."""
    said: dict[str, set[str]] = defaultdict(set)
    for article, rows in mentions.items():
        for k, row in enumerate(rows):
            if row[2] == NOMINAL and end_of_chain(rows, k)[2] == "PERSON":
                said[row[3].split()[-1].lower()].add(article)
    return {noun for noun, articles in said.items() if len(articles) >= 2}


def _headline_people(text: str, rows: list[list], headlines: list[tuple[int, int]], people: set[str]) -> list[list]:
    """A description's row (see references.reference_row) for each capitalised word of a title-case line that
    no row covers and that the running text uses for a person ("Vigil For Teen Shot By Police"): the parse
    takes it for a proper noun and finds no description there; `entities` gives it to the one its article is
    about."""
    out = []
    for start, end in headlines:
        taken = [(row[0], row[1]) for row in rows if row[0] < end and row[1] > start]
        for word in WORD.finditer(text, start, end):
            if word.group()[:1].isupper() and word.group().lower() in people \
                    and not any(s < word.end() and word.start() < e for s, e in taken):
                out.append(reference_row(word.start(), word.end(), NOMINAL, word.group()))
    return out


def _occurrences(text: str, rows: list[list], by_first: dict[str, list[tuple[str, str]]]) \
        -> tuple[list[list], dict[int, list]]:
    """[start, end, label, text] of each known name in `text` that no name or value row covers, found word by
    word, as a name begins with a word; and row index -> its new row, where a known name of several words
    holds name rows and nothing else ("Telecom" and "Egypt" tagged in "Telecom Egypt", a company another
    article names): the first becomes the name, the others are taken in."""
    owner: list[int | None] = [None] * (len(text) + 1)  # character -> the name or value row over it
    for k, row in enumerate(rows):
        if row[2] not in (NOMINAL, PRONOUN):
            owner[row[0]:row[1]] = [k] * (row[1] - row[0])
    out, widened, after = [], {}, 0
    for word in WORD.finditer(text):
        start = word.start()
        if start < after or word.group() not in by_first:
            continue
        for name, label in by_first[word.group()]:
            end = start + len(name)
            if not text.startswith(name, start) or text[end:end + 1].isalnum():
                continue
            inside = set(owner[start:end]) - {None}
            if not inside:
                out.append([start, end, label, name])
            elif " " in name and name.split()[-1].lower().rstrip(".") not in TITLES \
                    and (held := _held(rows, inside, start, end)):  # not a run into a title ("Alaska Gov.")
                widened[held[0]] = [start, end, label, name]
                widened.update({k: [*rows[k][:2], TAKEN_IN, rows[k][3]] for k in held[1:]})
            else:
                continue
            after = end
            break
    return out, widened


def _held(rows: list[list], inside: set[int], start: int, end: int) -> list[int]:
    """The name rows that lie inside start..end and short of it, if the rows over it are those alone."""
    held = sorted(inside)
    if all(start <= rows[k][0] and rows[k][1] <= end and (rows[k][0], rows[k][1]) != (start, end)
           and rows[k][2] in LOOKED_FOR for k in held):
        return held
    return []


def _title_case_lines(text: str) -> list[tuple[int, int]]:
    """(start, end) of the lines in title case."""
    out, start = [], 0
    for line in text.split("\n"):
        if title_case(line):
            out.append((start, start + len(line)))
        start += len(line) + 1
    return out


def _findable(name: str, common: Counter) -> bool:
    """A name safe to look for as a string: capitalised, and with more than one word or not a common word."""
    if not name[:1].isupper() or len(name) < 3:
        return False
    return " " in name or name.lower() not in common
