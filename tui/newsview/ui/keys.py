"""Bindings read back for people: the help screen and the command palette both list them from `BINDINGS`,
with the user's keymap applied, so neither can drift from what the keys really do."""

from __future__ import annotations

from difflib import get_close_matches
from functools import partial
from typing import Callable, Iterable

from textual.app import App, SystemCommand
from textual.binding import ActiveBinding, Binding
from textual.dom import DOMNode


# `ui.keys` presets: keymaps laid under the user's `ui.keymap`. Arrows and j/k/h/l/g/G work in both;
# vim adds its paging keys.
PRESETS: dict[str, dict[str, str]] = {
    "default": {},
    "vim": {"page_down": "ctrl+f,ctrl+d,space,pagedown", "page_up": "ctrl+b,ctrl+u,b,pageup"},
}


SCROLLS = (("j,down", "down", "Down", "down"), ("k,up", "up", "Up", "up"), ("g,home", "home", "Top", "top"),
           ("G,end", "end", "Bottom", "bottom"), ("space,pagedown", "page_down", "Page down", "page_down"),
           ("b,pageup", "page_up", "Page up", "page_up"))  # (keys, way, description, binding id)


def scroll_bindings(action: Callable[[str], str]) -> list[Binding]:
    """The keys that scroll, alike wherever a body scrolls (an article, the help), each bound to `action(way)`,
    way being down, up, home, end, page_down or page_up; one binding id per way, for the user's keymap."""
    return [Binding(keys, action(way), description, show=False, id=binding_id)
            for keys, way, description, binding_id in SCROLLS]


def own_bindings(cls: type) -> list[Binding]:
    """The bindings a class declares itself (not those it inherits from Textual)."""
    return [b for b in cls.__dict__.get("BINDINGS", ()) if isinstance(b, Binding)]


def keys_of(app: App, binding: Binding) -> str:
    keys = app._keymap.get(binding.id, binding.key) if binding.id else binding.key
    return " ".join(app.get_key_display(Binding(k.strip(), "")) for k in keys.split(","))


def said(binding: Binding) -> str:
    """What a binding does, in full: its tooltip where the footer's description is cut short to fit."""
    return binding.tooltip or binding.description or binding.action


def key_rows(app: App, cls: type) -> list[tuple[str, str, str]]:
    """(keys, what, binding id) for each binding of a class."""
    return [(keys_of(app, b), said(b), b.id or "") for b in own_bindings(cls)]


def keymap_problems(keymap: dict[str, str], sections: list[tuple[str, type]],
                    laid_under: dict[str, str] | None = None) -> dict[str, str]:
    """binding id -> what is wrong with the user's keymap entry for it: an id no binding has (a typo bound
    nothing, silently), or a key that the rebinding gives two bindings of one place (the first declared would win,
    and the other key would seem broken). The first section's keys act everywhere; `laid_under`: the preset keymap
    beneath the user's."""
    everywhere = own_bindings(sections[0][1])
    known = {b.id for _, cls in sections for b in own_bindings(cls) if b.id}
    problems = {}
    for binding_id in keymap:
        if binding_id not in known:
            near = get_close_matches(binding_id, known, n=1)
            problems[binding_id] = "no binding has this id" + (f" (did you mean {near[0]}?)" if near else "") + \
                "; the help screen (?) lists every id"
    effective = {**(laid_under or {}), **keymap}
    for title, cls in sections:
        owners: dict[str, list[Binding]] = {}
        for binding in dict.fromkeys([*own_bindings(cls), *everywhere]):  # the app's own section lists them once
            for key in effective.get(binding.id, binding.key).split(","):
                owners.setdefault(key.strip(), []).append(binding)
        for key, bindings in owners.items():
            ids = list(dict.fromkeys(b.id for b in bindings))
            for binding_id in (i for i in ids if i in keymap and i not in problems and len(ids) > 1):
                other = next(b for b in bindings if b.id != binding_id)
                problems[binding_id] = f"{key!r} is already “{said(other)}”" + \
                    (f" ({other.id})" if other.id else "") + f" in {title.lower()}"
    return problems


def on_screen(node: DOMNode) -> bool:
    """Whether the reader can see the node: not hidden itself nor inside something hidden (a closed search box,
    an inactive panel tab, a column not chosen)."""
    return all(n.display for n in node.ancestors_with_self)


def commands(app: App, nodes: Iterable[DOMNode], places: dict[type, str]) -> Iterable[SystemCommand]:
    """A palette command for each described binding of the given live nodes that are newsview's own and on screen
    (so no text-editing commands of a closed search box, nor the table keys a subclass restates), each run in its
    node's namespace. Its help line gives the keys
    and the place it acts on (`places`: class -> name), which tells apart the article's Down from a list's."""
    seen = set()
    for node in nodes:
        if type(node) in seen or not type(node).__module__.startswith("newsview.") or not on_screen(node):
            continue
        seen.add(type(node))
        place = places.get(type(node))
        for binding in filter(lambda b: b.description, own_bindings(type(node))):  # none: a widget's own keys
            yield SystemCommand(said(binding),
                                keys_of(app, binding) + (f"  ·  {place}" if place else ""),
                                partial(node.run_action, binding.action))


def in_declared_order(active: dict[str, ActiveBinding]) -> dict[str, ActiveBinding]:
    """Active bindings in the order their classes declare them. Textual appends the keys a keymap rebinds (even to
    the same key, as `config.example.yaml` does), which moved them to the footer's end and split a group: one
    rebound key of n/N made "n N Difference" two long entries, one past `? Help`."""
    namespaces = list(dict.fromkeys(a.node for a in active.values()))
    declared = {ns: [b.id or b.action for bs in ns._bindings.key_to_bindings.values() for b in bs]
                for ns in namespaces}

    def rank(item: tuple[str, ActiveBinding]) -> tuple[int, int]:
        namespace, binding = item[1].node, item[1].binding
        names = declared[namespace]
        name = binding.id or binding.action
        return namespaces.index(namespace), names.index(name) if name in names else len(names)

    return dict(sorted(active.items(), key=rank))


class DeclaredOrder:
    """A screen whose footer lists its keys in their declared order, keymap or not."""

    @property
    def active_bindings(self) -> dict[str, ActiveBinding]:
        return in_declared_order(super().active_bindings)
