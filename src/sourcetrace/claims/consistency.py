"""No source on both sides of one claim read from two acts: a source saying one thing and
the same source denying another are two claims the clustering read as one ("Westgrid said
it was cooperating fully with investigators" beside "reports that Westgrid had ignored
warnings", which Westgrid denied: the company's name made the two alike). A source that
says and denies one act ("Russia interfered" and "Moscow did not intervene", from one
president a day apart) is shown contradicting itself, as the texts show it; one statement
read twice in one sentence, or a source taking back what it said ("retracted its statement
that P"), is no clash either. ``cluster`` keeps to it when it merges and when it joins lone
mentions to claims.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

from sourcetrace.claims.pairs import same_act

if TYPE_CHECKING:
    from sourcetrace.claims.candidates import ClaimCandidate

__all__ = ["Voices", "consistent"]


class Voices:
    """Who says and who denies the propositions of each cluster, by candidate."""

    def __init__(self, core: Sequence[ClaimCandidate]) -> None:
        self._core = core
        self.said: dict[int, dict[str, list[int]]] = defaultdict(lambda: defaultdict(list))
        self.unsaid: dict[int, dict[str, list[int]]] = defaultdict(lambda: defaultdict(list))
        self._acts: dict[tuple[int, int], bool] = {}

    def add(self, label: int, members: Iterable[int]) -> None:
        for i in members:
            c = self._core[i]
            if c.source is None or c.negated and c.withdrawn:
                continue
            # The source's key with its head noun: "U.S. officials" and "the White House"
            # share the key of their state, not a voice.
            who = f"{c.source}|{c.source_head}"
            (self.unsaid if c.negated else self.said)[label][who].append(i)

    def merge(self, keep: int, gone: int) -> None:
        for side in (self.said, self.unsaid):
            moved = side.pop(gone, {})
            for source, members in moved.items():
                side[keep][source].extend(members)

    def clash(self, a: int, b: int) -> bool:
        """Joining clusters ``a`` and ``b`` would have a source say one act and deny
        another, in two sentences."""
        return self._clash(self.said[a], self.unsaid[b]) or self._clash(self.said[b], self.unsaid[a])

    def _clash(self, said: dict[str, list[int]], unsaid: dict[str, list[int]]) -> bool:
        for source in said.keys() & unsaid.keys():
            for i in said[source]:
                for j in unsaid[source]:
                    if self._two_acts(i, j):
                        return True
        return False

    def _two_acts(self, i: int, j: int) -> bool:
        key = (i, j)
        if key not in self._acts:
            a, b = self._core[i], self._core[j]
            self._acts[key] = (a.article, a.sentence) != (b.article, b.sentence) and not same_act(a, b)
        return self._acts[key]


def consistent(core: Sequence[ClaimCandidate], labels: Sequence[int], joins: dict[int, int]
               ) -> dict[int, int]:  # fmt: skip
    """The joins of lone mentions that bring no clash into a claim (as
    ``cluster._greedy_merge`` refuses to)."""
    voices = Voices(core)
    groups: dict[int, list[int]] = defaultdict(list)
    for i, lab in enumerate(labels):
        groups[lab].append(i)
    for lab, members in groups.items():
        voices.add(lab, members)
    return {i: lab for i, lab in joins.items() if not voices.clash(labels[i], lab)}
