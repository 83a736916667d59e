"""Who wrote an article's text: its origin (a wire, a paper, the site itself), with the basis.

In order of evidence:

1. ``credit``: the article's own credit ("(Reuters)", "By Oren Liebermann, CNN", a
   closing "• Reuters"), the first in reading order, else an agency's house sign-off
   ("(Reporting by ...; Editing by ...)"), which names staff, not the agency, so it is no
   citation but shows whose text it is;
2. ``copy``: a copy of it (a member of its duplicate group) carries a credit: the copies
   share one text, so they share its origin. The credit is carried along the strongest
   chain of copies (a copy of a copy): the chain whose weakest link shares the largest
   part of the copying article, so a page that is nearly all of one uncredited copy takes
   that copy's origin, not the credit of a page that shares a paragraph with it; without
   any chain, the credit most members carry (ties to the earlier credited copy);
3. ``quoted``: no copy credits anyone, but another article credits an outlet in the very
   sentence that carries a passage of this text ("the New York Times wrote on June 9 that
   ..." around the shared words): the text is that outlet's;
4. ``earliest_copy``: an uncredited group's origin is the outlet of its canonical copy
   (the earliest dated; for cut and partial copies the fullest);
5. ``own``: nothing names anyone else: the article's own outlet.

Each origin keeps the article and span of its evidence, so a user can check it.
"""

from __future__ import annotations

import heapq
import re
from collections import Counter
from collections.abc import Sequence
from urllib.parse import urlsplit

from sourcetrace.citations.credits import dateline_credits, signoff_credits
from sourcetrace.citations.outlets import Outlet, OutletRegistry, load_registry
from sourcetrace.models import Article, Citation, DuplicateGroup, Origin, Reuse

# Share of a crediting sentence that must lie in a passage shared with the text it credits
# (the packaged ``[origins] quoted_share``).
QUOTED_SHARE = 0.5
# Citation kinds that credit the whole text, not one statement in it.
_CREDITS = ("wire_credit", "source_line")


def infer_origins(articles: Sequence[Article], groups: Sequence[DuplicateGroup],
                  reuse: Sequence[Reuse], citations: Sequence[Citation],
                  registry: OutletRegistry | None = None, quoted_share: float = QUOTED_SHARE,
                  ) -> dict[str, Origin]:  # fmt: skip
    """Article id -> its origin, for every article. ``quoted_share``: how much of a
    sentence crediting another text must be passages shared with it."""
    by_id = {a.id: a for a in articles}
    credit: dict[str, Citation] = {}
    for c in sorted(citations, key=lambda c: (c.article, c.span)):
        if c.kind in _CREDITS:
            credit.setdefault(c.article, c)
    out: dict[str, Origin] = {}
    for art in articles:
        own = credit.get(art.id)
        if own is not None:
            out[art.id] = Origin(own.outlet, "credit", f"credits {_credit(own)}",
                                 art.id, own.span)  # fmt: skip
            continue
        slug = _slug_credit(art, registry or load_registry())
        if slug is not None:
            # A syndicated page's address often ends in its source ("...-off-east-coast-cnn").
            outlet, word = slug
            credit[art.id] = Citation(id="", article=art.id, outlet=outlet.name, cue="address",
                                      span=(0, 0), kind="wire_credit")  # fmt: skip
            out[art.id] = Origin(outlet.name, "credit", f"its address ends in '-{word}'",
                                 art.id, None)  # fmt: skip
            continue
        signoff = next(iter(signoff_credits(art.text)), None)
        if signoff is not None and not _own_dateline(art):
            name, start, end = signoff
            # Kept as a credit of this article, so its copies inherit it like any other.
            credit[art.id] = Citation(id="", article=art.id, outlet=name, cue="house sign-off",
                                      span=(start, end), kind="wire_credit")  # fmt: skip
            out[art.id] = Origin(name, "credit", f"{name}'s house sign-off "
                                 f"({art.text[start:end][:60]})", art.id, (start, end))  # fmt: skip
    carried = _carried_credits([a.id for a in articles], reuse, credit)
    # Reuse pairs and prose citations per article, in their order: each article's check
    # reads its own, not every pair times every citation (quadratic on a 6,000-article
    # corpus).
    index = _ReuseIndex(reuse, citations, quoted_share)
    for group in groups:
        _group_origin(group, by_id, credit, carried, index, out)
    for art in articles:
        if art.id not in out:
            quoted = _quoted_as(art.id, index, by_id)
            out[art.id] = quoted or Origin(
                art.outlet, "own", "no credit, byline or copy names another origin", None, None)
    return out


