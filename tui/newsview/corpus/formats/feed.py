"""RSS and Atom feeds, one article per entry, through feedparser: a saved feed is how many readers keep
the news of several outlets. An entry's text is its full content where the feed carries it, else its
summary; its outlet is the source an aggregator names, else the feed's own title less the section."""

from __future__ import annotations

import datetime as dt
import re

from newsview.corpus.formats.base import FormatError, Record
from newsview.corpus.outlets import listed_outlet

SNIFF = re.compile(r"\A\ufeff?\s*(?:<\?[^>]*\?>\s*|<!--.*?-->\s*)*<(?:rss|feed|rdf:RDF)\b", re.DOTALL)
BLOCKS = ("p", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "tr", "dd", "dt", "section",
          "article")
NOT_TEXT = ("figure", "figcaption", "img", "script", "style", "iframe", "noscript", "video", "audio", "aside")
DECLARATION = "<?xml version='1.0' encoding='utf-8'?>"
SECTION = re.compile(r"\s+[-–—|>»]\s+|:\s+")  # "NYT > World", "World news | The Guardian", "Reuters: World"


def sniff(head: str) -> bool:
    return bool(SNIFF.match(head))


def parse(content: str) -> list[Record]:
    import feedparser  # only when a feed is loaded

    if not content.lstrip("\ufeff \t\r\n").startswith("<?xml"):
        content = DECLARATION + content  # else feedparser adds one on a line of its own, and errors' lines are off
    feed = feedparser.parse(content)
    outlet = feed_outlet(feed.feed.get("title") or "")
    records = [Record(text=_text(entry), title=(entry.get("title") or "").strip() or None,
                      outlet=(entry.get("source") or {}).get("title") or outlet, date=_date(entry),
                      url=entry.get("link") or None)
               for entry in feed.entries]
    if any(r.text for r in records):
        return records
    error = feed.get("bozo_exception")
    if hasattr(error, "getLineNumber"):  # XML the parser could not read past
        raise FormatError(f"not a valid RSS or Atom feed at line {error.getLineNumber()}: {error.getMessage()}")
    raise FormatError("no entry of the feed has text (only titles and links)" if records else "the feed has no entries")


def feed_outlet(title: str) -> str | None:
    """The publisher a feed's title names: the part that is a well-known outlet ("World News | The Guardian"),
    else the first ("NYT > Top Stories")."""
    parts = [p.strip() for p in SECTION.split(title) if p.strip()]
    return next((found for p in parts if (found := listed_outlet(p))), parts[0] if parts else None)


def _text(entry) -> str:
    """The entry's words: its longest content, else its summary, as plain text."""
    bodies = sorted(entry.get("content") or [], key=lambda c: len(c.get("value") or ""))
    body = bodies[-1] if bodies else entry.get("summary_detail") or {"value": entry.get("summary") or ""}
    value = body.get("value") or ""
    return plain(value) if "html" in (body.get("type") or "text/html") else value.strip()


def plain(fragment: str) -> str:
    """An entry's HTML as paragraphs of text. The fragment is the article's body already, so all of it is
    kept (a page's extractor would take a short one for boilerplate) but for figures, embeds and a
    paragraph that is only a link ("Continue reading...")."""
    from lxml import html

    if not fragment.strip():
        return ""
    root = html.fragment_fromstring(fragment, create_parent="div")
    for el in list(root.iter(*NOT_TEXT)):
        el.drop_tree()
    for el in list(root.iter(*BLOCKS)):
        links = el.findall(".//a")
        if len(links) == 1 and links[0].text_content().strip() == el.text_content().strip():
            el.drop_tree()
    for el in root.iter("br", *BLOCKS):
        el.tail = "\n\n" + (el.tail or "")
        if el.tag != "br":
            el.text = "\n\n" + (el.text or "")
    paragraphs = (" ".join(p.split()) for p in re.split(r"\n\s*\n", root.text_content()))
    return "\n\n".join(p for p in paragraphs if p)


def _date(entry) -> str | None:
    parsed = entry.get("published_parsed") or entry.get("updated_parsed")
    return dt.date(*parsed[:3]).isoformat() if parsed else None
