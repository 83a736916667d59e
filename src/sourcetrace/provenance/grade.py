"""The sourcing grade of a claim, after the NATO/Admiralty system (DESIGN.md).

Source reliability (A-F) rates the best primary source behind a claim; information
credibility (1-6) rates how the claim stands across the corpus. Both describe what
the texts show about *sourcing*; neither is a verdict on whether the claim is true,
and every grade's reasons say so.

The inputs are plain data (:class:`ClaimSourcing`), built by
:func:`sourcetrace.provenance.build.build_provenance` or by hand.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

NOT_TRUTH = "The grade describes how the claim is sourced in these texts, not whether it is true."


@dataclass(frozen=True)
class SourceSummary:
    """One independent source (possibly several speakers collapsed into one)."""

    label: str
    type: str  # person | anonymous | organization | outlet | other
    speakers: tuple[str, ...] = ()
    named: bool = False  # a named person, organisation or document: on the record
    has_role: bool = False  # speaks for an institution ("spokesman", "minister")
    knowledge: bool = False  # anonymous but described as having direct knowledge
    institution: bool = False  # anonymous but tied to an agency or government
    party: bool = False  # a party to the claim: its country/organisation is in the claim
    # Speaks for the claim's agent, the one that did the thing ("American jets downed the
    # balloon" from the US defence secretary); a party that only accuses another or
    # defends itself ("the airship is civilian" from Beijing) is not.
    acted: bool = False
    contradicts_itself: bool = False  # shown in the texts both asserting and denying
    retracted: bool = False  # the claim's only source, which also took it back

    @property
    def anonymous(self) -> bool:
        return self.type == "anonymous" or not self.named


@dataclass(frozen=True)
class ClaimSourcing:
    """What the corpus shows about one claim's sourcing."""

    sources: tuple[SourceSummary, ...] = ()  # independent primary sources asserting it
    deniers: tuple[SourceSummary, ...] = ()
    relay_outlets: tuple[str, ...] = ()  # distinct outlets that carry the claim
    first_reported_by: tuple[str, ...] = ()
    articles: int = 0  # distinct texts after collapsing copies
    contradicted: bool = False  # contradicted by independent evidence in the corpus
    questioned_by: tuple[SourceSummary, ...] = field(default_factory=tuple)
    # (repeating outlet, outlet it credits): an outlet relaying another's report.
    echoes: tuple[tuple[str, str], ...] = ()
    # Who made related statements clustered with the claim (not counted as its sources).
    related_by: tuple[str, ...] = ()
    # The sources of a rival account: a claim that this claim's own sources deny while
    # offering this one instead ("rejecting the spy balloon accusation, the ministry said
    # the airship is civilian"). On record and placed to know, they dispute it.
    rivals: tuple[SourceSummary, ...] = ()
    # Figures the claim's reports give differently, one line per counted thing, as
    # written and with who gave each ("about 4 million customers (...); as many as 6
    # million customers (...)"): ``figures.differing_figures``.
    figures: tuple[str, ...] = ()
    # Outlets that corrected or took back the report carrying the claim, as told
    # (``corrections.corrections``).
    corrections: tuple[str, ...] = ()


def source_reliability(source: SourceSummary) -> str:
    """A-E for one source (F is for a claim with no stated source)."""
    if source.contradicts_itself and (source.party or source.retracted):
        return "E"
    if source.named:
        if source.acted and (source.has_role or source.type == "organization"):
            return "A"  # the office that did the thing, speaking on record
        if source.has_role or source.type in ("organization", "other"):
            return "B"
        return "C"
    if source.knowledge and source.institution:
        return "C"
    return "D"


def _disputing(deniers: Sequence[SourceSummary]) -> list[SourceSummary]:
    """Denials that dispute a claim: on record, by someone placed to know."""
    return [d for d in deniers if d.named and (d.party or d.has_role or d.type != "person")]


def information_credibility(s: ClaimSourcing) -> int:
    if s.contradicted:
        return 5
    on_record = any(src.named for src in s.sources)
    disputing = _disputing(s.deniers) or _disputing(s.rivals)
    if disputing:
        return 4
    if len(s.sources) >= 2 and on_record:
        return 1
    if len(s.sources) >= 2:
        return 2
    if len(s.sources) == 1:
        return 3
    return 6


def _join(items: Sequence[str]) -> str:
    items = [i for i in items if i]
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + " and " + items[-1]


def _count(n: int, word: str) -> str:
    numbers = {1: "one", 2: "two", 3: "three", 4: "four", 5: "five"}
    return f"{numbers.get(n, str(n))} {word}{'' if n == 1 else 's'}"


def _sources_phrase(sources: Sequence[SourceSummary]) -> str:
    if not sources:
        return "no primary source stated"
    anonymous = [s for s in sources if s.anonymous]
    named = [s for s in sources if not s.anonymous]
    if len(sources) == 1:
        kind = "anonymous" if anonymous else "on-record"
        return f"one {kind} primary source ({sources[0].label})"
    parts = []
    if anonymous:
        parts.append(f"{len(anonymous)} anonymous ({_join([s.label for s in anonymous])})")
    if named:
        parts.append(f"{len(named)} on record ({_join([s.label for s in named])})")
    return f"{_count(len(sources), 'independent primary source')}: " + "; ".join(parts)


