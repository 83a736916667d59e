"""Who a definite description stands for: "the president", "the spokesman", "the Russian
leader" -> the person the text before titles so (``resolve`` calls ``resolve_description``).

The latest named source written with the role, or the last named speaker when the text
titles him so somewhere; else the one person the text introduced with it. A country the
description names rules out people the text places elsewhere; an organisation it names,
people of another one. Two people who fit, nobody.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from spacy.tokens import Doc

from sourcetrace.attribution.documents import DOCUMENT_NOUNS
from sourcetrace.attribution.mentions import is_named, mention_phrase, person_mentions, surname
from sourcetrace.geo.parties import countries_in
from sourcetrace.lexicons import lexicon
from sourcetrace.models import Attribution, Span

__all__ = ["description", "resolve_description", "titled_before", "without_relative", "words_of",
           "works_at"]

ABBREVIATED: dict[str, str] = lexicon("roles").mapping("title_abbreviation_words")
ROLE_KIN: dict[str, str] = lexicon("roles").mapping("role_kin")


def resolve_description(
    att: Attribution, role: str, earlier: Sequence[Attribution], doc: Doc
) -> tuple[str, Span] | None:
    """ "the spokesman" -> the latest earlier named source described with that role noun,
    else the one person the text before introduced with it ("City Attorney Barbara Parker
    filed the suit ... the city attorney said"): every earlier mention so titled must be
    that person, or nobody is chosen. A country the description names ("the Russian
    president") rules out a person the text places in another ("U.S. President Biden")."""
    wanted = countries_in(att.source_text or "")
    place = works_at(doc, att)
    titled = titled_before(doc, att, role)
    # Who the text titles so, by surname: the last named speaker, named without the title
    # ("Mr. Trump said ... the president specified"), is still one of them. Only the last:
    # past him, the role's holder is someone the text wrote with the title.
    holders: dict[str, tuple[str, Span]] = {}
    for p, sp in titled:
        # The plainest mention of each: a caption's list of names can read as one phrase.
        if surname(p) not in holders or len(p.split()) < len(holders[surname(p)][0].split()):
            holders[surname(p)] = (p, sp)
    last_named = True
    for a in reversed(earlier):
        if not a.source_text or not a.source_span:
            continue
        if wanted and not countries_in(a.resolved_source or a.source_text) & wanted:
            continue  # "the Russian president": only a source the text names with Russia
        if not place <= words_of(a.resolved_source or a.source_text):
            continue  # "the Pentagon official": not one the text places elsewhere
        if not is_named(doc, a.source_span):
            continue
        name = a.resolved_source or a.source_text
        if _holds_role(a.source_text, role):
            return name, a.resolved_span or a.source_span
        if not wanted and last_named and surname(name) in holders:
            return holders[surname(name)]
        last_named = False
    elsewhere = {surname(p) for p, _ in titled if wanted and countries_in(p) - wanted}
    titled = [t for t in titled if surname(t[0]) not in elsewhere]
    if len({surname(p) for p, _ in titled}) > 1:
        titled = _of_the_speaker(wanted, titled, earlier, doc)
    if len({surname(p) for p, _ in titled}) == 1:
        return titled[-1]
    return None


def titled_before(doc: Doc, att: Attribution, role: str) -> list[tuple[str, Span]]:
    """The people the text before names with ``role`` in their title, in order."""
    assert att.source_span is not None
    titled: list[tuple[str, Span]] = []
    for s, e, _ in person_mentions(doc, 0, att.source_span[0]):
        phrase, span = mention_phrase(doc, s, e)
        if _holds_role(phrase, role):
            titled.append((phrase, span))
    return titled


def _holds_role(phrase: str, role: str) -> bool:
    """Whether a phrase titles someone with ``role``: the word itself, its abbreviation
    ("Sen." for "the senator") or an office it stands for ("President" for "the
    leader")."""
    words = {ABBREVIATED.get(w, w) for w in words_of(phrase)}
    return role in words or bool(words & set(ROLE_KIN.get(role, "").split()))


def _of_the_speaker(wanted: set[str], titled: list[tuple[str, Span]],
                    earlier: Sequence[Attribution], doc: Doc) -> list[tuple[str, Span]]:  # fmt: skip
    """Several people carry the role ("President Donald Trump", "Russian President Vladimir
    Putin"): those titled with the country the description names (``wanted``) first; of
    them, the one who spoke last, if he or she is one ("Trump said ... The president has
    told advisers"); else all (nobody is chosen)."""
    if wanted:
        # Those the text titles with that country first ("Russian President Vladimir
        # Putin" for "the Russian leader", not "President Donald Trump").
        titled = [t for t in titled if countries_in(t[0]) & wanted] or titled
    surnames = {surname(p) for p, _ in titled}
    for a in reversed(earlier):
        if a.source_span is None or not is_named(doc, a.source_span):
            continue
        last = surname(a.resolved_source or a.source_text or "")
        return [t for t in titled if surname(t[0]) == last] if last in surnames else titled
    return titled


def works_at(doc: Doc, att: Attribution) -> set[str]:
    """The organisation a description places its source in, as words ("the State
    Department official": state, department); the one it refers back to must name it too."""
    assert att.source_span is not None
    here = doc.char_span(*att.source_span, alignment_mode="expand")
    return {t.lower_ for t in here or () if t.ent_type_ in ("ORG", "FAC") and t.pos_ == "PROPN"}


def words_of(text: str) -> set[str]:
    return set(re.findall(r"[a-z\-]+", text.lower()))


_DESCRIPTION = re.compile(r"^(?:the|this|that)\s+(?:[\w\-.]+\s+){0,3}?([a-z\-]+)$", re.I)
_RELATIVE_TAIL = re.compile(r",\s+(?:which|who|whose)\b.*$", re.I | re.S)
# "The survey of 2,000 adults", "the study into ...": a document described by what it is
# of (not by whom: "the report by the panel" names its owner).
_DOCUMENT_TAIL = re.compile(
    r"^((?:the|this|that)\s+(?:[\w\-.]+\s+){0,3}?[a-z\-]+)\s+(?:of|on|into|about)\s", re.I)


def without_relative(att: Attribution, src: str) -> Attribution:
    """The source as its description before a relative clause ("The report[, which the
    Capital Post reviewed]"): the clause's names are not the description's."""
    core = _RELATIVE_TAIL.sub("", src)
    assert att.source_span is not None
    return replace(att, source_text=core,
                   source_span=(att.source_span[0], att.source_span[0] + len(core)))


def description(src: str) -> re.Match[str] | None:
    """A definite description's match (its head noun in group 1): "The report, which the
    Post reviewed" before its relative clause; "The survey of 2,000 adults" before what
    it is of, when its head is a document's."""
    m = _DESCRIPTION.match(_RELATIVE_TAIL.sub("", src))
    if m is None and (t := _DOCUMENT_TAIL.match(src)) is not None:
        m = _DESCRIPTION.match(t.group(1))
        return m if m is not None and m.group(1).lower() in DOCUMENT_NOUNS else None
    return m
