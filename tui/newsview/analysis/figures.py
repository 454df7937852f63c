"""What a figure says however it is written: "$1 million", "$US1 million" and "one-million dollars" are one
amount, "80%" and "80 percent" one share, "twenty" and "20", "a hundred" and "100", "half" and "1/2" one number;
"euro30 billion" is no dollar amount."""

from __future__ import annotations

import re

ONES = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
        "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"]
TENS = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
WORDS = {**{w: n for n, w in enumerate(ONES)}, **{w: 20 + 10 * n for n, w in enumerate(TENS)}, "dozen": 12,
         "half": 0.5}
SCALES = {"hundred": 1e2, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12, "bn": 1e9}
UNITS = {"$": "$", "dollar": "$", "dollars": "$", "us": "$", "usd": "$", "€": "€", "euro": "€", "euros": "€",
         "£": "£", "pound": "£", "pounds": "£", "%": "%", "percent": "%", "pct": "%"}
CURRENCIES = ("$", "€", "£")
TOKEN = re.compile(r"\d+/\d+|\d+(?:,\d{3})*(?:\.\d+)?|[a-z]+|[$€£%]")


def figure(text: str) -> tuple[str, float] | None:
    """(unit, value) of a figure ("$", 1e6 for "$1 million"), the unit "" where it gives none; None when it holds
    no number or more than one ("52-3", "between 10 and 12")."""
    value, unit, numbers = None, "", 0
    for tok in TOKEN.findall(text.lower().replace("per cent", "percent")):
        if tok[0].isdigit() or tok in WORDS:
            numbers += 1
            value = _number(tok)
        elif tok in SCALES and value is None:  # "a hundred"
            numbers, value = 1, SCALES[tok]
        elif value is not None and (tok in SCALES or tok == "m" and unit in CURRENCIES):  # "£5m": millions
            value *= SCALES.get(tok, 1e6)
        elif tok in UNITS:
            unit = UNITS[tok]
    return (unit, value) if numbers == 1 else None


def _number(token: str) -> float:
    if "/" in token:  # "1/2"
        over, under = token.split("/")
        return int(over) / int(under) if int(under) else float(over)
    return float(token.replace(",", "")) if token[0].isdigit() else float(WORDS[token])


def differ(a: str, b: str) -> bool | None:
    """Whether two figures give different numbers: None when either cannot be read, False for amounts in two
    currencies, which may well be one amount."""
    fa, fb = figure(a), figure(b)
    if fa is None or fb is None:
        return None
    if fa[0] and fb[0] and fa[0] != fb[0]:
        return False
    return abs(fa[1] - fb[1]) > 1e-9 * max(abs(fa[1]), abs(fb[1]), 1)
