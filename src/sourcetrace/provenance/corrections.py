"""An outlet that corrected or took back its report ("The Capital Herald later corrected
its report to say the holiday was paid for by a subsidiary"): the claim that report
carries is shown with the correction, in the words of the article that tells of it.

A correction is read where the prose credits an outlet (a citation) and the words right
after the outlet's name correct its report (``citation_words.toml`` ``correction``). The
report corrected is the outlet's: of the claims that outlet reported or carried, the one
whose words the correcting sentence names most (``citelink``'s comparison), else the claim
the citation credits.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Mapping, Sequence

from sourcetrace.lexicons import lexicon
from sourcetrace.models import Attribution, Citation
from sourcetrace.provenance.citelink import sentence_stems
from sourcetrace.stance.lemmas import lemma_guess

__all__ = ["corrections", "taking_back"]

_CORRECTION = lexicon("citation_words").pattern("correction")
_RETRACTING = lexicon("denial").words("retracting")
# How many characters after the outlet's name the correcting verb may start.
_NEAR = 40


def corrections(
    citations: Sequence[Citation], texts: Mapping[str, str], outlet_of: Callable[[str], str | None],
    reported: Mapping[str, set[str]], words: Mapping[str, set[str]],
) -> dict[str, list[str]]:
    """Per claim id, the corrections of the report that carries it ("Capital Herald
    corrected its report (The Ostgrad Post: "..."))". ``reported``: claim id -> the outlets
    that reported or carried it; ``words``: claim id -> its words as ``citelink`` compares
    them."""
    out: dict[str, list[str]] = defaultdict(list)
    for c in citations:
        text = texts.get(c.article, "")
        if c.kind != "citation" or not text:
            continue
        m = _CORRECTION.match(text[c.span[1] : c.span[1] + _NEAR + 80])
        if m is None or m.start("verb") > _NEAR:
            continue
        start, end = c.sentence_span or (c.span[0], c.span[1] + m.end())
        told = " ".join(text[start:end].split()).rstrip(".")
        claim = _corrected_claim(c, sentence_stems(told, c.outlet), reported, words)
        if claim is None:
            continue
        said = _told(c.outlet, " ".join(m["verb"].split()), told, outlet_of(c.article))
        if said not in out[claim]:
            out[claim].append(said)
    return dict(out)


def _told(outlet: str, verb: str, sentence: str, where: str | None) -> str:
    """ "Capital Herald corrected its report (The Ostgrad Post: "...")"."""
    quoted = f"\u201c{sentence}\u201d"
    return f"{outlet} {verb} its report ({where + ': ' if where else ''}{quoted})"


def _corrected_claim(c: Citation, said: set[str], reported: Mapping[str, set[str]],
                     words: Mapping[str, set[str]]) -> str | None:
    """Of the claims the corrected outlet reported, the one the sentence names most."""
    own = [cid for cid, outlets in reported.items() if c.outlet in outlets]
    shared = {cid: len(said & words.get(cid, set())) for cid in own}
    best = max(shared.values(), default=0)
    if best > 0:
        return next(cid for cid in own if shared[cid] == best)
    return c.claim


def taking_back(atts: Sequence[Attribution]) -> set[str]:
    """The speakers that take back their own words among ``atts`` ("retracted its
    statement that P"), as opposed to denying what someone else said."""
    return {a.speaker for a in atts if a.speaker and a.stance == "denies"
            and lemma_guess((a.cue or "").lower()) & _RETRACTING}
