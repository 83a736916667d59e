"""Words taken back: a piece its publisher withdrew ("The Evening Courier has withdrawn an
article that said Tomas Vey had died", "The minister deleted a post claiming P") said P
in the publisher's name, and the withdrawal takes P back; and a correction note's "An
earlier version of this article said P" (``passives.own_earlier_version``). Read as the
publisher's denial of P, where the piece alone ("an article") had been P's source.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc

from sourcetrace.attribution.passives import earlier_version
from sourcetrace.attribution.spans import Candidate, source_span
from sourcetrace.attribution.subjects import find_subject
from sourcetrace.lexicons import lexicon
from sourcetrace.models import Attribution
from sourcetrace.nlp.doctext import doc_text

__all__ = ["WITHDRAWN", "taken_back", "withdrawn_pieces"]

# The rule of an attribution whose speaker withdrew the piece that said its content.
WITHDRAWN = "withdrawn"

_DENIAL = lexicon("denial")
_WITHDRAWING = _DENIAL.words("withdrawing")
_PIECES = _DENIAL.words("withdrawn_pieces")


def withdrawn_pieces(cands: Sequence[Candidate], doc: Doc) -> list[Candidate]:
    """The candidates, each whose speaker is a piece someone withdrew credited to who
    withdrew it, its cue the verb of withdrawing ("[has withdrawn] an article that said
    P": the Evening Courier's, taken back)."""
    text = doc_text(doc)
    for c in cands:
        words = doc.char_span(*c.cue, alignment_mode="expand")
        verb = words.root if words is not None and len(words) else None
        if verb is None or verb.dep_ not in ("relcl", "acl"):
            continue
        piece, taker = verb.head, verb.head.head
        if (piece.pos_ != "NOUN" or piece.lower_ not in _PIECES or piece.dep_ != "dobj"
                or taker.lemma_.lower() not in _WITHDRAWING):
            continue
        subj = find_subject(taker)
        if subj is None:
            continue
        c.source = source_span(subj, text)
        c.source_outer, c.resolved = None, None
        c.cue = (taker.idx, taker.idx + len(taker.text))
        c.cue_text = taker.text
        c.via = WITHDRAWN
    return list(cands)


def taken_back(att: Attribution | None) -> bool:
    """The speaker takes back what the attribution says: a piece it withdrew, or the
    article's own earlier version."""
    return att is not None and (att.rule == WITHDRAWN or earlier_version(att.source_text))
