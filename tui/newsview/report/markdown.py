"""The comparison as Markdown, for people: the same model as the JSON, in reading order."""

from __future__ import annotations

import re
from collections import defaultdict

from newsview.analysis.model import Comparison, Statement
from newsview.analysis.quotes import MARKS, STRAIGHT
from newsview.sanitize import clean

STATUS = {"shared": "= shared", "conflict": "≠ conflict", "only": "· only"}


def _md(text: str | None) -> str:
    """Untrusted text as inert Markdown on one line."""
    text = re.sub(r"\s+", " ", clean(text or "")).strip()
    return re.sub(r"([\\`*_\[\]<>|#])", r"\\\1", text)


def _short(text: str, limit: int = 160) -> str:
    text = _md(text)
    return text if len(text) <= limit else text[:limit].rsplit(" ", 1)[0] + " …"


def _quoted(st: Statement) -> str:
    """What was said, in quote marks; a partial quote inside reported speech brings its own (so none of ours
    pairs with one of the article's), and one it opens and the content cuts off before closing is closed."""
    text = _short(st.content.text)
    if st.kind != "mixed":
        return f"“{text}”"
    marks = MARKS.findall(st.content.text)
    return text + ('"' if marks[-1] == STRAIGHT else "”") if len(marks) % 2 else text


def to_markdown(c: Comparison) -> str:
    label = {a.id: _md(a.outlet or a.id) for a in c.articles}
    out = ["# Comparison", ""]
    out += ["| | Outlet | Date | Title | Words |", "|---|---|---|---|---|"]
    for n, a in enumerate(c.articles, 1):
        out.append(f"| {n} | {label[a.id]} | {a.date or '—'} | {_md(a.title)} | {a.words:,} |")
    if c.warnings:
        out += ["", "**Warnings**", ""] + [f"- {_md(w)}" for w in c.warnings]
    out += ["", "## Summary", ""]
    many = len(c.articles) > 2
    for s in c.summaries():
        quoted = ", ".join(_md(q) for q in s.quoted[:6]) or "nobody"
        with_all = f" ({s.with_all} with all {len(c.articles)})" if many else ""
        out.append(f"- **{label[s.article]}**: {s.shared} shared{with_all}, {s.conflict} conflicting, {s.only} only "
                   f"here; {s.entities_in_common} entities in common; quotes {quoted}")

    outlets = " | ".join(label[a.id] for a in c.articles)
    out += ["", "## Entities", "", f"| Entity | Type | {outlets} | Also written |",
            "|---|---|" + "---|" * len(c.articles) + "---|"]
    for e in (e for e in c.entities if e.named):
        counts = e.counts()
        aliases = ", ".join(_md(x) for x in e.names if x != e.name)
        out.append(f"| {_md(e.name)} | {e.type} | " + " | ".join(str(counts.get(a.id, 0) or "") for a in c.articles)
                   + f" | {aliases} |")

    out += ["", "## Statements", ""]
    by_speaker = defaultdict(list)
    for st in c.statements:
        entity = c.entity(st.speaker.entity)
        by_speaker[entity.name if entity else (st.speaker.text or "unattributed")].append(st)
    for speaker, sts in sorted(by_speaker.items(), key=lambda kv: -len(kv[1])):
        out.append(f"### {_md(speaker)}")
        for st in sts:
            carried = sorted({label[o.article] for o in c.statements if o.id in st.matches})
            shared = f" — also in {', '.join(carried)}" if carried else ""
            out.append(f"- [{label[st.article]}] *{_md(st.cue)}* ({st.kind}): {_quoted(st)}{shared}")
        out.append("")

    out += ["## Facts", ""]
    for status in ("conflict", "shared"):
        facts = [f for f in c.facts if f.status == status]
        if not facts:
            continue
        out += [f"### {STATUS[status]} ({len(facts)})", ""]
        for f in facts:
            outlets = ", ".join(label[a] for a in f.articles)
            reach = f" — {len(f.articles)} of {len(c.articles)}" if many else ""
            out.append(f"- **{outlets}**{reach} (score {f.score:.2f})")
            for m in f.members:
                out.append(f"  - {label[m.article]}: {_short(m.text, 240)}")
            for conflict in f.conflicts:
                values = "; ".join(f"{label[k]}: “{_md(v)}”" for k, v in conflict.values.items())
                what = f"{conflict.about} differ" if conflict.about else f"{conflict.kind} differs"
                out.append(f"  - **{what}**: {values}")
        out.append("")
    return "\n".join(out + _only_facts(c, label)).rstrip() + "\n"


def _only_facts(c: Comparison, label: dict[str, str]) -> list[str]:
    """What one article alone reports, under that article: its outlet said once, not on every line."""
    only = [f for f in c.facts if f.status == "only"]
    out = [f"### {STATUS['only']} ({len(only)})", ""] if only else []
    for a in c.articles:
        mine = [f.members[0] for f in only if f.articles == (a.id,)]
        if mine:
            out += [f"#### {label[a.id]} ({len(mine)})", ""] + [f"- {_short(m.text, 240)}" for m in mine] + [""]
    return out
