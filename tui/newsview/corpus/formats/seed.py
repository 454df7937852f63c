"""The seed format: a first line ` date YYYY-MM-DD <rest>`, where the rest is a photo
credit (`REUTERS/Jane Doe`) or the start of the body, often with a dateline."""

from __future__ import annotations

import re

from newsview.corpus.formats.base import FormatError, Record
from newsview.corpus.datelines import split_dateline

HEADER = re.compile(r"^\ufeff?[ \t]*date[ \t]+(\d{4}-\d{2}-\d{2})\b[ \t]*(.*)$", re.MULTILINE)
# A credit is short, has no sentence punctuation and names an agency or photographer: "AP Photo/X", "Getty Images".
CREDIT = re.compile(r"^(?:[A-Z][\w.&'-]*(?:[ /][\w.&'-]+){0,6}/[\w.&' -]+"
                    r"|(?:Getty Images|AFP|AP|Reuters|EPA)\b.{0,40})$")


def sniff(head: str) -> bool:
    match = HEADER.match(head)
    return bool(match) and match.start() == 0


def parse(content: str) -> list[Record]:
    match = HEADER.match(content)
    if not match:
        raise FormatError("the first line is not ' date YYYY-MM-DD ...'")
    date, rest = match.group(1), match.group(2).strip()
    body = content[match.end():]
    credit = dateline = outlet = None
    if rest and CREDIT.match(rest) and not rest.endswith((".", "?", "!", '"')):
        credit = rest
        text = body.lstrip("\r\n")
    else:
        text = (rest + body) if rest else body.lstrip("\r\n")
        dateline, outlet = split_dateline(text)
    return [Record(text=text, date=date, credit=credit, dateline=dateline, outlet=outlet)]
