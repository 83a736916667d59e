"""The domain model: frozen dataclasses shared by every stage, store and output.

Offsets (``span`` fields) are Python ``str`` offsets ``(start, end)`` into
``Article.text``: the cleaned body that every stage reads. Metadata lines
(front matter, date stamps, bylines, ``Source:`` credits) are never part of it.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import asdict, dataclass, field
from typing import Any, Literal

Span = tuple[int, int]

SpeakerType = Literal["person", "anonymous", "organization", "outlet", "other"]
AttributionKind = Literal["direct", "indirect", "mixed", "according_to", "reportive", "colon"]
StanceLabel = Literal["asserts", "denies", "questions", "reports"]
DuplicateKind = Literal["exact", "near", "contained", "edited", "partial"]
ReuseKind = Literal["verbatim", "edited", "contained", "partial", "quoted", "passage"]
PublishedBasis = Literal["stated", "metadata", "dateline", "duplicate", "inferred"]

_WS = re.compile(r"\s+")


def normalise_text(text: str) -> str:
    """Text as compared for exact duplicates: NFKC, case-folded, whitespace collapsed."""
    return _WS.sub(" ", unicodedata.normalize("NFKC", text)).strip().casefold()


def content_id(text: str, prefix: str = "a") -> str:
    """A stable id for a piece of content: a short SHA-256 of its exact text."""
    return prefix + hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


@dataclass(frozen=True)
class Article:
    """One text as published by one outlet."""

    id: str
    text: str
    path: str
    title: str | None = None
    outlet: str | None = None
    url: str | None = None
    author: str | None = None
    published: str | None = None  # YYYY-MM-DD
    published_basis: PublishedBasis | None = None
    language: str | None = None
    line: int | None = None  # 1-based line for JSONL/CSV records
    # Metadata lines removed from the text ("Source: TRT World", a byline ...), kept as found.
    credits: tuple[str, ...] = ()

    @property
    def words(self) -> int:
        return len(self.text.split())

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True)
class Rejection:
    """An input that could not become an article, with the reason in plain words."""

    path: str
    reason: str
    code: str  # a stable machine code, e.g. "E_EMPTY", documented in docs/errors.md
    line: int | None = None


@dataclass(frozen=True)
class DuplicateGroup:
    canonical: str
    members: tuple[str, ...]
    kind: DuplicateKind
    similarity: float


@dataclass(frozen=True)
class Passage:
    """A passage two articles share: character offsets in each, the identical words in it
    (the rest are edits) and how many of those lie inside a quotation in both."""

    a_start: int
    a_end: int
    b_start: int
    b_end: int
    words: int
    quoted: int


@dataclass(frozen=True)
class Reuse:
    """Text shared by two articles (``a`` < ``b`` by id): the kind of reuse, the share of
    each article's words inside the shared passages, and the passages."""

    a: str
    b: str
    kind: ReuseKind
    share_a: float
    share_b: float
    passages: tuple[Passage, ...]

    @property
    def copy(self) -> bool:
        return self.kind in ("verbatim", "edited", "contained", "partial")


@dataclass(frozen=True)
class Origin:
    """Who wrote an article's text and on what evidence (``citations.origin``): ``basis``
    is credit, copy, quoted, earliest_copy or own; ``article`` and ``span`` locate the
    evidence (None when the basis is the absence of any)."""

    outlet: str | None
    basis: str
    evidence: str
    article: str | None
    span: Span | None


@dataclass(frozen=True)
class Speaker:
    id: str
    name: str | None
    label: str
    type: SpeakerType
    role: str | None = None
    affiliation: str | None = None
    country: str | None = None
    articles: tuple[str, ...] = ()
    # For anonymous sources: count, nationality, seniority, agency, "on condition of anonymity" ...
    descriptors: dict[str, Any] = field(default_factory=dict)
    possibly_same_as: tuple[str, ...] = ()


