"""Which organisation "it said" or "the company said" stands for.

Organisations are referred back to as "it" and by what they are ("the company", "the
utility", "the agency"). An organisation that spoke last in view goes on speaking (decided
in ``resolve``, which knows the earlier attributions); else the antecedent is the one
organisation named in the sentences just before (outside what earlier speakers said about
others), else the organisation the article is about: named clearly more often than any
other up to that point. Otherwise nothing is resolved: a wrong organisation shown as the
source is worse than "it".
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from typing import TYPE_CHECKING

from sourcetrace.geo.places import normalise_place
from sourcetrace.lexicons import lexicon
from sourcetrace.nlp.doctext import doc_ents, doc_text
from sourcetrace.speakers.outletname import find_outlet_name
from sourcetrace.speakers.roles import ends_as_body, given_and_surname

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token
    from spacy.tokens import Span as SpacySpan

    from sourcetrace.attribution.reach import Reach
    from sourcetrace.models import Span

ORGANISATION_PRONOUNS = frozenset({"it"})
ORGANISATION_NOUNS = lexicon("source_heads").words("referring_organisations")
NAME_BEARING = lexicon("source_heads").words("name_bearing_heads")
TITLE_HEADS = lexicon("roles").words("roles")
SELF_REPORTING = lexicon("source_heads").words("self_reporting_heads")
_CONTRADICT = lexicon("denial").words("contradict")
_ACCUSING = lexicon("cues").words("accusing")


def resolve_organisation(
    doc: Doc, before: int, window_start: int, said: Sequence[Span], reach: Reach,
    head: str = "", *, specific: frozenset[str] = frozenset(),
) -> tuple[str, Span] | None:
    """The organisation a pronoun or description at ``before`` stands for, or None.
    ``said`` are the contents of earlier attributions (names there are not in view).
    A description's head noun (``head``: "the agency") names the one body before whose
    name holds it ("the Anti-Doping Agency of Pannonia"), wherever it was named; the words
    of a ``specific`` description ("the rights group": Human Rights Watch) likewise, and it
    names no other ("the interior ministry", named before by no body, is a body of its own).
    Nobody in the window: the article's main organisation, mentioned at least
    ``reach.main_body_mentions`` times and ``reach.main_body_share`` of all organisation
    mentions before (as for its main person)."""
    mentions = [e for e in _organisations(doc) if e.end_char <= before]
    # "the Anti-Doping Agency" is tagged with its article: a name all the same.
    words = specific or ({head} if head else set())
    headed = {_key(e): e for e in doc_ents(doc) if e.label_ == "ORG" and e.end_char <= before
              and words & set(e.text.lower().split()) and e.root.text[:1].isupper()
              and not _an_outlet(e.text)}  # "a city spokesman" is no "City Journal"
    if len(headed) == 1:
        ent = next(iter(headed.values()))
        # "the Anti-Doping Agency [of Pannonia]": the tagger cut the name at "of".
        more = _OF_PLACE.match(doc_text(doc), ent.end_char)
        end = more.end() if more else ent.end_char
        return doc_text(doc)[ent.start_char : end], (ent.start_char, end)
    if specific or head in NAME_BEARING:
        # "the rights group" after "Human Rights Watch", which the tagger may not tag: a
        # capitalised name ending as a body's that holds a word of the description; else
        # "the interior ministry", named before by no body, is a body of its own; so is
        # "the commission", a word bodies carry in their names, after "Gazprom".
        runs = {m.group(): m.span() for m in _CAPITALISED_RUN.finditer(doc_text(doc), 0, before)
                if words & set(m.group().lower().split()) and ends_as_body(m.group())}
        return next(iter(runs.items())) if len(runs) == 1 else None
    near = [e for e in mentions if e.start_char >= window_start
            and not any(s <= e.start_char < t for s, t in said)]
    names = {_key(e): e for e in near}
    if len(names) == 1:
        ent = next(iter(names.values()))
        return ent.text, (ent.start_char, ent.end_char)
    counts = Counter(_key(e) for e in mentions)
    if not counts:
        return None
    ranked = counts.most_common(2)
    key, n = ranked[0]
    runner_up = ranked[1][1] if len(ranked) > 1 else 0
    if (n < reach.main_body_mentions or n < reach.main_body_share * sum(counts.values())
            or n == runner_up):
        return None
    # The fullest way the article wrote it ("Procter & Gamble Co" over "P&G").
    ent = max((e for e in mentions if _key(e) == key), key=lambda e: len(e.text))
    return ent.text, (ent.start_char, ent.end_char)


def clause_subject(doc: Doc, source: Span, cue: Span | None) -> tuple[str, Span] | None:
    """ "Varnia released photographs of what [it] said was the wreckage": an "it" speaking
    inside what a named state or body does in the same sentence is that subject, not the
    organisation that spoke last before; denying inside an accusation ("accused China of
    P, which [it] denied"), it is the accused."""
    span = doc.char_span(*source, alignment_mode="expand")
    # The subject of the cue verb itself: not an "it" of "it's hard to blame them".
    if span is None or len(span) != 1 or cue is None or not (
            span[0].dep_ == "nsubj" and cue[0] <= span[0].head.idx < cue[1]):
        return None
    denies = span[0].head.lemma_.lower() in _CONTRADICT
    verb = span[0].head
    # "accused Moscow of P, a charge [it] has rejected", parsed as what "rejected" took.
    charge = next((c for c in verb.children if c.dep_ == "ccomp"
                   and c.lemma_.lower() in _ACCUSING), None) if denies else None
    if charge is not None and (accused := next(
            (c for c in charge.children if c.dep_ == "dobj"), None)) is not None:
        return _named_body(accused)
    while verb.head.i != verb.i:
        verb = verb.head
        if denies and verb.lemma_.lower() in _ACCUSING:
            accused = next((c for c in verb.children if c.dep_ == "dobj"), None)
            return _named_body(accused) if accused is not None else None
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subject is not None and subject.i != span[0].i:
            return _named_body(subject) or _described_body(subject)
    return None


def _an_outlet(name: str) -> bool:
    from sourcetrace.speakers import parse_source

    return parse_source(name).type == "outlet"


def _described_body(tok: Token) -> tuple[str, Span] | None:
    """A body or outlet named by what it is ("State television aired footage that [it]
    said ..."), as text and span; None for anything else."""
    from sourcetrace.speakers import parse_source

    if tok.pos_ != "NOUN":
        return None
    start, end = tok.left_edge.idx, tok.idx + len(tok.text)
    phrase = doc_text(tok.doc)[start:end]
    return (phrase, (start, end)) if parse_source(phrase).type in ("organization", "outlet") else None


def _named_body(tok: Token) -> tuple[str, Span] | None:
    """The named state or body ``tok`` is part of, with its owner ("Russia's Ministry of
    Foreign Affairs"), as text and span; None for anything else (a person's name the
    tagger took for a body's among them)."""
    doc = tok.doc
    bodies = [*_organisations(doc), *(e for e in doc_ents(doc) if e.label_ == "GPE")]
    ent = next((e for e in bodies if e.start <= tok.i < e.end), None)
    if ent is None:
        return None
    start = min(ent.start_char, doc[ent.root.left_edge.i].idx)
    return doc_text(doc)[start : ent.end_char], (start, ent.end_char)


def own_subject(doc: Doc, content: Span, head: str) -> tuple[str, Span] | None:
    """ "Nordtel will shed 4,800 jobs, the company announced", "Hackers stole the data of 2
    million customers of Nordtel, the company said": a business described after a statement
    that names one business is that business, telling of its own affairs
    (``source_heads.toml`` ``self_reporting_heads``)."""
    if head not in SELF_REPORTING:
        return None
    inside = [e for e in _organisations(doc)
              if content[0] <= e.start_char and e.end_char <= content[1]]
    if len({_key(e) for e in inside}) != 1:
        return None
    ent = inside[0]
    return ent.text, (ent.start_char, ent.end_char)


def resolve_outlet(doc: Doc, before: int, window_start: int) -> tuple[str, Span] | None:
    """The one news outlet named between ``window_start`` and ``before`` that "the
    newspaper" or "the paper" stands for ("Lumbrian officials told the Daily Star that P,
    the newspaper reported"); two outlets there, or none: nothing."""
    # Runs of capitalised words, not entities: the tagger misses many outlets' names.
    named: dict[str, tuple[str, Span]] = {}
    text = doc_text(doc)
    for m in _CAPITALISED_RUN.finditer(text, window_start, before):
        # "Monday. The Daily Star" is two runs: cut at each sentence end inside it.
        cuts = [m.start(), *(x for end in _SENTENCE_END.finditer(text, m.start(), m.end())
                             for x in end.span()), m.end()]
        for a, b in zip(cuts[::2], cuts[1::2], strict=True):
            name = find_outlet_name(text[a:b])
            if name is not None:
                named.setdefault(name.lower(), (text[a:b], (a, b)))
    return next(iter(named.values())) if len(named) == 1 else None


_OF_PLACE = re.compile(r"\s+of\s+[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*)*")
# A sentence's end inside a run of capitals ("Monday. The Daily Star"), not an
# abbreviation's stop ("U.S. News").
_SENTENCE_END = re.compile(r"(?<=[a-z]{2})\.\s+")
_CAPITALISED_RUN = re.compile(r"[A-Z][\w'&.\-]*(?:\s+(?:of\s+)?[A-Z][\w'&.\-]*)*")


def resolve_short_organisation(doc: Doc, short: str) -> tuple[str, Span] | None:
    """An organisation named short ("OUSD", "Southwest") -> the one fuller name the article
    gives it: the name its initials spell ("Oakland Unified School District"), or a longer
    name opening with its words ("Southwest Airlines"). Two such names, or a state's name
    or capital ("Washington" beside "The Washington Post"): nothing."""
    words = short.split()
    if not words or not short[:1].isupper():
        return None
    if normalise_place(short.lower()) is not None:
        return None  # "Washington said": the state its capital speaks for, not the Post
    acronym = len(words) == 1 and short.isupper() and 2 <= len(short) <= 6
    fuller: dict[str, SpacySpan] = {}
    for e in _organisations(doc):
        ew = [w for w in e.text.split() if w.lower() != "the"]
        if len(ew) <= len(words):
            continue
        spells = acronym and "".join(w[0] for w in ew if w[:1].isupper()) == short
        opens = not acronym and [w.lower() for w in ew[: len(words)]] == [w.lower() for w in words]
        if spells or opens:
            fuller.setdefault(_key(e), e)
    if len(fuller) != 1:
        return None
    ent = next(iter(fuller.values()))
    return ent.text, (ent.start_char, ent.end_char)


def _organisations(doc: Doc) -> list[SpacySpan]:
    """ORG entities, less those inside a person's title ("Secretary of [State]") and
    people's names the tagger took for a body ("Karin Holt", or "Orlov" after "Interior
    Minister Pavel Orlov": the surname of a person the article names)."""
    surnames = {e.text.split()[-1] for e in doc_ents(doc)
                if e.label_ == "PERSON" and len(e.text.split()) > 1}
    return [e for e in doc_ents(doc) if e.label_ == "ORG" and e.text[:1].isupper()
            and not given_and_surname(e.text) and e.text not in surnames
            and not (e.root.dep_ == "pobj" and e.root.head.lower_ == "of"
                     and e.root.head.head.lower_ in TITLE_HEADS)]


def _key(ent: SpacySpan) -> str:
    words = ent.text.lower().replace("’s", "").replace("'s", "").split()
    return " ".join(w for w in words if w != "the")
