"""Stance: how a statement stands toward what it reports, and each article toward a claim.

Entries: ``attribution_stance(content, cue=...)`` (``rules``, the lexical rules);
``article_stances_from_mentions`` (``articles``, an article's stance toward a claim from
its own mentions of it); and ``ArticleStanceModel`` (``model``, the trained body
classifier; features in ``features``).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any

from sourcetrace.errors import UsageError
from sourcetrace.models import Attribution
from sourcetrace.pipeline import ArticleWork, Corpus, Stage, lazy_exports, register
from sourcetrace.settings import Settings

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from sourcetrace.stance.articles import article_stances_from_mentions
    from sourcetrace.stance.model import ArticleStanceModel
    from sourcetrace.stance.rules import attribution_stance

__all__ = ["ArticleStanceModel", "article_stances_from_mentions", "attribution_stance"]
__getattr__ = lazy_exports(
    __name__, {"ArticleStanceModel": "model", "article_stances_from_mentions": "articles",
               "attribution_stance": "rules"}
)


def _read_stances(work: ArticleWork, settings: Settings) -> None:
    """Each attribution's stance from its own words, in the per-article block, on the
    article's parse: a negated content is read on its tokens there, never parsed again."""
    from sourcetrace.attribution.verdicts import statement_end

    text = work.article.text
    verdicts = [a for a in work.attributions if a.rule == "verdict"]
    work.attributions = [
        replace(att, stance=_read(att, text, None, work.doc,  # type: ignore[arg-type]
                                  until=statement_end(att, verdicts, text)))
        for att in work.attributions]


def _stance(corpus: Corpus, settings: Settings) -> None:
    """The stances the article block read, with the one rule that needs the speakers
    stage: an outlet's statement with no other mark reports. Attributions the block did
    not read (the ``attribution_stance`` stage not chosen) are read here whole."""
    from sourcetrace.stance.nested import nested_stances
    from sourcetrace.stance.rules import ASSERTS, REPORTS

    texts = {a.id: a.text for a in corpus.articles}
    speaker_type = {s.id: s.type for s in corpus.speakers}
    out = []
    for att in corpus.attributions:
        kind = speaker_type.get(att.speaker or "")
        if att.stance is None:
            label = _read(att, texts.get(att.article, ""), kind)
        else:
            # ``_read`` without a speaker type says "asserts" exactly where, given an
            # outlet, it would have said "reports".
            label = REPORTS if att.stance == ASSERTS and kind == "outlet" else att.stance
        out.append(replace(att, stance=label))  # type: ignore[arg-type]
    corpus.attributions = nested_stances(out)


def _read(att: Attribution, text: str, speaker_type: str | None, doc: Doc | None = None,
          until: int | None = None) -> str:  # fmt: skip
    from sourcetrace.attribution.withdrawals import taken_back
    from sourcetrace.stance.relayed import relays_denial
    from sourcetrace.stance.rules import _nlp, attribution_stance, text_before_cue
    from sourcetrace.stance.vocabulary import (
        EVIDENCE_GAP_PATTERNS,
        has_denial_words,
        has_doubt_words,
        matches,
    )

    if att.cue_span is not None and att.cue_span[1] <= att.span[0] and matches(
            EVIDENCE_GAP_PATTERNS, text[att.cue_span[1] : att.span[0]].lower()):
        return "questions"  # "found no indications yet that P": P doubted, not found
    if taken_back(att):
        return "denies"  # "An earlier version of this article said P", a piece withdrawn
    sentence = None
    if att.sentence_span is not None:
        sentence = text[att.sentence_span[0] : min(att.sentence_span[1], until or len(text))]
    tokens = None
    if doc is not None and text[att.span[0] : att.span[1]] == att.content:
        tokens = doc.char_span(*att.span, alignment_mode="expand")
    label = attribution_stance(att.content, cue=att.cue, sentence=sentence,
                               speaker_type=speaker_type, before_cue=text_before_cue(text, att),
                               tokens=tokens, until=until)
    # Doubt the content tells of may be another party's, as a denial may be.
    doubt = label in ("asserts", "denies") and has_doubt_words(att.content)
    if (label != "denies" and not doubt) or not att.source_text:
        return label
    if doc is not None and tokens is not None and att.source_span is not None:
        source = doc.char_span(*att.source_span, alignment_mode="expand")
    else:  # read without the article's parse (its stage not run): the words alone
        tokens, source = _nlp()(att.content)[:], _nlp()(att.source_text)[:]
    if relays_denial(tokens, att.cue, source, has_denial_words) or (
            doubt and relays_denial(tokens, att.cue, source, has_doubt_words)):
        return "reports"  # "Bolton noted that Putin denied ...": Putin's denial, relayed
    return label


