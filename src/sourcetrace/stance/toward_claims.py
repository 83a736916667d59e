"""Stances read toward the claim a mention is in, after clustering: corrections to the
attribution stances that the rules read toward a whole quoted content.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import TYPE_CHECKING

from sourcetrace.lexicons import lexicon
from sourcetrace.models import Claim, StanceLabel
from sourcetrace.stance.vocabulary import contradicts, has_doubt_words

if TYPE_CHECKING:
    from sourcetrace.claims.candidates import ClaimCandidate


def stance_toward_claims(
    claims: Iterable[Claim], candidates: Sequence[ClaimCandidate], stances: Mapping[str, str],
    same_act: Callable[[ClaimCandidate, ClaimCandidate], bool] | None = None,
    negates_act: Callable[[ClaimCandidate, ClaimCandidate], bool] | None = None,
) -> dict[tuple[str, str], StanceLabel]:
    """Attribution stances read toward each claim, (attribution id, claim id) -> stance,
    so that each reads toward the claim its mention is in, not toward the whole quoted
    content:

    * a "denial" whose mention of the claim is affirmative asserts it: the negation was
      elsewhere in a long quote ("There is a US-China dimension. We shouldn't forget the
      trade war.");
    * when every mention of a claim is a negative statement ("We will not allow a
      lifeline to Russia", "So far there is no evidence"), the claim's text is that
      negative statement and its speakers assert it; listing them as deniers would say
      they claimed the opposite;
    * a mention the claims stage read as an explicit denial of the claim (a denial cue or
      vocabulary around it, or a denial of the report that carries it) denies it;
    * a merely negated mention of another act than the claim's representative states
      (``same_act`` false) asserts it: "the balloon does not pose a threat" in the claim
      that it flies well above commercial traffic is part of what is claimed, while "Iran
      has not asked for missiles" denies that it asked;
    * a mention negating the claim's own act by a contradiction word, which the stance
      rules do not read, denies it ("the equipment was inconsistent with that aboard
      weather balloons" in "it was a weather balloon");
    * a negated mention of the opposite of a word of the claim says the claim ("not going
      in with high expectations" in "going in with low expectations"): it asserts it;
    * a flat negation of the claim's own act on what it names (``negates_act``, the
      clustering's own reading of a denial: "... and that the minister had never met
      Rask") denies it, where the attribution as a whole read as asserting and its content
      holds several statements (one alone was weighed by the stance rules: "I can say
      that Ostland sent troops, not tanks" asserts);
    * a statement of a content of several read as doubt, itself plain, asserts (``_of_a_part``);
    * any other mention of its own keeps the attribution's stance.
    """
    by_id = {c.id: c for c in candidates}
    # Attributions whose content the claims stage read as several statements in one sentence
    # ("said the report was wrong and that P"): their stance, read over the whole content,
    # says little of each part. (A quote's later sentences are each read as the quote is.)
    parts = Counter((c.attribution, c.sentence) for c in candidates
                    if c.attribution and c.refers_to is None)
    out: dict[tuple[str, str], StanceLabel] = {}
    for claim in claims:
        members = [by_id[i] for i in claim.candidates if i in by_id]
        rep = next((m for m in members if m.text == claim.text and m.refers_to is None), None)
        negative = rep is not None and rep.said_negatively
        mentions = set(claim.mentions)
        for m in members:
            if m.attribution is None or m.attribution not in mentions:
                continue
            key = (m.attribution, claim.id)
            label, settled = _toward(m, rep, negative, stances.get(m.attribution), same_act)
            if parts[m.attribution, m.sentence] > 1:
                label, settled = _of_a_part(m, rep, negative, negates_act, label, settled,
                                            stances.get(m.attribution))
            if label and settled:
                out[key] = label
            elif label:
                out.setdefault(key, label)
    return out


_Same = Callable[["ClaimCandidate", "ClaimCandidate"], bool]


def _of_a_part(m: ClaimCandidate, rep: ClaimCandidate | None, negative: bool,
               negates_act: _Same | None, label: StanceLabel | None, settled: bool,
               was: str | None) -> tuple[StanceLabel | None, bool]:
    """The stance of one statement of a content of several: a flat negation of the
    claim's act denies it (``_part_denies``); a statement neither negated nor worded in
    doubt asserts what it says where the whole read as doubt ("found no evidence of fraud
    and that the videos were filmed in an exercise": the doubt is the first's)."""
    if label in (None, "asserts") and _part_denies(m, rep, negative, negates_act):
        return "denies", True
    if (label or was) == "questions" and not (m.negated or has_doubt_words(m.text)):
        return "asserts", True
    return label, settled


def _part_denies(m: ClaimCandidate, rep: ClaimCandidate | None, negative: bool,
                 negates_act: _Same | None) -> bool:
    """One statement of a content of several, a flat negation of the claim's own act on
    what it names ("... and that the minister had never met Rask"): the clustering took it
    as a denial of the claim, and the content's stance, read as a whole, says nothing of
    this part."""
    # Not the negation of a word's opposite ("I'm not going with high expectations" says
    # the claim that he goes with low ones).
    # Nor a statement the claim's own wording holds ("I'm going with low expectations, I'm
    # not going with high expectations").
    # Nor another's act ("Putin will never offer a real concession" in the claim that Trump
    # will offer concessions).
    return (negates_act is not None and rep is not None and not negative
            and m.refers_to is None and negates_act(m, rep) and not says_opposite(m.text, rep.text)
            and _words(m.text) not in _words(rep.text)
            and not (m.agent and rep.agent and m.agent != rep.agent))


def _toward(
    m: ClaimCandidate, rep: ClaimCandidate | None, negative: bool, was: str | None,
    same_act: _Same | None,
) -> tuple[StanceLabel | None, bool]:
    """One mention's stance toward its claim, and whether it overrides what another
    mention of the same attribution set (None: no entry, the attribution's own stance)."""
    if m.denial and not negative and was in {"asserts", "reports", "questions", "denies", ""}:
        # Read toward the claim, the mention is an explicit denial of it ("We can strongly
        # reject this" after "allegations that Russia destroyed the dam", "denied the
        # accusations"), whatever the quoted words alone read as. Said when already a
        # denial too: the quote may be linked to another claim.
        return "denies", True
    if m.refers_to is not None:
        return None, False
    same = rep is not None and same_act is not None and same_act(m, rep)
    if was != "denies" and m.negated and not negative and same and contradicts(m.text):
        # Negated by a contradiction word, which only the claims stage reads ("the
        # equipment was inconsistent with that aboard weather balloons" in "it was a
        # weather balloon"): the claim's own act, negated, denies it. Other negations were
        # weighed by the stance rules ("will not necessarily supply" is a hedge).
        return "denies", True
    if was == "questions" and (negative and m.said_negatively or rep is not None and (
            has_doubt_words(rep.text) and has_doubt_words(m.text))):
        # Doubt said as a negative statement ("there is no evidence that P") or in words of
        # doubt ("it was too early to determine the cause") in the claim that is that
        # statement: its speakers assert it, as they would a negated one.
        return "asserts", True
    if was in ("asserts", "reports") and rep is not None and contrary_predicate(m, rep):
        # "I am very much alive" in the claim that Tomas Vey has died: the opposite state
        # of the same subject, plainly said, denies it.
        return "denies", True
    if was != "denies":
        # The quote's own mention of this claim reads as the quote does, even when another
        # of its sentences denies another claim ("We can strongly reject this. [...] we are
        # definitely talking about deliberate sabotage by the Ukrainian side" asserts the
        # sabotage): without this entry the stance toward the quote's first claim would be
        # used.
        return (was or None), False  # type: ignore[return-value]
    if not m.negated or (negative and m.said_negatively) or (
            not m.denial and rep is not None and same_act is not None and not same):
        return "asserts", True
    if not m.denial and rep is not None and not rep.negated and says_opposite(m.text, rep.text):
        # "not going in with high expectations" in "going in with low expectations": the
        # negation of the opposite word says the claim.
        return "asserts", True
    return None, False


def _opposites() -> dict[str, set[str]]:
    """Each word of denial.toml ``opposites`` with its opposites, both ways round."""
    out: dict[str, set[str]] = {}
    for a, b in lexicon("denial").pairs("opposites"):
        out.setdefault(a, set()).add(b)
        out.setdefault(b, set()).add(a)
    return out


_OPPOSITES = _opposites()


def contrary_predicate(m: ClaimCandidate, rep: ClaimCandidate) -> bool:
    """Two plain statements of one subject whose predicates are opposites (denial.toml
    ``opposites``: "is alive" and "has died", "was guilty" and "is innocent"), neither
    negated (a negated opposite says the claim: ``says_opposite``)."""
    if m.negated or rep.negated or m.id == rep.id:
        return False
    mine, theirs = set(m.predicates) - {"be"}, set(rep.predicates) - {"be"}
    if mine & theirs or not any(_OPPOSITES.get(w, set()) & mine for w in theirs):
        return False
    return bool(set(m.entities) & set(rep.entities)) or (
        m.subject is not None and m.subject == rep.subject)


def _words(text: str) -> str:
    return " ".join(re.findall(r"[a-z]+", text.lower()))


def says_opposite(text: str, claim: str) -> bool:
    """``text`` has the opposite of a word of ``claim`` (denial.toml ``opposites``) and
    not that word itself."""
    mine = set(re.findall(r"[a-z]+", text.lower()))
    theirs = set(re.findall(r"[a-z]+", claim.lower()))
    return any(w not in mine and _OPPOSITES.get(w, set()) & (mine - theirs) for w in theirs)