def _own_dateline(art: Article) -> bool:
    """The article's dateline credits its own outlet ("KORD, March 3 (Meridian Wire) -" on
    Meridian Wire): a house sign-off below it is its own staff's, whatever house style it
    follows."""
    own = (art.outlet or "").casefold().removeprefix("the ").strip()
    return bool(own) and any(name.casefold().removeprefix("the ").strip() == own
                             for name, _s, _e in dateline_credits(art.text))


def _credit(citation: Citation) -> str:
    """An outlet and the words that credit it, the words quoted once: "Reuters in
    “(Reuters)”", never "Reuters ((Reuters))"; a credit read off the address or a house
    sign-off says so."""
    if citation.cue in _NOT_WORDS:
        return f"{citation.outlet}, by its {citation.cue}"
    return f"{citation.outlet} in “{citation.cue.strip()}”"


# Credits this module makes up from other evidence than words of the text.
_NOT_WORDS = frozenset({"address", "house sign-off"})


def _group_origin(group: DuplicateGroup, by_id: dict[str, Article], credit: dict[str, Citation],
                  carried: dict[str, tuple[Citation, str]], index: _ReuseIndex,
                  out: dict[str, Origin]) -> None:  # fmt: skip
    """Origins of a group's uncredited members, from the members' credits, else from
    another article quoting the text, else from the canonical copy."""
    credited = [credit[m] for m in group.members if m in credit]
    if credited:
        counts = Counter(c.outlet for c in credited)
        top = max(counts.values())
        common = next(c for c in credited if counts[c.outlet] == top)
        for m in group.members:
            if m not in out:
                chosen, via = carried.get(m, (common, None))
                source = by_id[chosen.article]
                through = f" (through {_name(by_id[via])})" if via and via != source.id else ""
                out[m] = Origin(chosen.outlet, "copy",
                                f"copy of {_name(source)}{through}, which credits "
                                f"{_credit(chosen)}", source.id, chosen.span)  # fmt: skip
        return
    quoted = next((q for m in group.members
                   if (q := _quoted_as(m, index, by_id, group.members))), None)  # fmt: skip
    canon = by_id[group.canonical]
    for m in group.members:
        if m in out:
            continue
        if quoted is not None:
            out[m] = quoted
        elif m == canon.id:
            out[m] = Origin(canon.outlet, "own", "the canonical copy; no copy credits anyone",
                            None, None)  # fmt: skip
        else:
            out[m] = Origin(canon.outlet, "earliest_copy",
                            f"copy of {_name(canon)}, the group's canonical copy; "
                            "no copy credits anyone", canon.id, None)  # fmt: skip


def _slug_credit(art: Article, registry: OutletRegistry) -> tuple[Outlet, str] | None:
    """The outlet the last word of the page's address names ("...-east-coast-cnn",
    "..._reuters"), with that word, when it is not the page's own site: only a name that
    is no ordinary word (no "the"-required or alias-only outlet) counts."""
    if not art.url:
        return None
    path = urlsplit(art.url).path.rstrip("/")
    last = re.split(r"[-_]", re.sub(r"\.\w{2,5}$", "", path.rsplit("/", 1)[-1]))[-1]
    if len(last) < 2 or not last.isalpha():
        return None
    outlet = registry.find(last.upper() if len(last) <= 4 else last.capitalize())
    if outlet is None or outlet.the_required or outlet.alias_only:
        return None
    if last.casefold() not in {n.casefold() for n in outlet.names}:
        return None
    own = registry.by_domain(art.url)
    return None if own is not None and own.id == outlet.id else (outlet, last)


