"""Relay chains: which outlets stand between an article and the source it quotes.

"Three other balloons have traveled over the U.S., officials told the Associated Press":
the article's source is "officials", reached through the Associated Press. An
attribution's ``via`` lists the outlets the text credits for it, nearest the speaker first:

- outlets cited in the attribution's own sentence ("told CNN", "according to a report by
  NBC News", "spoke to The Washington Post", "interviewed by the NYT");
- a later statement of the same source, named by a pronoun or a description ("He
  charged that ...", "the official said"), keeps the relay of the statement that
  introduced it ("the Kremlin accused ..., Reuters reported. He charged that ...");
- a spokesperson of a body the article relayed speaks in the same report ("the Kremlin
  accused ..., Reuters reported. Kremlin spokesman Dmitry Peskov told journalists ...");
- what the article says "reportedly", with no source, is the report of the one outlet the
  article credits, if it credits one ("The US government reportedly has intelligence ...",
  then "..., NBC News reported").

An outlet that is itself the speaker ("the Times said") is the source, not a relay,
unless the article has already named the one source that outlet's report rests on: after
"a senior U.S. official told the New York Times", "According to the NYT, the satellites
detected a heat signature" goes on with that official, through the Times. An article's own
wire credit ("(Reuters)") says who wrote the article, not whom the source
spoke to, and is left to ``first_reported_by`` and the copy groups.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import replace

from sourcetrace.attribution import reports_speech
from sourcetrace.attribution.voices import principal
from sourcetrace.geo.places import normalise_place, seat_country
from sourcetrace.lexicons import lexicon
from sourcetrace.models import Attribution, Chain, Citation, Speaker

_REPORT_NOUNS = lexicon("report_nouns").words("claims")
# Hedges that say a statement comes from a report ("reportedly"; not "allegedly").
_REPORT_ADVERBS = lexicon("hedges").words("report_adverbs")
# A relay carries over to later statements of one source within this many of them
# (the packaged ``[provenance] relay_carry``).
CARRY = 3


def with_via(
    attributions: Sequence[Attribution], citations: Sequence[Citation],
    speakers: Sequence[Speaker], *, carry: int = CARRY,
) -> list[Attribution]:
    """The attributions with ``via`` filled in (see the module docstring); a relay named
    once goes on for the next ``carry`` statements of the same source."""
    names = {s.id: (s.name or s.label or "").casefold() for s in speakers}
    outlets = {s.id for s in speakers if s.type == "outlet"}
    people = {s.id for s in speakers if s.type in ("person", "anonymous")}
    bodies = {s.id: s.affiliation.casefold() for s in speakers if s.affiliation}
    # (article, outlet) -> the sources the article has said spoke to that outlet, with the
    # relay chain they came through.
    told: dict[tuple[str, str], dict[str, tuple[str, ...]]] = defaultdict(dict)
    cited: dict[str, list[Citation]] = defaultdict(list)
    for c in citations:
        if c.kind == "citation":
            cited[c.article].append(c)
    last: dict[tuple[str, str], tuple[int, tuple[str, ...]]] = {}
    # The same, by (article, the speaker's name): whose spokesperson a body's voice is.
    by_name: dict[tuple[str, str], tuple[int, tuple[str, ...]]] = {}
    order = sorted(range(len(attributions)),
                   key=lambda i: (attributions[i].article, attributions[i].span[0]))
    result: dict[int, Attribution] = {}
    # The reports each speaker takes up in each sentence: an outlet named in one is what
    # that statement is about ("said P, confirming an earlier report by the Herald"), not
    # the relay of the speaker's other statements there.
    contents, statements = _reports_taken_up(attributions)
    for n, i in enumerate(order):
        a = attributions[i]
        others = [s for s in contents[(a.article, a.sentence_span, a.speaker)] if s != a.span]
        via = _in_sentence(a, _channels(a, cited.get(a.article, ()), others,
                                        statements.get((a.article, a.sentence_span), ())),
                           names.get(a.speaker or "", ""), a.speaker in people)
        key = (a.article, a.speaker or "")
        # "she said" goes on through the outlet she spoke to; "her office said" is another
        # voice of hers, speaking apart.
        if not via and a.speaker and a.resolved_source and key in last and principal(
                a.source_text or "") is None:
            at, carried = last[key]
            via = carried if n - at <= carry else ()
        if not via and a.speaker in bodies and a.speaker not in outlets:
            via = _body_relay(by_name.get((a.article, bodies[a.speaker])), bodies[a.speaker],
                              n - carry)
        speaker = a.speaker
        behind = (told.get((a.article, names.get(speaker or "", "")))
                  if speaker in outlets and _reports(a) else None)
        if not via and behind and len(behind) == 1:
            # The outlet's report, whose one source this article named before.
            [(speaker, via)] = behind.items()
        if not via and speaker is None and (a.cue or "").casefold() in _REPORT_ADVERBS:
            via = _only_report(cited.get(a.article, ()))
        if via and speaker:
            last[(a.article, speaker)] = by_name[(a.article, names.get(speaker, ""))] = (n, via)
            if speaker not in outlets and reports_speech(a.rule):
                # Only what a source said to the outlet ("told the Times that ..."); not
                # a headline's "The US may publish intelligence" under "WSJ:".
                told[(a.article, via[0].casefold())][speaker] = via
        result[i] = replace(a, speaker=speaker, via=via) if (speaker, via) != (a.speaker, a.via) else a
    return [result[i] for i in range(len(attributions))]


_Span = tuple[int, int]


def _reports_taken_up(attributions: Sequence[Attribution]) -> tuple[
        dict[tuple[str, _Span | None, str | None], list[_Span]],
        dict[tuple[str, _Span | None], list[tuple[_Span, _Span]]]]:
    """By (article, sentence, speaker): the contents of the statements that take up a
    report (``_takes_up_report``); and by (article, sentence): each statement's source and
    content."""
    taken: dict[tuple[str, _Span | None, str | None], list[_Span]] = defaultdict(list)
    statements: dict[tuple[str, _Span | None], list[tuple[_Span, _Span]]] = defaultdict(list)
    for a in attributions:
        if _takes_up_report(a):
            taken[(a.article, a.sentence_span, a.speaker)].append(a.span)
        if a.source_span is not None:
            statements[(a.article, a.sentence_span)].append((a.source_span, a.span))
    return taken, statements


def _channels(a: Attribution, cits: Sequence[Citation], others: Sequence[_Span],
              statements: Sequence[tuple[_Span, _Span]]) -> list[Citation]:  # fmt: skip
    """The citations that may be the channel of ``a``: not an outlet named in a report
    the speaker takes up in another statement of the sentence (``others``), nor a report
    a denial names in its words ("rejecting an Evening Tribune report that ..."), which is
    what it rejects, whether the denial is ``a`` or another statement its words run into;
    nor an outlet that is the source of a statement of its own in the sentence, about
    something else ("the bank confirmed P, a day after Techwire reported that Q"), or
    one whose statement ``a`` tells of ("the council confirmed that P, a day after the
    Wire reported the result", parsed inside what the council confirmed): what a
    speaker says another reported is no channel the speaker spoke through."""
    speaking = [src for src, said in statements
                if src != a.source_span and (not _overlap(said, a.span) or _within(src, a.span))]
    return [c for c in cits
            if not any(_within(c.span, s) and not _within(s, a.span) for s in others)
            and not any(_overlap(c.span, s) for s in speaking)
            and not (_within(c.span, a.span) and (a.stance == "denies" or any(
                _within(c.span, s) for s in others)))]


def _overlap(x: tuple[int, int], y: tuple[int, int]) -> bool:
    return x[0] < y[1] and y[0] < x[1]


def _body_relay(relayed: tuple[int, tuple[str, ...]] | None, body: str,
                since: int) -> tuple[str, ...]:
    """The relay of the body a speaker speaks for, where the article relayed the body
    just before (``relayed``: at which statement, through whom), at statement ``since``
    or later ("the Kremlin accused Ukraine ..., Reuters reported. Kremlin spokesman
    Dmitry Peskov told Russian journalists ..."): its spokesman speaks in the same report.
    Not a state's name ("China" said ..., then China's foreign minister): a state has
    many voices in many reports."""
    if relayed is None or (normalise_place(body) is not None and seat_country(body) is None):
        return ()
    n, via = relayed
    return via if n >= since else ()


def _only_report(cits: Sequence[Citation]) -> tuple[str, ...]:
    """The one outlet whose report an article credits, if it credits one: what the article
    says "reportedly" ("The US government reportedly has intelligence ...") is that report's
    ("..., NBC News reported")."""
    outlets = list(dict.fromkeys(c.outlet for c in cits))
    return (outlets[0],) if len(outlets) == 1 else ()


def _reports(a: Attribution) -> bool:
    """An outlet named as reporting or quoting ("according to the NYT", "the FT quoted
    him"), or its report ("the report said", after "Bloomberg reported"); not one asking
    a question, believing, or standing behind a pronoun."""
    return reports_speech(a.rule) and a.stance != "questions" and (
        a.resolved_source is None or _names_report(a.source_text or ""))


def _in_sentence(a: Attribution, cits: Sequence[Citation], speaker: str,
                 person: bool) -> tuple[str, ...]:
    """The outlets cited in the attribution's sentence, nearest its source first. An
    outlet inside the source phrase is the source ("a report by NBC News"), except where
    the source is a person the phrase says spoke to it ("a senior official who spoke to The
    Washington Post on the condition of anonymity"): then it relays."""
    sent = a.sentence_span or a.span
    here = [c for c in cits if sent[0] <= c.span[0] and c.span[1] <= sent[1]
            and c.outlet.casefold() != speaker and not _inside(c, a)
            and (person or not _is_source(c, a))]
    anchor = (a.source_span or a.cue_span or a.span)[0]
    here.sort(key=lambda c: abs(c.span[0] - anchor))
    seen: list[str] = []
    for c in here:
        if c.outlet not in seen:
            seen.append(c.outlet)
    return tuple(seen)


def _is_source(c: Citation, a: Attribution) -> bool:
    """The outlet named in the source itself ("the New York Times reported", "a report by
    NBC News") is the source, not a relay."""
    src = a.source_span
    return src is not None and src[0] <= c.span[0] and c.span[1] <= src[1]


def _inside(c: Citation, a: Attribution) -> bool:
    """A citation inside the quoted content belongs to what is said, not to who relays it
    ("... as the Times reported last year," she said)."""
    return a.kind == "direct" and _within(c.span, a.span)


def _takes_up_report(a: Attribution) -> bool:
    """The statement's content is the object it acts on, and that names a report ("confirming
    [an earlier report by the Herald]", "denied [the Times story]")."""
    return (a.rule or "").startswith("dobj") and _names_report(a.content)


def _names_report(text: str) -> bool:
    """A word of ``text`` is a report noun ("the report", "the Times story")."""
    return bool(_REPORT_NOUNS & set(re.findall(r"[a-z]+", text.lower())))


def _within(inner: tuple[int, int], outer: tuple[int, int]) -> bool:
    return outer[0] <= inner[0] and inner[1] <= outer[1]


def claim_chains(atts: Sequence[Attribution], related: set[str]) -> tuple[Chain, ...]:
    """A claim's chains: its counted mentions grouped by source, relay and stance, the
    supporting ones first, then by how many articles carry them."""
    groups: dict[tuple[str | None, tuple[str, ...], str], list[Attribution]] = {}
    for a in atts:
        if a.id in related:
            continue
        stance = a.stance if a.stance in ("denies", "questions") else "supports"
        groups.setdefault((a.speaker, a.via, stance), []).append(a)
    chains = [Chain(source, via, stance, tuple(m.id for m in ms),
                    tuple(dict.fromkeys(m.article for m in ms)))
              for (source, via, stance), ms in groups.items()]
    rank = {"supports": 0, "questions": 1, "denies": 2}
    return tuple(sorted(chains, key=lambda c: (rank[c.stance], -len(c.articles), c.mentions)))
