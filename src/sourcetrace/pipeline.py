"""The ordered list of stages. Each declares what it needs and what it produces.

Two scopes:
- ``article`` stages run once per article on its spaCy parse; their output is
  cached in the store per article, so a re-run (or a run resumed after a crash)
  parses only what is new;
- ``corpus`` stages run over the whole analysed set (dedup, speakers, claims ...).

``check_order`` verifies, like spaCy's ``analyze_pipes``, that every stage's
requirements are produced by an earlier stage.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Any, Literal, cast

from sourcetrace.errors import SourcetraceError, UsageError
from sourcetrace.models import (
    Article,
    Attribution,
    Citation,
    Claim,
    DuplicateGroup,
    Event,
    PublishedBasis,
    Rejection,
    Speaker,
    TimeRef,
)
from sourcetrace.settings import Settings

if TYPE_CHECKING:
    from spacy.tokens import Doc

PIPELINE_VERSION = "1"


@dataclass
class ArticleWork:
    """Everything the article stages know about one article."""

    article: Article
    doc: Doc | None = None
    timexes: list[TimeRef] = field(default_factory=list)
    attributions: list[Attribution] = field(default_factory=list)
    citations: list[Citation] = field(default_factory=list)
    candidates: list[Any] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)


@dataclass
class Corpus:
    """The analysis state passed through the corpus stages."""

    articles: list[Article] = field(default_factory=list)
    rejections: list[Rejection] = field(default_factory=list)
    duplicate_groups: list[DuplicateGroup] = field(default_factory=list)
    timexes: dict[str, list[TimeRef]] = field(default_factory=dict)
    attributions: list[Attribution] = field(default_factory=list)
    citations: list[Citation] = field(default_factory=list)
    candidates: list[Any] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    speakers: list[Speaker] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
    graphs: dict[str, Any] = field(default_factory=dict)

    @property
    def duplicate_of(self) -> dict[str, str]:
        return {m: g.canonical for g in self.duplicate_groups for m in g.members if m != g.canonical}


@dataclass(frozen=True)
class Stage:
    name: str
    scope: Literal["article", "corpus"]
    requires: tuple[str, ...]
    produces: tuple[str, ...]
    run: Callable[..., None]
    doc: str = ""


# -- article stages ------------------------------------------------------------
def _dct(work: ArticleWork, settings: Settings) -> None:
    """Infer a publication date when metadata gave none; keeps the timexes it resolved."""
    from sourcetrace.stages.dct import dct_and_timexes

    art = work.article
    if art.published and art.published_basis in ("metadata", "stated", "dateline", "duplicate"):
        return
    date, basis, timexes = dct_and_timexes(
        art.text, url=art.url, metadata_date=art.published, doc=work.doc
    )
    work.timexes = timexes  # already resolved against the inferred date
    if date:
        work.article = replace(art, published=date, published_basis=cast(PublishedBasis, basis))


def _timex(work: ArticleWork, settings: Settings) -> None:
    from sourcetrace.stages.timex import extract_timexes

    if work.timexes:
        return  # resolved by the dct stage in the same pass
    work.timexes = extract_timexes(work.article.text, dct=work.article.published, doc=work.doc)


def _attribute(work: ArticleWork, settings: Settings) -> None:
    from sourcetrace.stages.attribute import extract_attributions

    assert work.doc is not None
    work.attributions = extract_attributions(work.doc, article_id=work.article.id)


def _citations(work: ArticleWork, settings: Settings) -> None:
    from sourcetrace.stages.citations import extract_citations

    assert work.doc is not None
    # The article's own outlet is passed so its own interviews ("told Al Jazeera" in
    # an Al Jazeera story) are not counted as crediting someone else.
    work.citations = extract_citations(
        work.doc,
        article_id=work.article.id,
        credits=work.article.credits,
        outlet=work.article.outlet,
    )


def _candidates(work: ArticleWork, settings: Settings) -> None:
    from sourcetrace.stages.claims import claim_candidates

    assert work.doc is not None
    work.candidates = claim_candidates(
        work.doc, article_id=work.article.id, attributions=work.attributions
    )


def _events(work: ArticleWork, settings: Settings) -> None:
    from sourcetrace.stages.events import build_events

    art = work.article
    work.events = build_events(
        art.id,
        art.text,
        work.timexes,
        published=art.published,
        doc=work.doc,
        attributions=work.attributions,
        citations=work.citations,
    )


# -- corpus stages -------------------------------------------------------------
def _dedupe(corpus: Corpus, settings: Settings) -> None:
    from sourcetrace.stages.dedupe import DedupOptions, group_duplicates

    opts = DedupOptions(**settings.section("dedupe"))
    corpus.duplicate_groups, corpus.articles = group_duplicates(corpus.articles, options=opts)


def _speakers(corpus: Corpus, settings: Settings) -> None:
    from sourcetrace.stages.speakers import build_speakers

    related = {m: g.canonical for g in corpus.duplicate_groups for m in g.members}
    corpus.speakers, corpus.attributions = build_speakers(corpus.attributions, related=related)


def _stance(corpus: Corpus, settings: Settings) -> None:
    from sourcetrace.stages.stance import attribution_stance, text_before_cue

    texts = {a.id: a.text for a in corpus.articles}
    out = []
    for att in corpus.attributions:
        sentence = None
        text = texts.get(att.article, "")
        if att.sentence_span is not None:
            sentence = text[att.sentence_span[0] : att.sentence_span[1]]
        label = attribution_stance(att.content, cue=att.cue, sentence=sentence,
                                   before_cue=text_before_cue(text, att))
        out.append(replace(att, stance=label))  # type: ignore[arg-type]
    corpus.attributions = out


def _claims(corpus: Corpus, settings: Settings) -> None:
    from sourcetrace.stages.claim_cluster import cluster_claims, stance_toward_claims

    corpus.claims = cluster_claims(corpus.candidates, seed=int(settings.section("claims")["seed"]))
    claim_of = {m: c.id for c in corpus.claims for m in c.mentions}
    # Stance is read toward the claim each attribution is linked to (see the function).
    fixed = stance_toward_claims(
        corpus.claims, corpus.candidates, {a.id: a.stance or "" for a in corpus.attributions}
    )
    corpus.attributions = [
        replace(a, claim=claim_of.get(a.id),
                stance=fixed.get((a.id, claim_of.get(a.id, "")), a.stance))
        for a in corpus.attributions
    ]


def _article_stance(corpus: Corpus, settings: Settings) -> None:
    """How each article carrying a claim stands toward it (supports / denies / reports)."""
    from sourcetrace.stages.stance_model import ArticleStanceModel

    pairs = [(c, a) for c in corpus.claims for a in c.articles]
    if not pairs:
        return
    texts = {a.id: a.text for a in corpus.articles}
    model = ArticleStanceModel.load()
    labels = model.predict([c.text for c, _ in pairs], [texts.get(a, "") for _, a in pairs])
    stances: dict[str, dict[str, str]] = {}
    for (claim, art), label in zip(pairs, labels, strict=True):
        # Every article here carries the claim, so "unrelated" is not an answer.
        stances.setdefault(claim.id, {})[art] = "reports" if label == "unrelated" else label
    corpus.claims = [replace(c, article_stances=stances.get(c.id, {})) for c in corpus.claims]


def _provenance(corpus: Corpus, settings: Settings) -> None:
    from sourcetrace.stages.provenance import build_provenance, link_citations

    corpus.citations = link_citations(corpus.claims, corpus.attributions, corpus.citations)
    corpus.claims, corpus.graphs = build_provenance(
        corpus.claims,
        corpus.attributions,
        corpus.speakers,
        corpus.citations,
        corpus.articles,
        corpus.duplicate_of,
    )


def _timeline(corpus: Corpus, settings: Settings) -> None:
    from sourcetrace.stages.events import build_timeline

    # An event belongs to the claim of an attribution in the same sentence.
    sentences: dict[str, list[tuple[int, int, str]]] = {}
    for att in corpus.attributions:
        if att.claim and att.sentence_span:
            sentences.setdefault(att.article, []).append((*att.sentence_span, att.claim))
    linked = []
    for ev in corpus.events:
        claim = ev.claim or next(
            (c for s, e, c in sentences.get(ev.article, ()) if s <= ev.span[0] < e), None
        )
        linked.append(replace(ev, claim=claim))
    corpus.events = build_timeline(linked)


STAGES: tuple[Stage, ...] = (
    Stage("ingest", "corpus", (), ("articles", "rejections"), lambda c, s: None,
          "read inputs (run by the engine before everything else)"),
    Stage("dedupe", "corpus", ("articles",), ("duplicate_groups", "published"), _dedupe,
          "exact, near and contained copies; dates shared within a group"),
    Stage("nlp", "article", ("articles",), ("doc",), lambda w, s: None,
          "one spaCy parse per article (run by the engine, batched)"),
    Stage("dct", "article", ("doc", "published"), ("dct",), _dct,
          "publication date inferred from the text when metadata has none"),
    Stage("timex", "article", ("doc", "dct"), ("timexes",), _timex,
          "temporal expressions normalised against the publication date"),
    Stage("attribute", "article", ("doc",), ("attributions",), _attribute,
          "quotes, reported speech, according-to"),
    Stage("citations", "article", ("doc",), ("citations",), _citations,
          "outlets credited in the prose and credit lines"),
    Stage("candidates", "article", ("doc", "attributions"), ("candidates",), _candidates,
          "claim candidates from attributions and the article's own voice"),
    Stage("events", "article", ("timexes", "attributions", "citations"), ("events",), _events,
          "dated statements and report events"),
    Stage("speakers", "corpus", ("attributions", "duplicate_groups"), ("speakers",), _speakers,
          "speaker typing and merging across articles"),
    Stage("stance", "corpus", ("attributions",), ("stance",), _stance,
          "asserts / denies / questions / reports per attribution"),
    Stage("claims", "corpus", ("candidates", "stance"), ("claims",), _claims,
          "claims clustered across articles and paraphrases; stances read toward them"),
    Stage("article_stance", "corpus", ("claims",), ("article_stances",), _article_stance,
          "each article's stance toward each claim it carries"),
    Stage("provenance", "corpus", ("claims", "speakers", "citations", "duplicate_groups"),
          ("grades",), _provenance, "independence, first report and sourcing grade per claim"),
    Stage("timeline", "corpus", ("events", "claims"), ("timeline",), _timeline,
          "events linked to claims and ordered"),
)


def check_order(stages: Sequence[Stage]) -> None:
    """Raise when a stage needs something no earlier stage produces."""
    have: set[str] = set()
    for stage in stages:
        missing = [r for r in stage.requires if r not in have]
        if missing:
            raise SourcetraceError(
                f"stage {stage.name!r} requires {missing} which no earlier stage produces",
                code="E500",
            )
        have.update(stage.produces)


def select(names: Sequence[str] | None = None) -> tuple[Stage, ...]:
    """The stages to run, in pipeline order (all by default)."""
    if names is None:
        chosen = STAGES
    else:
        unknown = set(names) - {s.name for s in STAGES}
        if unknown:
            raise UsageError(f"unknown stages: {sorted(unknown)}", code="E501")
        chosen = tuple(s for s in STAGES if s.name in names)
    check_order(chosen)
    return chosen


check_order(STAGES)
