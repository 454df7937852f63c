"""Rejoining fragments: small groups that the story grouping left just short of the story they belong to.

A short or oddly angled report can fall just short of its story's average link. It joins a group (of several
articles, and no fewer than its own) only when it is nearly as close to it as that group's members (and its own)
are to each other, stands out from every other group (so a fragment between two same-kind stories stays apart)
and passes a floor (so an article on a story of its own stays alone). Small whole stories are close-knit, so they
stay apart. A small group whose members each clearly belong with a different group (two reports told in one
template, of two events) straddles stories: its members join them one by one.

Average links mislead where a story has many varied reports (they dilute its average link) or a report is short
(it shares few terms with anyone). A fragment whose nearest neighbours lie nearly all in one story of several articles
is unambiguous, so it joins that story even when another group comes close on average or the story's members are
closer to each other than to it (above the floor still).
"""

from __future__ import annotations

from collections import Counter, defaultdict
from heapq import nlargest

FLOOR = 0.12  # a fragment joins a group only when this close on average ...
MARGIN = 1.5  # ... and this many times closer to it than to any other group ...
LIKENESS = 0.4  # ... and at least this share of as close as the members of either are to each other,
NEAREST = 5  # or else when, of its members' this many nearest neighbours each, ...
DRAWN = 0.9  # ... this share lie in that group


def attach_fragments(groups: list[list[int]], sims: dict[tuple[int, int], float], small: int) -> list[list[int]]:
    """The groups after each group of fewer than `small` articles that clearly belongs elsewhere has joined it,
    closest first."""
    links = _Links(groups, sims)
    while True:
        moves = [move for k, group in links.groups.items() if len(group) < small
                 for move in [links.move_for(k)] if move]
        if not moves:
            return list(links.groups.values())
        _, k, targets = max(moves)
        for i, target in targets.items():
            links.move(i, target)


class _Links:
    """Groups of articles, with each article's summed link to every group kept up to date as articles move, so
    weighing a fragment costs the groups it touches, not its members' every link."""

    def __init__(self, groups: list[list[int]], sims: dict[tuple[int, int], float]):
        self.groups = {k: list(g) for k, g in enumerate(groups)}
        self.home = {i: k for k, g in self.groups.items() for i in g}
        self.neighbours: dict[int, list[tuple[int, float]]] = defaultdict(list)
        self.to_group: dict[int, Counter] = defaultdict(Counter)
        for (i, j), s in sims.items():
            if s > 0:
                self.neighbours[i].append((j, s))
                self.neighbours[j].append((i, s))
                self.to_group[i][self.home[j]] += s
                self.to_group[j][self.home[i]] += s
        self._nearest: dict[int, int] = {}

    def move(self, i: int, target: int) -> None:
        old = self.home[i]
        for j, s in self.neighbours[i]:
            sums = self.to_group[j]
            sums[old] -= s
            if sums[old] < 1e-9:
                del sums[old]
            sums[target] += s
        self._nearest.clear()
        self.home[i] = target
        self.groups[target].append(i)
        self.groups[old].remove(i)
        if not self.groups[old]:
            del self.groups[old]

    def move_for(self, k: int) -> tuple[float, int, dict[int, int]] | None:
        """(closeness, k, the group each member of group k joins), or None when group k stays."""
        group = self.groups[k]
        target, closeness = self.belongs_with(group, k)
        if target is not None and len(self.groups[target]) >= max(2, len(group)):
            return closeness, k, {i: target for i in group}
        if len(group) < 2:
            return None
        apart = {i: self.belongs_with([i], k) for i in group}
        targets = {i: t for i, (t, _) in apart.items()}
        if None in targets.values() or len(set(targets.values())) < len(group) or \
                any(len(self.groups[t]) < 2 for t in targets.values()):
            return None
        return min(c for _, c in apart.values()), k, targets

    def belongs_with(self, members: list[int], own: int) -> tuple[int | None, float]:
        """The group that these members of group `own` clearly belong with and their average link, or (None, 0).

        A lone article drawn to the same group is no rival: two pieces of one story may be nearer each other than
        either is to the rest of it. Neither margin nor likeness is asked of members whose nearest neighbours lie
        almost all in the closest group.
        """
        links = self.average_links(members, own)
        if not links:
            return None, 0.0
        closeness, target = links[0]
        runner_up = next((s for s, c in links[1:] if len(self.groups[c]) > 1 or self.nearest(c) not in (target, own)),
                         0.0)
        knit = max(self.cohesion(members, own), self.cohesion(self.groups[target], target))
        if closeness < FLOOR or closeness < max(MARGIN * runner_up, LIKENESS * knit) and \
                self.drawn_to(members) != target:
            return None, 0.0
        return target, closeness

    def drawn_to(self, members: list[int]) -> int | None:
        """The group of at least NEAREST articles holding a DRAWN share of the members' nearest neighbours, if any:
        a smaller group could hold most of anyone's few nearest neighbours, and a group whose members are each
        other's nearest neighbours is drawn to itself."""
        near = Counter(self.home[j] for i in members for j, _ in nlargest(NEAREST, self.neighbours[i],
                                                                          key=lambda js: js[1]))
        if not near:
            return None
        group, count = near.most_common(1)[0]
        return group if count >= DRAWN * sum(near.values()) and len(self.groups[group]) >= NEAREST else None

    def nearest(self, k: int) -> int:
        """The group that group k has the highest average link to (it has one: it is linked to a group)."""
        if k not in self._nearest:
            self._nearest[k] = self.average_links(self.groups[k], k)[0][1]
        return self._nearest[k]

    def average_links(self, members: list[int], own: int) -> list[tuple[float, int]]:
        """The members' average link to each other group they have a link to, closest first."""
        totals: Counter = Counter()
        for i in members:
            totals.update(self.to_group[i])
        totals.pop(own, None)
        return sorted(((t / (len(members) * len(self.groups[c])), c) for c, t in totals.items()), reverse=True)

    def cohesion(self, members: list[int], own: int) -> float:
        """Average link between the members of group `own` (members: the whole group, or one article: 0)."""
        if len(members) < 2:
            return 0.0
        return sum(self.to_group[i][own] for i in members) / (len(members) * (len(members) - 1))  # pairs count twice
