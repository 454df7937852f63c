"""Which outlet published an article, when no metadata says.

Only phrases that point at the publisher count: a dateline's `(ABC News)`, a source
speaking *to* the outlet (`told Newsweek`, `in a statement to CNN`). A source the
article cites (`according to Reuters`, `Reuters reported`) and a photo credit do not,
and an outlet the article also cites is taken for a source, not the publisher
(an aggregator writes "Trump told NBC News ..." and "NBC further notes ...").
"""

from __future__ import annotations

import re

from newsview.corpus.datelines import split_dateline

KNOWN = (
    "ABC News", "AFP", "Al Jazeera", "Associated Press", "Axios", "BBC", "BBC News", "Bloomberg", "BuzzFeed News",
    "CBS News", "CNBC", "CNN", "Daily Beast", "Daily Mail", "Financial Times", "Fox News", "HuffPost",
    "Los Angeles Times", "MSNBC", "NBC News", "NPR", "Newsweek", "Politico", "ProPublica", "Reuters", "Slate",
    "The Atlantic", "The Guardian", "The Hill", "The Independent", "The Intercept", "The New York Times",
    "The New Yorker", "The Telegraph", "The Wall Street Journal", "The Washington Post", "Time", "USA Today",
    "Vox", "Yahoo News",
)
OUTLET_WORDS = (r"(?:News|Times|Post|Journal|Press|Herald|Tribune|Guardian|Telegraph|Gazette|Magazine|Daily|Radio|TV|"
                r"Network|Wire|Week|Chronicle|Star|Observer)")
NAME = r"(?:The )?[A-Z][\w&.'-]*(?: [A-Z][\w&.'-]*){0,3}"
TO_OUTLET = re.compile(
    rf"\b(?:told|telling|tells|in an? (?:interview|statement|email|e-mail) (?:with|to)|"
    rf"(?:a )?spokesperson for [\w ]+ told|reached out to|contacted by|confirmed to|said to)\s+(?P<name>{NAME})"
)


def listed_outlet(name: str) -> str | None:
    """The well-known outlet a phrase is, as it is usually written ("the Associated Press")."""
    lowered = name.strip(" .,'").casefold()
    return next((o for o in KNOWN if lowered in (o.casefold(), f"the {o.casefold()}")), None)


def _known(name: str) -> str | None:
    """The outlet a phrase names: a known outlet, or a name ending in an outlet word."""
    name = name.strip(" .,'")
    if outlet := listed_outlet(name):
        return outlet
    if re.fullmatch(rf"(?:The )?(?:[A-Z][\w&.'-]* ){{0,3}}{OUTLET_WORDS}", name):
        return name
    return None


def _cited(text: str, outlet: str) -> bool:
    """Whether the text cites the outlet in the third person: `according to X`, `X reported`, `X's`."""
    core = re.escape(re.sub(r"^The |\s+News$", "", outlet))
    cited = re.search(rf"according to (?:the )?{core}\b|\b{core}(?: News)?(?:['’]s\b|(?: and [A-Z]\w+)? "
                      rf"(?:reported|reports|notes|noted|further|said|says|poll|found|first reported))", text)
    return cited is not None


def infer_outlet(text: str) -> str | None:
    _, outlet = split_dateline(text)
    if outlet:
        return outlet
    for match in TO_OUTLET.finditer(text):
        words = match.group("name").split()
        for n in range(len(words), 0, -1):  # "told Newsweek that" -> "Newsweek"
            if found := _known(" ".join(words[:n])):
                if _cited(text, found):
                    break
                return found
    return None
