"""The stage registry and the order stages run in. Each declares what it needs and produces.

Stages live with their capability: each capability package (``sourcetrace.claims``,
``sourcetrace.temporal`` ...) registers its stages here when imported, and this module
imports none of them by name in code, so capabilities depend on the pipeline and never
the other way round. ``ORDER`` is the one place the pipeline's order is written down.

Two scopes:
- ``article`` stages run once per article on its spaCy parse; their output is
  cached in the store per article, so a re-run (or a run resumed after a crash)
  parses only what is new;
- ``corpus`` stages run over the whole analysed set (dedup, speakers, claims ...).

``check_order`` verifies, like spaCy's ``analyze_pipes``, that every stage's
requirements are produced by an earlier stage.
"""

from __future__ import annotations

import functools
import importlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Literal

from sourcetrace.errors import SourcetraceError, UsageError
from sourcetrace.models import (
    Article,
    Attribution,
    Citation,
    Claim,
    DuplicateGroup,
    Event,
    Origin,
    Rejection,
    Reuse,
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
    reuse: list[Reuse] = field(default_factory=list)
    origins: dict[str, Origin] = field(default_factory=dict)
    timexes: dict[str, list[TimeRef]] = field(default_factory=dict)
    attributions: list[Attribution] = field(default_factory=list)
    citations: list[Citation] = field(default_factory=list)
    candidates: list[Any] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    speakers: list[Speaker] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
    graphs: dict[str, Any] = field(default_factory=dict)
    # Wall seconds per stage of the run that made this corpus (per-article stages as one
    # block); what `analyze --timings` and benchmarks/bench_analyze.py print.
    timings: dict[str, float] = field(default_factory=dict)

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
    # A stage that works on a whole chunk of texts at once (the parser): engines call it
    # with the chunk's texts and a batch size and hand each article its result as ``doc``.
    batch: Callable[[Sequence[str], int], list[Any]] | None = None
    # Loaded once per process before any article is analysed (the parser model), so
    # forked workers share it and spawned ones load it before their first chunk.
    warmup: Callable[[], Any] | None = None
    # The settings sections an article stage reads: their values are part of its cached
    # results' key, so a run with other settings (``--settings``) does not reuse them.
    settings: tuple[str, ...] = ()


def lazy_exports(package: str, names: dict[str, str]) -> Callable[[str], Any]:
    """A module ``__getattr__`` for a capability's public names (``name -> submodule``).

    A capability's ``__init__`` runs whenever any of its modules is imported; loading
    its entry functions only when asked keeps that cheap (the report needs the outlet
    registry, not spaCy) and keeps capabilities from importing each other in a cycle.
    """

    def __getattr__(name: str) -> Any:
        if name not in names:
            raise AttributeError(f"module {package!r} has no attribute {name!r}")
        return getattr(importlib.import_module(f"{package}.{names[name]}"), name)

    return __getattr__


def engine_run(work: Any, settings: Settings) -> None:
    """The ``run`` of a stage the engine performs itself (ingest, the batched parse)."""


# The capability packages that register stages, imported by name on first use.
CAPABILITIES = (
    "ingest", "dedup", "nlp", "temporal", "attribution", "citations", "claims",
    "speakers", "stance", "provenance",
)

# The pipeline's order. A registered stage missing here, or a name here that no
# capability registers, is an error at load time rather than a stage silently skipped.
ORDER = (
    "ingest", "dedupe", "nlp", "dct", "timex", "attribute", "citations", "candidates",
    "events", "attribution_stance", "origins", "speakers", "stance", "claims",
    "article_stance", "provenance", "timeline",
)

_REGISTRY: dict[str, Stage] = {}


def register(*stages: Stage) -> None:
    """Add stages to the registry (called by each capability package on import)."""
    for stage in stages:
        if stage.name in _REGISTRY and _REGISTRY[stage.name] is not stage:
            raise SourcetraceError(f"stage {stage.name!r} registered twice", code="E500")
        _REGISTRY[stage.name] = stage


@functools.lru_cache(maxsize=1)
def all_stages() -> tuple[Stage, ...]:
    """Every registered stage, in pipeline order (loads the capability packages)."""
    for name in CAPABILITIES:
        importlib.import_module(f"sourcetrace.{name}")
    unordered = set(_REGISTRY) - set(ORDER)
    missing = [n for n in ORDER if n not in _REGISTRY]
    if unordered or missing:
        raise SourcetraceError(
            f"stage registry and pipeline order disagree: not in ORDER {sorted(unordered)}, "
            f"not registered {missing}",
            code="E500",
        )
    stages = tuple(_REGISTRY[n] for n in ORDER)
    check_order(stages)
    return stages


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
    article_at = [i for i, s in enumerate(stages) if s.scope == "article"]
    if article_at and any(s.scope != "article" for s in stages[article_at[0] : article_at[-1]]):
        # The engines run article stages as one per-article block: a corpus stage inside
        # it would run per article, or not at all.
        raise SourcetraceError("a corpus stage sits between article stages", code="E500")


def select(names: Sequence[str] | None = None) -> tuple[Stage, ...]:
    """The stages to run, in pipeline order (all by default)."""
    stages = all_stages()
    if names is None:
        chosen = stages
    else:
        unknown = set(names) - {s.name for s in stages}
        if unknown:
            raise UsageError(f"unknown stages: {sorted(unknown)}", code="E501")
        chosen = tuple(s for s in stages if s.name in names)
        try:
            check_order(chosen)
        except SourcetraceError as exc:
            # The user picked the stages: a missing requirement is a usage error (exit 2).
            raise UsageError(f"{exc.args[0]}; add the stages that produce it to --stages",
                             code="E500") from exc
    return chosen

