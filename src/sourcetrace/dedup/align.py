"""Passage alignment between two texts: seeds of shared word runs, then passages.

Words are compared case-folded and NFKC-normalised, with the dots of abbreviations
dropped ("U.S." and "US" are one word), so house style does not break a run. Every word
keeps its character offsets in the article's own text, so an aligned passage points at
the exact characters of both articles.

Alignment, in the spirit of passim's seed-and-extend: maximal runs of identical words
(found through shared k-word seeds) are taken longest first, each word used at most once
on either side, so moved paragraphs align too; runs in the same order with small gaps
between them (a reworded phrase, a changed spelling) join into one passage.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

# An abbreviation written with dots ("U.S.", "e.g.") is one word; otherwise runs of
# word characters.
_TOKEN = re.compile(r"(?:\w\.){2,}|\w+", re.UNICODE)
# Quotations whose words count as quoted: curly pairs and straight double quotes
# within a paragraph.
_QUOTED = re.compile(r"“[^”]{1,2000}”|\"[^\"\n]{1,2000}\"")


@dataclass(frozen=True)
class Words:
    """A text's words as compared (``norm``) with their character offsets."""

    norm: tuple[str, ...]
    starts: tuple[int, ...]
    ends: tuple[int, ...]
    quoted: bytes  # 1 where the word lies inside a quotation

    def __len__(self) -> int:
        return len(self.norm)


def words(text: str) -> Words:
    norm: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    for m in _TOKEN.finditer(text):
        norm.append(unicodedata.normalize("NFKC", m.group(0).replace(".", "")).casefold())
        starts.append(m.start())
        ends.append(m.end())
    inside = bytearray(len(norm))
    if norm:
        import bisect

        for q in _QUOTED.finditer(text):
            lo = bisect.bisect_left(starts, q.start())
            hi = bisect.bisect_left(starts, q.end())
            inside[lo:hi] = b"\x01" * (hi - lo)
    return Words(tuple(norm), tuple(starts), tuple(ends), bytes(inside))


@dataclass(frozen=True)
class Span:
    """One aligned passage, as word indices in both texts; ``matched`` words are identical
    (the rest of the span is edits)."""

    a_start: int
    a_end: int
    b_start: int
    b_end: int
    matched: int
    quoted: int  # matched words inside a quotation in both texts


def _runs(a: Words, b: Words, k: int, max_repeat: int) -> list[tuple[int, int, int]]:
    """Maximal runs of identical words of at least ``k`` words: (a index, b index, length).

    A k-word seed repeated more than ``max_repeat`` times in ``b`` is skipped (boilerplate
    such as "the united states" would otherwise start a run at every occurrence)."""
    index: dict[tuple[str, ...], list[int]] = {}
    for j in range(len(b) - k + 1):
        index.setdefault(b.norm[j : j + k], []).append(j)
    runs: list[tuple[int, int, int]] = []
    active: dict[int, tuple[int, int]] = {}  # diagonal j - i -> (run start i, last i)
    for i in range(len(a) - k + 1):
        hits = index.get(a.norm[i : i + k])
        if not hits or len(hits) > max_repeat:
            continue
        for j in hits:
            d = j - i
            run = active.get(d)
            active[d] = (run[0], i) if run is not None and run[1] == i - 1 else (i, i)
            if run is not None and run[1] != i - 1:
                runs.append((run[0], run[0] + d, run[1] - run[0] + k))
    runs.extend((s, s + d, last - s + k) for d, (s, last) in active.items())
    return runs


def _disjoint(runs: list[tuple[int, int, int]], len_a: int, len_b: int,
              min_run: int) -> list[tuple[int, int, int]]:  # fmt: skip
    """Runs taken longest first; a run keeps only its stretches not yet used on either side."""
    used_a, used_b = bytearray(len_a), bytearray(len_b)
    kept: list[tuple[int, int, int]] = []
    for i, j, n in sorted(runs, key=lambda r: (-r[2], r[0], r[1])):
        t = 0
        while t < n:
            if used_a[i + t] or used_b[j + t]:
                t += 1
                continue
            s = t
            while t < n and not used_a[i + t] and not used_b[j + t]:
                t += 1
            if t - s >= min_run:
                kept.append((i + s, j + s, t - s))
                used_a[i + s : i + t] = b"\x01" * (t - s)
                used_b[j + s : j + t] = b"\x01" * (t - s)
    return kept


def align(a: Words, b: Words, *, seed: int = 4, max_gap: int = 8, min_words: int = 10,
          max_repeat: int = 8) -> list[Span]:  # fmt: skip
    """The passages ``a`` and ``b`` share, in ``a``'s order, each with at least
    ``min_words`` identical words; runs join when both gaps are at most ``max_gap`` words."""
    if len(a) < seed or len(b) < seed:
        return []
    runs = _disjoint(_runs(a, b, seed, max_repeat), len(a), len(b), seed)
    runs.sort()
    spans: list[list[int]] = []
    for i, j, n in runs:
        last = spans[-1] if spans else None
        if last is not None and 0 <= i - last[1] <= max_gap and 0 <= j - last[3] <= max_gap:
            last[1], last[3], last[4] = i + n, j + n, last[4] + n
        else:
            spans.append([i, i + n, j, j + n, n, 0])
        quoted = sum(1 for t in range(n) if a.quoted[i + t] and b.quoted[j + t])
        spans[-1][5] += quoted
    return [Span(*s) for s in spans if s[4] >= min_words]