ARTICLES_PER_STEP = 256


def _article_steps(order: list[int], pairs: list[tuple[Any, str]], size: int) -> Iterator[list[int]]:
    """``order`` (pair indices sorted by article) cut into runs of at most ``size`` articles."""
    step: list[int] = []
    seen: set[str] = set()
    for k in order:
        art = pairs[k][1]
        if art not in seen and len(seen) == size:
            yield step
            step, seen = [], set()
        seen.add(art)
        step.append(k)
    if step:
        yield step


@dataclass(frozen=True)
class StanceKnobs:
    """``[stance]``: ``article`` is how an article's stance toward a claim is read,
    "mentions" (its own mentions of the claim, ``stance.articles``) or "model" (the
    trained body classifier, ``stance.model``)."""

    article: str


def _article_stance(corpus: Corpus, settings: Settings) -> None:
    """How each article carrying a claim stands toward it (supports / denies / reports)."""
    how = settings.read("stance", StanceKnobs).article
    if how == "mentions":
        from sourcetrace.stance.articles import article_stances_from_mentions

        texts = {a.id: a.text for a in corpus.articles}
        stances = article_stances_from_mentions(corpus.claims, corpus.candidates,
                                               corpus.attributions, texts)
    elif how == "model":
        stances = _model_stances(corpus)
    else:
        raise UsageError(f'settings [stance] article: expected "mentions" or "model", got {how!r}')
    corpus.claims = [replace(c, article_stances=stances.get(c.id, {})) for c in corpus.claims]


def _model_stances(corpus: Corpus) -> dict[str, dict[str, str]]:
    """The trained body classifier's reading of each (claim, article) pair."""
    from sourcetrace.stance.model import ArticleStanceModel

    pairs = [(c, a) for c in corpus.claims for a in c.articles]
    if not pairs:
        return {}
    texts = {a.id: a.text for a in corpus.articles}
    model = ArticleStanceModel.load()
    labels: list[str] = [""] * len(pairs)
    # A few hundred articles at a time: the features of a body (its sentences, their words
    # and vectors) are held while its pairs are read, and each pair's features depend on
    # its claim and body alone, so the answer is the same in one call or many.
    by_article = sorted(range(len(pairs)), key=lambda k: pairs[k][1])
    for step in _article_steps(by_article, pairs, ARTICLES_PER_STEP):
        read = model.predict([pairs[k][0].text for k in step],
                             [texts.get(pairs[k][1], "") for k in step])
        for k, label in zip(step, read, strict=True):
            labels[k] = label
    stances: dict[str, dict[str, str]] = {}
    for (claim, art), label in zip(pairs, labels, strict=True):
        # Every article here carries the claim, so "unrelated" is not an answer.
        stances.setdefault(claim.id, {})[art] = "reports" if label == "unrelated" else label
    return stances


register(
    Stage("attribution_stance", "article", ("attributions",), ("attribution_stances",),
          _read_stances, "each attribution's stance from its own words (on the workers)"),
    Stage("stance", "corpus", ("attributions", "speakers"), ("stance",), _stance,
          "asserts / denies / questions / reports per attribution"),
    Stage("article_stance", "corpus", ("claims",), ("article_stances",), _article_stance,
          "each article's stance toward each claim it carries"),
)
