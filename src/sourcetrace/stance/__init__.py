"""Stance: how a statement stands toward what it reports, and each article toward a claim.

Entries: ``attribution_stance(content, cue=...)`` (``rules``, the lexical rules), and
``ArticleStanceModel`` (``model``, the trained article-level model; features in ``features``).
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from sourcetrace.pipeline import Corpus, Stage, lazy_exports, register
from sourcetrace.settings import Settings

if TYPE_CHECKING:
    from sourcetrace.stance.model import ArticleStanceModel
    from sourcetrace.stance.rules import attribution_stance

__all__ = ["ArticleStanceModel", "attribution_stance"]
__getattr__ = lazy_exports(
    __name__, {"ArticleStanceModel": "model", "attribution_stance": "rules"}
)


def _stance(corpus: Corpus, settings: Settings) -> None:
    from sourcetrace.stance.rules import attribution_stance, text_before_cue

    texts = {a.id: a.text for a in corpus.articles}
    # The speakers stage typed each source; an outlet speaking relays by default.
    speaker_type = {s.id: s.type for s in corpus.speakers}
    out = []
    for att in corpus.attributions:
        sentence = None
        text = texts.get(att.article, "")
        if att.sentence_span is not None:
            sentence = text[att.sentence_span[0] : att.sentence_span[1]]
        label = attribution_stance(att.content, cue=att.cue, sentence=sentence,
                                   speaker_type=speaker_type.get(att.speaker or ""),
                                   before_cue=text_before_cue(text, att))
        out.append(replace(att, stance=label))  # type: ignore[arg-type]
    corpus.attributions = out


def _article_stance(corpus: Corpus, settings: Settings) -> None:
    """How each article carrying a claim stands toward it (supports / denies / reports)."""
    from sourcetrace.stance.model import ArticleStanceModel

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


register(
    Stage("stance", "corpus", ("attributions", "speakers"), ("stance",), _stance,
          "asserts / denies / questions / reports per attribution"),
    Stage("article_stance", "corpus", ("claims",), ("article_stances",), _article_stance,
          "each article's stance toward each claim it carries"),
)
