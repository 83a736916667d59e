"""The same unnamed source going on: "A person familiar with the negotiations says ...
the person said", "the plant's operator said ... The operator put the toll at three".
``resolve`` asks here before it looks further back for whom a description stands for.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from spacy.tokens import Doc

from sourcetrace.attribution.descriptions import words_of, works_at
from sourcetrace.attribution.reach import Reach
from sourcetrace.lexicons import lexicon
from sourcetrace.models import Attribution, Span

__all__ = ["same_unnamed"]

# An unnamed source's indefinite start ("a", "two", "several"), as provenance reads it.
_INDEFINITE = lexicon("source_kinds").pattern("indefinite")


def same_unnamed(att: Attribution, head: str, earlier: Sequence[Attribution], reach: Reach,
                  doc: Doc) -> tuple[str, Span] | None:  # fmt: skip
    """ "the person said", "the official added": the unnamed source the article introduced
    with that noun just before ("A person familiar with the negotiations says ..."), in the
    same number, within ``reach.unnamed_chars_back`` characters. A definite description
    goes on with someone already met. Two different unnamed sources so described in view ("an official told
    the Journal ... a senior administration official said the same to CNN"): nobody."""
    assert att.source_span is not None
    place = works_at(doc, att)
    found: dict[str, Attribution] = {}
    for a in reversed(earlier):
        if a.source_span is None or a.source_span[0] < att.source_span[0] - reach.unnamed_chars_back:
            break
        text = (a.resolved_source or a.source_text or "").strip()
        words = re.findall(r"[a-z\-]+", text.lower().split(",")[0])
        if (head in words[:6] and place <= words_of(text)
                and (_INDEFINITE.match(text) or text.lower().startswith("the "))):
            found.setdefault(" ".join(words[:6]), a)
    # Introduced by an indefinite ("A person familiar with ...") or by a definite one of
    # its own ("the plant's operator said ... The operator put the toll at three").
    introduced = [a for a in found.values()
                  if _INDEFINITE.match((a.resolved_source or a.source_text or "").strip())
                  or len((a.resolved_source or a.source_text or "").split()) > 2]
    if len(found) != 1 or not introduced:
        return None
    a = introduced[0]
    span = a.resolved_span or a.source_span
    assert span is not None
    return a.resolved_source or a.source_text or "", span