def _denial_phrase(deniers: Sequence[SourceSummary]) -> str:
    on_record = [d for d in deniers if d.named]
    anonymous = [d for d in deniers if not d.named]
    phrases = []
    if on_record:
        # People first (a spokesperson says more than "Beijing"), at most four named.
        ordered = sorted(on_record, key=lambda d: d.type != "person")
        names = [d.label for d in ordered[:4]]
        if len(ordered) > 4:
            names.append(f"{len(ordered) - 4} other{'s' if len(ordered) > 5 else ''}")
        text = f"denied on record by {_join(names)}"
        parties = [d for d in on_record if d.party]
        if parties and len(parties) == len(on_record):
            both = "both" if len(parties) == 2 else "all" if len(parties) > 2 else ""
            text += (
                f", {both} parties to the claim (interested denials)"
                if both
                else ", a party to the claim (interested denial)"
            )
        elif parties:
            verb = "is a party" if len(parties) == 1 else "are parties"
            plural = "" if len(parties) == 1 else "s"
            text += (
                f"; {_join([d.label for d in parties])} {verb} to the claim "
                f"(interested denial{plural})"
            )
        phrases.append(text)
    if anonymous:
        phrases.append(f"denied anonymously by {_join([d.label for d in anonymous])}")
    return "; ".join(phrases)


_RELIABILITY_WORDS = {
    "A": "a named, on-record source speaking for the party that acted",
    "B": "a named, on-record source speaking for an institution (or a document)",
    "C": "a named source without shown direct knowledge, or an anonymous source described "
    "as having direct knowledge and an institution (briefed on it, or senior in a named agency)",
    "D": "an anonymous source with a vague description",
    "E": "a source with a stake that the texts show contradicting itself",
    "F": "no primary source is stated, so reliability cannot be judged",
}
_CREDIBILITY_WORDS = {
    1: "confirmed by two or more independent primary sources, at least one on record",
    2: "supported by two or more independent sources, none on record",
    3: "one primary source, however many outlets relay it",
    4: "disputed: denied or contradicted on record by a source placed to know",
    5: "contradicted by independent evidence in the corpus",
    6: "cannot be judged from these texts",
}


def grade_legend() -> tuple[list[tuple[str, str]], list[tuple[int, str]]]:
    """What each reliability letter and credibility digit means, in the reasons' words
    (for a legend beside the grades)."""
    return list(_RELIABILITY_WORDS.items()), list(_CREDIBILITY_WORDS.items())


def grade_claim(sourcing: ClaimSourcing) -> tuple[str, list[str]]:
    """The grade ("D4") and plain-words reasons, the first one a summary sentence."""
    letters = sorted(source_reliability(s) for s in sourcing.sources)
    reliability = letters[0] if letters else "F"
    credibility = information_credibility(sourcing)
    grade = f"{reliability}{credibility}"

    summary = _sources_phrase(sourcing.sources)
    n_relay = len(sourcing.relay_outlets)
    if n_relay == 1:
        summary += f", carried by one outlet ({sourcing.relay_outlets[0]})"
    elif n_relay:
        summary += f", relayed by {_count(n_relay, 'outlet')}"
        if sourcing.first_reported_by:
            summary += f" via {_join(list(sourcing.first_reported_by))}"
    if sourcing.deniers:
        summary += "; " + _denial_phrase(sourcing.deniers)
    if any(s.retracted for s in sourcing.sources):
        summary += "; its source took it back"
    elif sourcing.sources and all(s.contradicts_itself for s in sourcing.sources):
        summary += "; its source is shown both saying and denying it"
    if rivals := _disputing(sourcing.rivals):
        summary += (f"; contradicted on record by {_join([r.label for r in rivals[:4]])}, "
                    "whose account its sources deny")
    if credibility == 3 and not sourcing.deniers:
        summary += "; not independently confirmed"
    reasons = [f"{grade}: {summary}."]
    best = next((s for s in sourcing.sources if source_reliability(s) == reliability), None)
    detail = f" ({best.label})" if best is not None else ""
    reasons.append(f"Reliability {reliability}: {_RELIABILITY_WORDS[reliability]}{detail}.")
    reasons.append(f"Credibility {credibility}: {_CREDIBILITY_WORDS[credibility]}.")
    if n_relay > 1 and len(sourcing.sources) <= 1:
        reasons.append(
            f"Reach is not corroboration: {_count(n_relay, 'outlet')} carry the claim, "
            f"but it rests on {_count(len(sourcing.sources), 'primary source')}."
        )
    if sourcing.echoes:
        by_relay: dict[str, list[str]] = {}
        for relay, origin in sourcing.echoes:
            by_relay.setdefault(relay, []).append(origin)
        parts = [
            f"{relay} repeats {_join(list(dict.fromkeys(o)))}" for relay, o in by_relay.items()
        ]
        reasons.append(f"Echoes, not corroboration: {'; '.join(parts)}.")
    if sourcing.questioned_by:
        reasons.append(f"Questioned by {_join([q.label for q in sourcing.questioned_by])}.")
    reasons += [f"The reports give different figures: {f}." for f in sourcing.figures]
    reasons += [f"Corrected: {c}." for c in sourcing.corrections]
    if sourcing.related_by:
        reasons.append(
            f"Not counted as sources: related statements by {_join(list(sourcing.related_by))} "
            "that do not say the same thing closely enough."
        )
    reasons.append(NOT_TRUTH)
    return grade, reasons
