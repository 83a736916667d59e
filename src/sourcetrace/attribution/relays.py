"""A relayed report's source is the party the outlet cites, not the outlet.

"The New York Times reported, citing two U.S. officials, that Russia asked China for
drones" is parsed as two statements of the Times: what it reported, and "citing" with the
officials as its content. The reader's answer to "who says so?" is the officials, through
the Times. The reported statement is credited to the cited party and the "citing"
statement is dropped; the outlet stays in the sentence as a citation, which is how the
provenance stage names it in ``attributions[].via``.

Also "according to NBC News, which cited two U.S. officials, ..." (the relative "which"
stands for the outlet), "Reuters, citing an unnamed source, said ..." and "the Times
quoted a general as saying (that) P". Relay cue words are data (``cues.toml`` ``relay``,
``relay_quoted_as``, ``relay_cited_by``).

Only a relay is rerouted: an outlet's citing, or a citing of someone who speaks; "Ivo
Brant, citing satellite images, said P" stays Brant's. "People familiar with the matter
cited by the Herald" is the people, through the Herald; and "Officials told the Daily Star
that P, the newspaper reported" is the officials' statement alone, the paper its relay.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from sourcetrace.attribution.spans import Candidate, CharSpan
from sourcetrace.lexicons import lexicon
from sourcetrace.models import Attribution
from sourcetrace.speakers.outletname import find_outlet_name
from sourcetrace.speakers.parse import parse_source

RELAY_CUES = lexicon("cues").words("relay")


# A content the parser ran on from the relay ("reported [citing two officials, that P]").
_LEADING_RELAY = lexicon("cues").pattern("relay_lead")
_QUOTED_AS = lexicon("cues").pattern("relay_quoted_as")
_QUOTED_BY_AS = lexicon("cues").pattern("relay_quoted_by_as")
_CITED_BY = lexicon("cues").pattern("relay_cited_by")
_PUBLISHED_BY = lexicon("cues").pattern("relay_published_by")
_THAT_AFTER = re.compile(r"\s*,\s*that\s+")


def reroute_cited_sources(cands: Sequence[Candidate], text: str) -> list[Candidate]:
    """The candidates, with each statement an outlet relays credited to whom it cites."""
    quoting: set[int] = set()  # "the Times quoted a general as saying": not a citing
    cands = _quoted_by_as_saying(cands, text)
    for c in list(cands):
        _split_leading_relay(c, text)
        _cut_cited_by(c, text)
        said = _quoted_as_saying(c, text)
        if said is None:
            continue
        if c.content[0] <= said[0] < c.content[1]:
            cands = [d for d in cands if d is not c]  # its content is the quoting itself
        quoting.add(id(c))
    citing = [c for c in cands if _relay_cue(c, text) and c.source is not None
              and id(c) not in quoting and _relays(c, text)]
    dropped: set[int] = set()
    for cite in citing:
        for c in cands:
            if c is cite or id(c) in dropped or _relay_cue(c, text) or c.source is None:
                continue
            if c.sentence != cite.sentence or not _same_outlet(cite, c):
                continue
            c.source, c.resolved, c.source_outer = cite.content, None, None
            dropped.add(id(cite))
            break
        else:
            _cited_before_content(cite, text)
    return [c for c in cands if id(c) not in dropped]


def _cited_before_content(cite: Candidate, text: str) -> None:
    """ "the Daily Star reported, citing [two officials], that P", where the parser gave the
    that-clause to "citing" and the reporting verb none: the one cited, between the cue and
    the content, is the source (the outlet stays in the sentence as a citation)."""
    lo, hi = cite.cue[1], cite.content[0]
    gap = text[lo:hi]
    who = gap.strip(" ,;:")
    if who and hi - lo <= 120 and parse_source(who).type != "other":
        start = lo + gap.index(who)
        cite.source, cite.resolved, cite.source_outer = (start, start + len(who)), None, None
        return
    # The parser gave "citing" the one cited and left the that-clause after it to no one.
    said = _THAT_AFTER.match(text, cite.content[1], cite.sentence[1])
    cited = text[cite.content[0] : cite.content[1]]
    if said is not None and parse_source(cited).type != "other":
        end = cite.sentence[1] - (1 if text[cite.sentence[1] - 1 : cite.sentence[1]] in ".!?" else 0)
        cite.source, cite.resolved, cite.source_outer = cite.content, None, None
        cite.content = (said.end(), end)


def _split_leading_relay(c: Candidate, text: str) -> None:
    """ "The Times reported, [citing two officials, that P]": the officials are the source
    and P the content."""
    m = _LEADING_RELAY.match(text, c.content[0], c.content[1])
    if (m is None or m.group("cue").lower() not in RELAY_CUES or m.end() >= c.content[1]
            or c.source is None):
        return
    c.source, c.resolved, c.source_outer = (m.start("who"), m.end("who")), None, None
    c.content = (m.end(), c.content[1])


def _relays(c: Candidate, text: str) -> bool:
    """The citing is a relay: an outlet or a piece of journalism cites (its relative
    "which" standing for it, where it does), or what is cited speaks (a person, a body, an
    unnamed source: "quotes Abraham Lincoln saying P"). Anyone citing a thing ("Ivo Brant,
    citing satellite images, said P", "refused, citing privacy concerns") stays the source
    of what they say; what they cite is their ground."""
    assert c.source is not None
    who = c.resolved or c.source
    # The phrase up to its first comma: the parser may take "Reuters, quoting two
    # officials" whole for the subject of "quoting".
    gap = text[c.cue[1] : c.content[0]].strip(" ,;:")  # "citing [people ...], that P"
    return (parse_source(text[who[0] : who[1]].split(",")[0]).type == "outlet"
            or parse_source(text[c.content[0] : c.content[1]]).type != "other"
            or bool(gap) and len(gap) <= 120 and parse_source(gap).type != "other")


def _cut_cited_by(c: Candidate, text: str) -> None:
    """ "according to [people familiar with the matter] cited by the Herald": the source
    ends before the participle; the outlet after it stays in the sentence as a citation."""
    if c.source is None:
        return
    m = _CITED_BY.search(text, c.source[0], c.source[1])
    if m is None and (put := _PUBLISHED_BY.search(text, c.source[0], c.source[1])) is not None:
        # "data ..., published by the news site Orvik Today": only an outlet relays it.
        m = put if parse_source(put["by"].strip()).type == "outlet" else None
    if m is not None and m.start() > c.source[0]:
        c.source, c.resolved, c.source_outer = (c.source[0], m.start()), None, None


def _quoted_as_saying(c: Candidate, text: str) -> CharSpan | None:
    """ "P, the Times quoted a general as saying", "the Times quoted a general as saying
    that P": the statement's cue is the verb of quoting or the saying after "as"; its
    source is the one quoted (the parser hangs the clause on either verb, and takes the
    outlet or the whole "a general as saying ..." for the subject). The span of the
    verb after "as" when the statement is one of these."""
    for m in _QUOTED_AS.finditer(text, *c.sentence):
        if _overlap(c.cue, m.span("cue")) or _overlap(c.cue, m.span("said")):
            c.source, c.resolved, c.source_outer = m.span("who"), None, None
            return m.span("said")
    return None


def _quoted_by_as_saying(cands: Sequence[Candidate], text: str) -> list[Candidate]:
    """ "Oleg Varga was quoted by MorPress as saying that P": P is Varga's, through the
    outlet (a citation of the sentence). The parser makes Varga what "was quoted" reports
    and the outlet the source of "saying"; the statement of quoting goes, and the one quoted
    (the passive's subject, as the parser read it where it did) is the source of P."""
    out = list(cands)
    if not _CITED_BY.search(text):
        # No "quoted by"/"cited by" (nor "seen by" ...) anywhere: the pattern's lazy subject
        # is slow to try at every position.
        return out
    for c in cands:
        for m in _QUOTED_BY_AS.finditer(text, *c.sentence):
            if not (_overlap(c.cue, m.span("said")) or _overlap(c.cue, m.span("cue"))):
                continue
            passive = next((d for d in out if _overlap(d.cue, m.span("cue"))
                            and d.content[1] <= m.start("cue")), None)
            if passive is not None:
                who = passive.content
                if passive is not c:
                    out.remove(passive)
            else:
                lead = len(m.group("who")) - len(m.group("who").lstrip())
                who = (m.start("who") + lead, m.end("who"))
            if c in out and _overlap(c.cue, m.span("said")):
                c.source, c.resolved, c.source_outer = who, None, None
            elif c in out:
                out.remove(c)  # its content is the quoting itself
            break
    return out


def _relay_cue(c: Candidate, text: str) -> bool:
    words = text[c.cue[0] : c.cue[1]].lower().split()
    return bool(words) and words[0] in RELAY_CUES


def _same_outlet(cite: Candidate, c: Candidate) -> bool:
    """The "citing" statement's subject is the other statement's source: the same words,
    or a relative "which" whose antecedent they are."""
    assert cite.source is not None and c.source is not None
    if _overlap(cite.source, c.source):
        return True
    return cite.resolved is not None and _overlap(cite.resolved, c.source)


def _overlap(a: CharSpan, b: CharSpan) -> bool:
    return min(a[1], b[1]) > max(a[0], b[0])


def drop_outlet_wrappers(atts: Sequence[Attribution], text: str) -> list[Attribution]:
    """Without an outlet's statement whose content is someone's telling that outlet
    ("[Officials told the Daily Star that P], the newspaper reported"): the outlet is the
    relay of that telling (``via``), not a second source of P. Read after resolution, so
    that "the newspaper" is known to be the Daily Star."""
    dropped: set[str] = set()
    for outer in atts:
        outlet = find_outlet_name(outer.resolved_source or outer.source_text or "")
        if outlet is None:
            continue
        if any(_relayed_belief(outer, inner) for inner in atts):
            dropped.add(outer.id)
            continue
        lo, hi = outer.span
        for inner in atts:
            if (inner is outer or inner.cue_span is None or inner.source_span is None
                    or not (lo <= inner.source_span[0] and inner.cue_span[1] <= hi)):
                continue
            told = text[inner.cue_span[1] : inner.span[0]]  # "told [the Daily Star] that"
            if outlet.lower() in told.lower():
                dropped.add(outer.id)
                break
    return [a for a in atts if a.id not in dropped]


def _relayed_belief(outer: Attribution, inner: Attribution) -> bool:
    """ "[Western agencies believe] P, according to the Herald": the parser gives the
    outlet P alone, but what it relays is the agencies' belief, whose content holds the
    outlet's and its cue (the outlet is the relay, ``via``, not a second source of P).
    The outlet's content starts where the inner cue ends ("believe [P]")."""
    if (inner is outer or inner.cue_span is None or outer.cue_span is None
            or inner.sentence_span != outer.sentence_span
            or find_outlet_name(inner.resolved_source or inner.source_text or "") is not None):
        return False
    (lo, hi), (ilo, ihi) = outer.span, inner.span
    return (ilo <= lo and hi <= ihi and ilo <= outer.cue_span[0] < ihi
            and 0 <= lo - inner.cue_span[1] <= len(" that "))
