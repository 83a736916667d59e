"""Attribution: quotes, reported speech and according-to, with source and content spans.

Entry: ``extract_attributions(doc, article_id=...)`` (``extract``); cue words in ``cues``,
sentence rules in ``rules`` (passives and evidentials in ``passives``), span trimming in ``spans``, pronoun and description sources in
``resolve`` (personal pronouns in ``pronouns``); which rules report speech in ``acts``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

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
    from sourcetrace.attribution.reach import Reach

    assert work.doc is not None
    work.attributions = extract_attributions(work.doc, article_id=work.article.id,
                                             reach=Reach.from_settings(settings))


register(
    Stage("attribute", "article", ("doc",), ("attributions",), _attribute,
          "quotes, reported speech, according-to", settings=("resolve",)),
)
