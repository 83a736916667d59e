"""An analysis (JSON v1 collections) indexed for rendering: lookups, sort orders, evidence."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from typing import Any, Protocol

Item = dict[str, Any]
Span = tuple[int, int]

COLLECTIONS = (
    "articles", "duplicate_groups", "reuse", "rejected", "speakers",
    "attributions", "claims", "citations", "events",
)
SPEAKER_GROUPS = (
    ("person", "Named people"),
    ("anonymous", "Anonymous sources"),
    ("organization", "Organisations"),
    ("outlet", "Outlets as sources"),
    ("other", "Documents and other sources"),
)
UNKNOWN_OUTLET = "Unknown outlet"


class HasCollections(Protocol):
    articles: list[Item]


@dataclass(frozen=True)
class Evidence:
    """One highlighted span in an article, and what points at it."""

    article: str
    span: Span
    kind: str  # attribution | citation | event | claim
    # What the highlight is, in words (shown when the pointer rests on it); not part of
    # its identity: one span is one highlight whatever points at it.
    note: str = field(default="", compare=False)

    @property
    def key(self) -> str:
        return f"ev-{self.article}-{self.span[0]}-{self.span[1]}"


def _span(value: Any) -> Span | None:
    if isinstance(value, list | tuple) and len(value) == 2:
        try:
            start, end = int(value[0]), int(value[1])
        except (TypeError, ValueError):
            return None
        if 0 <= start < end:
            return (start, end)
    return None


@dataclass
class ReportData:
    """Every collection plus the indexes the page builders need."""

    articles: list[Item] = field(default_factory=list)
    duplicate_groups: list[Item] = field(default_factory=list)
    reuse: list[Item] = field(default_factory=list)
    rejected: list[Item] = field(default_factory=list)
    speakers: list[Item] = field(default_factory=list)
    attributions: list[Item] = field(default_factory=list)
    claims: list[Item] = field(default_factory=list)
    citations: list[Item] = field(default_factory=list)
    events: list[Item] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.article_by_id = {a["id"]: a for a in self.articles}
        self.speaker_by_id = {s["id"]: s for s in self.speakers}
        self.attribution_by_id = {a["id"]: a for a in self.attributions}
        self.claim_by_id = {c["id"]: c for c in self.claims}
        self.canonical: dict[str, str] = {}
        for group in self.duplicate_groups:
            for member in group.get("members", []):
                self.canonical[member] = group["canonical"]
        # A copy repeats its original's statements: each is listed once per duplicate
        # group, so a source quoted in an article and its wire copy does not look twice
        # as vocal.
        self.statements: dict[str, list[Item]] = defaultdict(list)
        said = [a for a in self.attributions if a.get("speaker")]
        for att in self.once_across_copies(said, "speaker", "content"):
            self.statements[att["speaker"]].append(att)
        self.citations_by_article: dict[str, list[Item]] = defaultdict(list)
        for cit in self.citations:
            self.citations_by_article[cit.get("article", "")].append(cit)

    def origin(self, article_id: str) -> str:
        """The canonical article of a copy (an article that is no copy is its own)."""
        return self.canonical.get(article_id, article_id)

    def once_across_copies(self, items: Sequence[Item], *fields: str) -> list[Item]:
        """``items`` in their order, less those a copy repeats: one per duplicate group and
        equal ``fields`` (text compared without case or spacing), the original's kept."""
        def key(item: Item) -> tuple[str, ...]:
            return (self.origin(item.get("article", "")),
                    *(" ".join(str(item.get(f) or "").split()).casefold() for f in fields))

        kept: dict[tuple[str, ...], int] = {}
        for i, item in enumerate(items):
            k = key(item)
            # The original's own item wins over a copy's, whichever comes first.
            if k not in kept or (item.get("article") == k[0]
                                 and items[kept[k]].get("article") != k[0]):
                kept[k] = i
        chosen = set(kept.values())
        return [item for i, item in enumerate(items) if i in chosen]

    def reach(self, claim: Item) -> int:
        """Distinct texts carrying the claim: a copy and its original count once."""
        return len({self.origin(a) for a in claim.get("articles") or []})

    @classmethod
    def of(cls, analysis: Any) -> ReportData:
        """From an ``Analysis``, a v1 dict, or a ``ReportData``."""
        if isinstance(analysis, ReportData):
            return analysis
        get = analysis.get if isinstance(analysis, dict) else (
            lambda k, d=None: getattr(analysis, k, d)
        )
        return cls(**{k: list(get(k, None) or []) for k in COLLECTIONS})

    # -- labels -------------------------------------------------------------
    def outlet_of(self, article_id: str) -> str:
        art = self.article_by_id.get(article_id) or {}
        return str(art.get("outlet") or UNKNOWN_OUTLET)

    def article_label(self, article_id: str) -> str:
        art = self.article_by_id.get(article_id)
        if art is None:
            return article_id
        title = art.get("title") or _first_words(art.get("text") or "") or art.get("path") or art["id"]
        return f"{art['outlet']}: {title}" if art.get("outlet") else str(title)

    def speaker_label(self, speaker_id: str | None) -> str:
        spk = self.speaker_by_id.get(speaker_id or "")
        return str(spk.get("label") or spk.get("name") or spk["id"]) if spk else "unknown source"

    # -- orders ---------------------------------------------------------------
    def claims_by_reach(self) -> list[Item]:
        return sorted(
            self.claims,
            key=lambda c: (-self.reach(c), -int(c.get("independent_sources") or 0),
                           c.get("text", "")),
        )

    def outlets(self) -> list[str]:
        """Outlets that publish an article or are cited, in alphabetical order."""
        names = {self.outlet_of(a["id"]) for a in self.articles}
        names.update(c["outlet"] for c in self.citations if c.get("outlet"))
        return sorted(names, key=str.casefold)

    def date_range(self) -> tuple[str | None, str | None]:
        dates = sorted(a["published"] for a in self.articles if a.get("published"))
        return (dates[0], dates[-1]) if dates else (None, None)

    # -- evidence ----------------------------------------------------------------
    def evidence_of(self, item: Item, kind: str) -> Evidence | None:
        """The sentence that shows a finding (its span when no sentence is known)."""
        article = item.get("article")
        if not article or article not in self.article_by_id:
            return None
        span = _span(item.get("sentence_span")) or _span(item.get("span"))
        return self._clip(Evidence(article, span, kind)) if span else None

    def claim_evidence(self, claim: Item) -> list[Evidence]:
        out: list[Evidence] = []
        for aid in claim.get("mentions") or []:
            att = self.attribution_by_id.get(aid)
            ev = self.evidence_of(att, "attribution") if att else None
            if ev:
                out.append(ev)
        for row in claim.get("sentences") or []:
            if isinstance(row, list | tuple) and len(row) == 3 and row[0] in self.article_by_id:
                span = _span(row[1:])
                if span:
                    ev = self._clip(Evidence(str(row[0]), span, "claim"))
                    if ev:
                        out.append(ev)
        return list(dict.fromkeys(out))

    def _clip(self, ev: Evidence) -> Evidence | None:
        # A stale or hostile span must not index past the text.
        size = len(self.article_by_id[ev.article].get("text") or "")
        start, end = min(ev.span[0], size), min(ev.span[1], size)
        return Evidence(ev.article, (start, end), ev.kind, ev.note) if start < end else None

    def evidence_by_article(self) -> dict[str, list[Evidence]]:
        """Every evidence span, per article, for highlighting the article texts (cached)."""
        cached: dict[str, list[Evidence]] | None = getattr(self, "_evidence", None)
        if cached is None:
            cached = self._evidence = self._collect_evidence()
        return cached

    def _collect_evidence(self) -> dict[str, list[Evidence]]:
        found: dict[str, list[Evidence]] = defaultdict(list)
        rows: list[Evidence | None] = []
        rows += [_noted(self.evidence_of(a, "attribution"), self._statement_note(a))
                 for a in self.attributions]
        rows += [_noted(self.evidence_of(c, "citation"), f"credits {c.get('outlet')}")
                 for c in self.citations]
        rows += [_noted(self.evidence_of(e, "event"), f"event dated {e.get('date') or '?'}")
                 for e in self.events]
        for claim in self.claims:
            rows += [_noted(ev, f"claim: {_first_words(str(claim.get('text') or ''))}")
                     if ev.kind == "claim" else ev for ev in self.claim_evidence(claim)]
        for ev in rows:
            if ev is not None:
                found[ev.article].append(ev)
        return {k: list(dict.fromkeys(v)) for k, v in found.items()}


    def _statement_note(self, att: Item) -> str:
        """ "Dmitry Peskov denies · claim: ..." for an attribution's highlight."""
        who = self.speaker_label(att.get("speaker"))
        note = f"{who} {att.get('stance') or 'reports'}"
        claim = self.claim_by_id.get(str(att.get("claim") or ""))
        return f"{note} · claim: {_first_words(str(claim.get('text') or ''))}" if claim else note


def _noted(ev: Evidence | None, note: str) -> Evidence | None:
    return None if ev is None else replace(ev, note=note)


def _first_words(text: str, limit: int = 80) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"