@dataclass(frozen=True)
class Attribution:
    id: str
    article: str
    kind: str
    content: str
    span: Span  # content span
    source_text: str | None = None
    source_span: Span | None = None
    cue: str | None = None
    cue_span: Span | None = None
    sentence_span: Span | None = None
    confidence: float = 0.5
    speaker: str | None = None
    stance: StanceLabel | None = None
    claim: str | None = None
    # Within-article antecedent of a pronoun/description source ("he" -> "Zhao Lijian");
    # source_span stays the literal source. A document's antecedent is named by its owner
    # ("the report" -> "Economic Roundtable report", resolved_span the owner's name).
    resolved_source: str | None = None
    resolved_span: Span | None = None
    # spaCy entity label of the source's head (PERSON, ORG, GPE, NORP ...), a typing hint;
    # of the antecedent's when the source was resolved ("the company" -> ORG); or
    # ``COMMON_PLURAL`` for a phrase of common nouns only, capitalised or not ("Rescuers").
    source_entity: str | None = None
    # The outlets between the article and the speaker, nearest the speaker first ("told
    # the Associated Press", "according to a report by NBC News"); filled by provenance.
    via: tuple[str, ...] = ()
    # The extraction rule that found it ("ccomp/speech", "according_to", "quotation/direct"
    # ...): its measured precision is the confidence (sourcetrace.attribution.confidence).
    rule: str = ""


# The typing hint of a source phrase that names no one: a plural common noun and no proper
# noun ("Rescuers said", capitalised only as a sentence's first word, tagged so by the
# parser): people described by what they do, not a name.
COMMON_PLURAL = "COMMON_PLURAL"


@dataclass(frozen=True)
class Citation:
    """An article crediting an outlet for a report."""

    id: str
    article: str
    outlet: str  # canonical outlet name from the registry
    cue: str
    span: Span  # the outlet mention
    sentence_span: Span | None = None
    kind: str = "citation"  # citation | wire_credit | source_line
    claim: str | None = None
    # 1.0 for registry outlets in a clear frame; lower for unknown names or "the newspaper".
    confidence: float = 1.0
    outlet_id: str | None = None  # registry id; None for an outlet the registry lacks


@dataclass(frozen=True)
class TimeRef:
    """A TIMEX3-style temporal expression with its normalised value."""

    span: Span
    text: str
    type: Literal["DATE", "TIME", "DURATION", "SET"]
    value: str
    mod: str | None = None


@dataclass(frozen=True)
class Event:
    id: str
    article: str
    date: str | None
    expression: str
    text: str
    span: Span  # the sentence
    kind: str = "mention"  # mention | publication | report | denial
    claim: str | None = None
    timex_span: Span | None = None
    # Calendar days the date covers (ISO, inclusive) and whether the text only approximates it.
    date_range: tuple[str, str] | None = None
    approximate: bool = False
    # Attributions and citations in the same sentence.
    attributions: tuple[str, ...] = ()
    citations: tuple[str, ...] = ()


@dataclass(frozen=True)
class Chain:
    """One way a claim reaches the articles: a source, the outlets it went through
    (nearest the source first) and the mentions that carry it."""

    source: str | None  # speaker id at the chain's end; None: no stated source
    via: tuple[str, ...]
    stance: str  # supports (asserts, reports) | denies | questions
    mentions: tuple[str, ...]  # attribution ids
    articles: tuple[str, ...]


@dataclass(frozen=True)
class Claim:
    id: str
    text: str
    articles: tuple[str, ...]
    asserted_by: tuple[str, ...] = ()
    denied_by: tuple[str, ...] = ()
    first_reported_by: tuple[str, ...] = ()
    independent_sources: int = 0
    anonymous_share: float = 0.0
    grade: str | None = None
    reasons: tuple[str, ...] = ()
    mentions: tuple[str, ...] = ()  # attribution ids
    # Claim-candidate ids clustered into this claim, and own-voice mentions as
    # (article id, start, end) sentence spans (mentions with no attribution).
    candidates: tuple[str, ...] = ()
    sentences: tuple[tuple[str, int, int], ...] = ()
    # Where each attributed mention states the claim: (attribution id, article id, start,
    # end) of the part of its content read (a later sentence of a long quote can state
    # another claim than its first).
    evidence: tuple[tuple[str, str, int, int], ...] = ()
    # Speakers in denied_by that are parties to the claim (interested denials).
    denied_by_party: tuple[str, ...] = ()
    # Each attributed mention's stance toward this claim, (attribution id, stance): a long
    # quote can assert one claim and deny another, so the attribution's own stance (read
    # toward the claim of its first sentence) is not the stance toward every claim.
    stances: tuple[tuple[str, StanceLabel], ...] = ()
    # Each article's stance toward the claim: supports / denies / reports.
    article_stances: dict[str, str] = field(default_factory=dict)
    # Mentions (attribution ids) clustered with the claim that only say something related:
    # shown with it, never counted as its sources (see ClusterOptions.confirm).
    related: tuple[str, ...] = ()
    # Source -> outlets -> articles, per source and relay (see provenance.chains).
    chains: tuple[Chain, ...] = ()
