"""Which claim a bare mention of a report is about: a denial of "the accusations", "This
never happened", an echo ("said the same"): in its sentence, else what is said of the
denier, else nearby, else the article's main claim (``cluster``); one that names what it
rejects is found by those words across the corpus.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from sourcetrace.claims import link as lex
from sourcetrace.claims.denials import ACCUSATIONS
from sourcetrace.lexicons import lexicon

if TYPE_CHECKING:
    from sourcetrace.claims.candidates import ClaimCandidate

__all__ = ["link_report_denials"]

_DENIAL_WINDOW = lex.DENIAL_WINDOW
# One piece of journalism ("the report"), denied: the scoop ("those reports": the last).
_THE_PIECE = lexicon("report_nouns").pattern("one_piece")


def link_report_denials(cands: list[ClaimCandidate]) -> list[ClaimCandidate]:
    """Point each bare denial of a report at the claim the report carries: a relayed
    (affirmative) candidate read in the same sentence ("Asked about the question that
    Ukraine accuses Russia of [undermining the dam], Peskov said: 'We reject it'"), else
    the nearest earlier one that accuses the denier (a party denies what is said about
    it: the Kremlin denying "the accusations" denies a claim about Russia), else the
    nearest among the last few, else ``lex.ARTICLE_CONTEXT`` (the clustering stage then picks
    the article's most salient claim)."""
    out: list[ClaimCandidate] = []
    pointed: dict[str, str] = {}  # what each bare denial already read points at
    cands_ids = {c.id for c in cands}
    for i, c in enumerate(cands):
        if c.refers_to in (lex.ECHO, lex.OWN_ECHO):
            said = _echoed(c, cands, i)
            if said is not None:  # an echo of nothing this article states is dropped
                out.append(replace(c, refers_to=said.id))
            continue
        if c.refers_to != "?":
            out.append(c)
            continue
        target = _denied_report(c, cands, i)
        if target is not None and target.id in pointed:  # "rejected a report ..., calling
            # it ...": where that denial goes, found by its words (``cluster``) or here.
            pointed[c.id] = pointed[target.id] if pointed[target.id] in cands_ids else target.id
            out.append(replace(c, negated=True, refers_to=pointed[c.id]))
            continue
        if c.names_content and not _same_sentence(target, c):
            # What it rejects is named, and no report in its sentence carries it: the
            # claim is found by those words across the corpus (``cluster.BY_CONTENT``).
            out.append(replace(c, negated=True, refers_to=lex.BY_CONTENT))
            pointed[c.id] = lex.BY_CONTENT
            continue
        if target is None and set(c.words) & _DOCUMENTS:
            continue  # a document none of the article's statements is credited to
        pointed[c.id] = target.id if target is not None else lex.ARTICLE_CONTEXT
        out.append(replace(c, negated=True, refers_to=pointed[c.id]))
    return out


def _echoed(c: ClaimCandidate, cands: list[ClaimCandidate], i: int) -> ClaimCandidate | None:
    """The statement an echo repeats: the nearest earlier affirmative statement of the
    last few, by someone else; for the speaker's own report ("stood by its reporting"),
    the nearest earlier one the speaker said or is credited with, however far back, or
    none."""
    if c.refers_to == lex.OWN_ECHO:
        return next((p for p in reversed(cands[:i]) if p.refers_to is None and not p.negated
                     and p.attribution != c.attribution and c.source is not None
                     and (p.source == c.source or c.source in p.cites)), None)
    return next((p for p in reversed(cands[max(0, i - _DENIAL_WINDOW) : i])
                 if p.refers_to is None and not p.negated and p.attribution != c.attribution),
                None)


def _same_sentence(target: ClaimCandidate | None, c: ClaimCandidate) -> bool:
    return target is not None and c.sentence is not None and (
        c.sentence[0] <= target.span[0] < c.sentence[1]
    )


_DOCUMENTS = lex.DENIABLE_DOCUMENTS | lexicon("report_nouns").words("records")
_POINTING = lexicon("cues").words("pointing_pronouns")


def _denied_report(c: ClaimCandidate, cands: list[ClaimCandidate], i: int) -> ClaimCandidate | None:
    def relayed(p: ClaimCandidate) -> bool:
        return p.id != c.id and p.refers_to is None and not p.negated and bool(
            p.entities or p.agent)  # "the company faked tests": its agent is an actor

    if c.sentence is not None:
        lo, hi = c.sentence
        # Not the denier's own claim in that sentence ("denied the accusations, instead
        # saying Kyiv was behind it"): that is what it puts in their place.
        # and only a report credited to someone ("Ukraine accuses Russia of ..."): an
        # unattributed clause there is the denier's own aside ("..., adding: ...").
        same = [p for p in cands if relayed(p) and lo <= p.span[0] < hi
                and p.source is not None and p.source != c.source]
        if same:
            return min(same, key=lambda p: abs(p.span[0] - c.span[0]))
        # "denied that P, calling the reports a smear": the reports are P's.
        worded = [p for p in cands[:i] if (p.denial or p.negated) and p.refers_to in (None, "?")
                  and lo <= p.span[0] < hi and p.source == c.source]
        if worded:
            return min(worded, key=lambda p: abs(p.span[0] - c.span[0]))
    named = set(c.words) & _DOCUMENTS
    if named:
        # "Rejected last week's indictment": what the indictment says, or nothing here.
        return next((p for p in reversed(cands[:i]) if relayed(p) and _tells_of(p, named)), None)
    if c.source:
        # A party denies what is said about it. An accusation it denies is of what it is
        # said to have done ("Ostland denied the allegations" after "Ostland sent troops
        # ..." and "Brant will visit Ostland"; each party of "Both China and Russia"
        # counts); other reports, the last that names it.
        earlier = [p for p in cands[:i] if relayed(p) and p.source != c.source]
        keys = set(c.source_keys) or {c.source}
        about = [p for p in earlier if p.agent in keys] if set(c.words) & ACCUSATIONS else []
        about = about or [p for p in earlier if p.agent == c.source or c.source in p.entities]
        if about:
            # "The report" (one piece of journalism: the article's scoop) is the first;
            # else the last that names the denier.
            return about[0] if _THE_PIECE.match(c.text) else about[-1]
    if c.text.lower().strip(" .") in _POINTING:
        # "Reports that three patients died could not be confirmed. The hospital has
        # denied them": a pronoun points at what was just told, whoever it names (when
        # nothing said before names the denier).
        told = next((p for p in reversed(cands[max(0, i - 2) : i]) if p.refers_to is None
                     and not p.negated and p.source != c.source), None)
        if told is not None:
            return told
    # Nor what another who answered the report says beside it ("if they have examples,
    # they need to tell Congress" after "I never heard of anything like this"): an answer
    # is not the report answered; with none left, the article's main claim is.
    answered = {v for p in cands[:i] if p.refers_to is not None or p.denial for v in _voice(p)}
    return next((p for p in reversed(cands[max(0, i - _DENIAL_WINDOW) : i])
                 if relayed(p) and not (c.source and p.source == c.source)
                 and not _voice(p) & answered), None)


def _voice(c: ClaimCandidate) -> set[str]:
    """Keys of who says ``c``: its source's key and the keys of the source phrase; a
    name without a key by its last word, as keys of names are ("Ana Sorel": "sorel")."""
    if not c.source:
        return set()
    return {c.source, *c.source_keys, c.source.split()[-1]}


def _tells_of(p: ClaimCandidate, documents: set[str]) -> bool:
    """``p`` is credited to one of ``documents`` ("the indictment says ..."), names it, or
    tells of the act that made it ("were indicted": the noun starts with the verb)."""
    return bool(set((p.source or "").split()) & documents or set(p.words) & documents
                or p.source_head in documents) or any(
        d.startswith(v) for d in documents for v in p.predicates if len(v) >= 4)
