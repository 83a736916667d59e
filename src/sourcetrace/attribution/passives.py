"""Passive reports and evidentials: "it was reported that", "X is said to have", "as told by
X", "the confrontation was reported by the Journal"; "X seemed to ..." (``rules`` calls
them for a cue verb before its active readings)."""

from __future__ import annotations

import re
from dataclasses import replace

from spacy.tokens import Span, Token

from sourcetrace.attribution import cues, shapes
from sourcetrace.attribution.confidence import confidence
from sourcetrace.attribution.spans import (
    Candidate,
    CharSpan,
    noun_phrase_span,
    outer_without,
    subtree_span,
    tok_span,
    trim_span,
)
from sourcetrace.lexicons import alternation, lexicon
from sourcetrace.models import Attribution


def passive_candidate(
    v: Token,
    sent: Span,
    text: str,
    lemma: str,
    cls: str | None,
    children: list[Token],
    ccomps: list[Token],
    xcomps: list[Token],
) -> Candidate | None:
    """Passive reports: "it was reported that", "X is said to have", "as told by X".

    Returns ``None`` when the verb is not such a passive, and a candidate with an empty
    content when it is one without a usable content (the verb is then done with).
    """
    passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in children)
    # The agent and its object: the ``passive_agent`` shape (attribution_shapes.toml).
    shape = next(iter(shapes.at("passive_agent", v)), None)
    agent = shape["agent"] if shape is not None else None
    as_clause = any(c.dep_ == "mark" and c.lower_ == "as" for c in children)
    subjpass = next((c for c in children if c.dep_ == "nsubjpass"), None)
    # "The confrontation was reported earlier by The Wall Street Journal": the passive of
    # a verb whose object is what was said ("the Journal reported the confrontation").
    said_thing = agent is not None and lemma in cues.OBJECT and subjpass is not None and (
        subjpass.pos_ in ("NOUN", "PROPN"))
    if not (passive or (as_clause and agent is not None)) or not (
        lemma in cues.REPORTIVE_PASSIVE or (cls == "speech" and agent is not None) or said_thing
    ):
        return None
    pobj = shape.get("source") if shape is not None else None
    content: CharSpan | None = None
    cue_extra: list[Token] = []
    if ccomps:
        content = tok_span(t for c in ccomps for t in c.subtree)
    elif xcomps and subjpass is not None and subjpass.lower_ != "it":
        content = tok_span([*subjpass.subtree, *(t for c in xcomps for t in c.subtree)])
    elif said_thing and subjpass is not None and (charge := _charge(v, lemma)) is not None:
        # "Ostland was accused by Lumbria [of sending troops]": the charge is what the
        # agent says; the one accused is the passive's subject, as the object is in "Lumbria
        # accused Ostland of sending troops".
        content = subtree_span(charge)
        cue_extra = [p for p in children if p.dep_ == "prep" and charge.head.i == p.i]
    elif said_thing and subjpass is not None:
        content = subtree_span(subjpass)
    elif as_clause and v.head.i != v.i:
        # "..., as told by sources familiar with the meeting"
        content = outer_without(v.head, v.subtree, text)
    cue_toks = [v, *(c for c in children if c.dep_ == "auxpass"), *cue_extra]
    source = noun_phrase_span(pobj, text) if pobj is not None else None
    return Candidate(
        tok_span(cue_toks) or (v.idx, v.idx + len(v.text)),
        trim_span(text, content) if content is not None else (v.idx, v.idx),
        source,
        "reportive" if source is None else "indirect",
        confidence("passive"),
        (sent.start_char, sent.end_char),
        via="passive",
    )


def _charge(v: Token, lemma: str) -> Token | None:
    """What a passive verb of accusing charges its subject with (cues.toml ``charges``:
    "accused of sending", "blamed for the blast")."""
    return next((o for p in v.children if p.dep_ == "prep" and (lemma, p.lower_) in cues.CHARGES
                 for o in p.children if o.dep_ in ("pcomp", "pobj")), None)


def raising_candidate(v: Token, sent: Span, text: str) -> Candidate | None:
    """ "X seemed/appeared to ...": an evidential; the whole clause is the content and the
    source is left open (the writer's inference)."""
    lead = [t for t in v.subtree if t.dep_ not in ("cc", "punct") or t.i > v.i]
    span = tok_span(t for t in lead if t.dep_ != "mark" or t.i > v.i)
    if span is None:
        return None
    return Candidate((v.idx, v.idx + len(v.text)), trim_span(text, span), None, "reportive",
                     confidence("raising"), (sent.start_char, sent.end_char), via="raising")


_OUTLET_KNOWLEDGE = lexicon("cues").words("outlet_knowledge")


def outlet_knowledge(att: Attribution, outlet: str | None) -> Attribution:
    """A passive of the outlet's knowledge with no one named ("It is understood that P",
    "X is understood to have ...", cues.toml ``outlet_knowledge``) credited to the outlet
    that publishes it, as "The Ledger understands" is: its own authority, not no source."""
    if (att.kind != "reportive" or att.source_text or att.resolved_source or not outlet
            or not att.cue or not set(att.cue.lower().split()) & _OUTLET_KNOWLEDGE):
        return att
    return replace(att, resolved_source=outlet)


_OWN_REVIEW = alternation(lexicon("cues").words("own_review"))
# Records that show what they show ("satellite images", "footage", "data"): what one the
# outlet had in hand shows is its word.
_RECORDS = lexicon("report_nouns").words("records")


def own_review(att: Attribution, text: str, outlet: str | None) -> Attribution:
    """A thing the publishing outlet says it had in hand ("Satellite images reviewed by the
    Capital Daily showed P", in the Capital Daily): what it shows is the outlet's word, so
    the outlet is the source, as when it reports on its own authority. Only a record: a
    document or a report is a source of its own ("a draft proposal seen by Meridian Wire",
    "a confidential report by a UN panel of experts seen by the agency")."""
    words = set(re.findall(r"[a-z]+", (att.source_text or "").lower()))
    if att.source_span is None or not outlet or att.resolved_source or not words & _RECORDS:
        return att
    m = re.match(rf"\W*(?:as\s+)?(?:{_OWN_REVIEW})\s+by\s+(?:the\s+)?{re.escape(outlet)}\b",
                 text[att.source_span[1] : att.source_span[1] + 80], re.I)
    return att if m is None else replace(att, resolved_source=outlet)


_OWN_VERSION = lexicon("citation_words").pattern("own_earlier_version")


def earlier_version(source: str | None) -> bool:
    """The source is the article's own earlier version ("An earlier version of this
    article"), as ``own_earlier_version`` sets it: what it said is taken back."""
    return bool(source) and _OWN_VERSION.fullmatch(source or "") is not None


def own_earlier_version(att: Attribution, text: str, outlet: str | None) -> Attribution:
    """A correction note of the article itself ("Correction: An earlier version of this
    article said Lind had resigned."): the earlier version is the publishing outlet's own
    report, which it takes back (``stance`` and ``withdrawals.taken_back`` read it as a
    denial, by ``earlier_version``). The parser may hang the statement on the note's label
    ("Correction"), which is no speaker."""
    if att.cue_span is None or not outlet:
        return att
    line = text.rfind("\n", 0, att.cue_span[0]) + 1
    m = _OWN_VERSION.search(text, line, att.cue_span[0])
    if m is None or text[m.end() : att.cue_span[0]].strip(" ,"):
        return att
    return replace(att, source_text=m["version"], source_span=m.span("version"),
                   resolved_source=outlet, resolved_span=None)
