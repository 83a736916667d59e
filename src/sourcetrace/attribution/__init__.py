"""Attribution: quotes, reported speech and according-to, with source and content spans.

Entry: ``extract_attributions(doc, article_id=...)`` (``extract``); cue words in ``cues``,
sentence rules in ``rules`` (passives and evidentials in ``passives``), span trimming in ``spans``, pronoun and description sources in
``resolve`` (personal pronouns in ``pronouns``, descriptions in ``descriptions``); which rules
report speech in ``acts``.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from sourcetrace.models import Attribution
from sourcetrace.pipeline import ArticleWork, Stage, lazy_exports, register
from sourcetrace.settings import Settings

if TYPE_CHECKING:
    from sourcetrace.attribution.acts import reports_speech
    from sourcetrace.attribution.extract import extract_attributions

__all__ = ["extract_attributions", "reports_speech"]
__getattr__ = lazy_exports(__name__, {"extract_attributions": "extract",
                                      "reports_speech": "acts"})


def _attribute(work: ArticleWork, settings: Settings) -> None:
    from sourcetrace.attribution.extract import extract_attributions
    from sourcetrace.attribution.passives import outlet_knowledge, own_earlier_version, own_review
    from sourcetrace.attribution.reach import Reach

    assert work.doc is not None
    found = extract_attributions(work.doc, article_id=work.article.id,
                                 reach=Reach.from_settings(settings))
    text, outlet = work.article.text, work.article.outlet
    work.attributions = [own_review(own_earlier_version(outlet_knowledge(
        _as_written(a, text), outlet), text, outlet), text, outlet) for a in found]


def _as_written(att: Attribution, text: str) -> Attribution:
    """The attribution's quoted strings as the article writes them. The parse reads a copy
    of the text with odd spaces made plain ones (``nlp.wraps``), offset for offset; what is
    shown as evidence is the article's own characters."""
    def cut(span: tuple[int, int] | None, current: str | None) -> str | None:
        if span is None or current is None or len(current) != span[1] - span[0]:
            return current
        return text[span[0] : span[1]]

    return replace(att, content=cut(att.span, att.content) or att.content,
                   source_text=cut(att.source_span, att.source_text),
                   cue=cut(att.cue_span, att.cue))


register(
    Stage("attribute", "article", ("doc",), ("attributions",), _attribute,
          "quotes, reported speech, according-to", settings=("resolve",)),
)