def _name(art: Article) -> str:
    """How evidence names an article: its outlet, else its id."""
    return art.outlet or art.id


def _carried_credits(order: Sequence[str], reuse: Sequence[Reuse],
                     credit: dict[str, Citation]) -> dict[str, tuple[Citation, str]]:  # fmt: skip
    """Uncredited article -> (the credit it would inherit, the copy it comes through).

    A widest-path search from every credited article over all copy links (a chain may
    pass through copies that stayed out of the group, say a page of several items): the
    credit arrives along the chain whose weakest link is largest, a link's width being
    the share of the *receiving* article's text that it shares with the giving one (what
    matters is how much of this article came from that one). Pages of several wire items
    join a group through one item: this keeps their credit from reaching a copy of another
    item through a link of a few sentences when a stronger chain exists.
    """
    # giver -> [(receiver, share of the receiver's text)]
    links: dict[str, list[tuple[str, float]]] = {}
    for r in reuse:
        if r.copy:
            links.setdefault(r.a, []).append((r.b, r.share_b))
            links.setdefault(r.b, []).append((r.a, r.share_a))
    done: set[str] = set()
    out: dict[str, tuple[Citation, str]] = {}
    # Max-heap on width; equal widths go to the credit most articles carry, then to the
    # earlier credited article in input order.
    credited = [m for m in order if m in credit]
    counts = Counter(credit[m].outlet for m in credited)
    rank = {m: (-counts[credit[m].outlet], i) for i, m in enumerate(credited)}
    heap = [(-2.0, rank[m], m, m, m) for m in credited]
    heapq.heapify(heap)
    while heap:
        width, tie, source, node, via = heapq.heappop(heap)
        if node in done:
            continue
        done.add(node)
        if node not in credit:
            out[node] = (credit[source], via)
        for nxt, share in links.get(node, ()):
            if nxt not in done and nxt not in credit:
                heapq.heappush(heap, (max(width, -share), tie, source, nxt, node))
    return out


class _ReuseIndex:
    """Reuse pairs by article and prose citations by article, each in its input order."""

    def __init__(self, reuse: Sequence[Reuse], citations: Sequence[Citation],
                 quoted_share: float = QUOTED_SHARE) -> None:
        self.quoted_share = quoted_share
        self.reuse: dict[str, list[Reuse]] = {}
        for r in reuse:
            self.reuse.setdefault(r.a, []).append(r)
            if r.b != r.a:
                self.reuse.setdefault(r.b, []).append(r)
        self.citations: dict[str, list[Citation]] = {}
        for c in citations:
            self.citations.setdefault(c.article, []).append(c)


def _quoted_as(aid: str, index: _ReuseIndex, by_id: dict[str, Article],
               members: Sequence[str] = ()) -> Origin | None:  # fmt: skip
    """The outlet another article credits in a sentence that holds a passage it shares
    with ``aid`` (not a copy of it), when that outlet is neither article's own."""
    for r in index.reuse.get(aid, ()):
        if r.copy:
            continue
        other = r.b if r.a == aid else r.a
        if other in members:
            continue
        spans = [(p.b_start, p.b_end) if r.a == aid else (p.a_start, p.a_end) for p in r.passages]
        for c in index.citations.get(other, ()):
            if c.kind != "citation" or c.sentence_span is None:
                continue
            lo, hi = c.sentence_span
            # The crediting sentence must be mostly the shared words: a sentence that only
            # brushes a shared quotation credits something else.
            inside = sum(max(0, min(e, hi) - max(s, lo)) for s, e in spans)
            if inside < index.quoted_share * (hi - lo):
                continue
            if c.outlet in (by_id[aid].outlet, by_id[other].outlet):
                continue
            return Origin(c.outlet, "quoted",
                          f"{_name(by_id[other])} credits this text to {c.outlet}",
                          other, c.span)  # fmt: skip
    return None
