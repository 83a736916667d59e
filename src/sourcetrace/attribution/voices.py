"""Sources that speak for, or as part of, someone named before: a spokesperson for an
office holder or a named person ("a spokesman for the prime minister", "Brandt's
spokeswoman"), a lawyer's "her client", and "one of them" after a group of unnamed
sources. The shapes are data (``speaker_shapes.toml``); ``resolve`` finds who is meant.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from sourcetrace.lexicons import lexicon
from sourcetrace.models import Attribution, Span
from sourcetrace.nlp.doctext import doc_text
from sourcetrace.speakers.lexicon import ANON_HEADS, GROUP_HEADS, ROLE_WORDS
from sourcetrace.speakers.parse import parse_source

if TYPE_CHECKING:
    from spacy.tokens import Doc

__all__ = ["CLIENT", "ONE_OF", "Principal", "client_of", "member_of", "one_of_group", "principal"]

_SHAPES = lexicon("speaker_shapes")
# "her client": the one a lawyer named before acts for ("Karel Dvorak's lawyer, Ines Maro").
CLIENT = _SHAPES.pattern("client_pronoun")
_CLIENT_OF = _SHAPES.pattern("client_of")
_PRINCIPAL_OFFICE = _SHAPES.pattern("principal_voice")
_PRINCIPAL_NAME = _SHAPES.pattern("principal_name_voice")
_PRINCIPAL_PRONOUN = _SHAPES.pattern("principal_pronoun_voice")
ONE_OF = _SHAPES.pattern("one_of_group")
# Where a group's head noun ends: "people [familiar with ...]", "officials [in Kyiv]".
_POSTMODIFIER = _SHAPES.pattern("group_head_end")
_SPEECH = lexicon("cues").words("speech")
# Nouns for people a "one of them" may pick one from ("allies", "officials", "commanders").
_PEOPLE = frozenset(w.lower() for w in ANON_HEADS | GROUP_HEADS | ROLE_WORDS) | frozenset(
    w.lower() + "s" for w in ROLE_WORDS)


@dataclass(frozen=True)
class Principal:
    """Whom a spokesperson speaks for: an office ("the prime minister") or a name
    ("Brandt"), at ``offset`` in the source phrase."""

    text: str
    offset: int
    named: bool


def principal(src: str) -> Principal | None:
    """The office or the name a spokesperson speaks for, where the phrase is only that."""
    for pattern, named in ((_PRINCIPAL_OFFICE, False), (_PRINCIPAL_NAME, True),
                           (_PRINCIPAL_PRONOUN, False)):
        m = pattern.match(src)
        if m is not None:
            k = 1 if m.group(1) else 2
            return Principal(m.group(k), m.start(k), named)
    return None


def client_of(earlier: Sequence[Attribution]) -> tuple[str, Span] | None:
    """The client of the last lawyer named by whom they act for, before a "her client"."""
    for a in reversed(earlier):
        m = _CLIENT_OF.match(a.source_text or "")
        if m is not None and a.source_span is not None:
            start = a.source_span[0] + m.start(1)
            return m.group(1), (start, start + len(m.group(1)))
    return None


def member_of(doc: Doc, att: Attribution, earlier: Sequence[Attribution], since: int
              ) -> tuple[str, Span] | None:  # fmt: skip
    """ "her client": the client of the lawyer named before; "one of them": the group."""
    assert att.source_span is not None
    if CLIENT.match(att.source_text or ""):
        return client_of(earlier)  # "Dvorak's lawyer ... said her client denied"
    return one_of_group(doc, att.source_span[0], earlier, since)


def one_of_group(doc: Doc, at: int, earlier: Sequence[Attribution], since: int
                 ) -> tuple[str, Span] | None:  # fmt: skip
    """ "one of them": the people who spoke or were told in its sentence ("Brandt has told
    close allies that P, one of them said": an ally), else the last group of unnamed sources
    cited from ``since`` on ("three senior members of his party told The Sentinel ... one
    of them said"); one of them is no new source."""
    here = doc.char_span(at, at + 1, alignment_mode="expand")
    if here is not None:
        # The speakers or hearers of a saying before it ("commanders have told their
        # units", "has told close allies"), not any people it mentions ("the troops").
        group = next((t for t in doc[here.sent.start : here.start]
                      if t.tag_ in {"NNS", "NNPS"} and t.lower_ in _PEOPLE
                      and t.dep_ in {"nsubj", "dobj", "dative"}
                      and t.head.lemma_.lower() in _SPEECH), None)
        if group is not None:
            left, right = group.left_edge, group
            end = right.idx + len(right)
            return doc_text(doc)[left.idx : end], (left.idx, end)
    for a in reversed(earlier):
        span = a.resolved_span or a.source_span
        text = a.resolved_source or a.source_text or ""
        if span is None or span[0] < since:
            break
        if parse_source(text).type == "anonymous" and _plural(text):
            return text, span
    return None


def _plural(text: str) -> bool:
    """A group's phrase: its head noun, before any "of" or "familiar", is plural."""
    head = _POSTMODIFIER.split(text.split(",")[0], maxsplit=1)[0].split()
    return bool(head) and head[-1].lower().endswith(("s", "people"))
