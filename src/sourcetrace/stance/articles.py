"""Each article's stance toward a claim it carries, read from its own mentions of it.

An article *supports* a claim when it states it in its own voice: a sentence of the
article carries it with no one credited, not inside quotation marks, and with the
claim's polarity; or hedges it without naming anyone ("Trump appeared to wink at
Putin", "the leaders are expected to meet one-on-one": a sourceless raising or passive
attribution asserting the claim). Otherwise it *reports* it: every mention credits
someone, whether they assert or deny it (who denies a claim is in the claim's
``denied_by``). Each "supports" rests on sentences the claim lists, so the report can
show why.

An article's own voice is not read as denying a claim: on Helsinki every one of the 45
such readings (an uncredited negated or denial-worded mention) was wrong: litotes ("was
not the first time Trump and Putin have held talks"), a prediction of someone's denial,
an unmarked quote ("Because it is FAKE NEWS!"), a negation of something else. The
trained body classifier (``stance.model``, FNC-1 and Emergent) reads the whole body
against the claim's text instead; on Helsinki it called 17% of the article-claim pairs
denials, and none of the 44 of those judged was one (BENCHMARKS.md, "Article stance on a
real story"). It is kept for ``sourcetrace eval stance`` and as ``[stance] article =
"model"``.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import TYPE_CHECKING, Final

from sourcetrace.models import Attribution, Claim

if TYPE_CHECKING:
    from sourcetrace.claims.candidates import ClaimCandidate

SUPPORTS: Final = "supports"
REPORTS: Final = "reports"

# Attribution rules that hedge the outlet's own statement when no source is named
# ("appeared to", "is expected to"); with a source they credit it ("is expected by
# analysts to").
_HEDGING_RULES: Final = frozenset({"raising", "passive"})

# A sentence opening with one of these is someone's words shown, not the outlet's voice
# (a tweet or a statement set apart in quotation marks).
_QUOTE_OPENERS: Final = frozenset("\"“”‘'«„")


def article_stances_from_mentions(
    claims: Iterable[Claim], candidates: Sequence[ClaimCandidate],
    attributions: Iterable[Attribution], texts: Mapping[str, str],
) -> dict[str, dict[str, str]]:
    """claim id -> article id -> supports / reports, for every article the claim lists;
    ``texts`` are the articles' texts by id."""
    by_id = {c.id: c for c in candidates}
    hedges = {a.id: a.article for a in attributions
              if not a.source_text and a.rule in _HEDGING_RULES}
    out: dict[str, dict[str, str]] = {}
    for claim in claims:
        members = [by_id[i] for i in claim.candidates if i in by_id]
        rep = next((m for m in members if m.text == claim.text and m.refers_to is None), None)
        own = {m.article for m in members
               if m.article in claim.articles and states(m, rep, texts.get(m.article, ""))}
        own |= {hedges[a] for a, stance in claim.stances
                if a in hedges and stance == "asserts" and a not in claim.related}
        out[claim.id] = {a: SUPPORTS if a in own else REPORTS for a in claim.articles}
    return out


def states(m: ClaimCandidate, rep: ClaimCandidate | None, text: str) -> bool:
    """``m`` is the article stating its claim in its own voice: no one credited, no bare
    denial or echo of a report, the claim's polarity, not a quotation."""
    if m.attribution is not None or m.refers_to is not None:
        return False
    if m.negated != (rep is not None and rep.negated):
        return False
    lo, hi = m.sentence or m.span
    return text[lo:hi].lstrip()[:1] not in _QUOTE_OPENERS
