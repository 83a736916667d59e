"""Who a definite role description stands for: "the president ordered ..." after "President
Joe Biden", "the defense secretary" after "Defense Secretary Lloyd Austin", "the actor"
after "actor Jonas Brandt", when exactly one person named before it carries that title."""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

from sourcetrace.claims.entities import normalise_entity
from sourcetrace.lexicons import lexicon
from sourcetrace.nlp.doctext import doc_ents

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token
    from spacy.tokens import Span as SpacySpan

__all__ = ["described_name", "described_person", "phrase_tokens"]

_CLAUSE_DEPS: Final = frozenset({"relcl", "acl", "advcl", "ccomp", "xcomp", "parataxis"})


def phrase_tokens(tok: Token) -> list[Token]:
    """The phrase headed by ``tok`` without the clauses inside it, in text order."""
    out, stack = [tok], [c for c in tok.children if c.dep_ not in _CLAUSE_DEPS]
    while stack:
        t = stack.pop()
        out.append(t)
        stack.extend(c for c in t.children if c.dep_ not in _CLAUSE_DEPS)
    return sorted(out, key=lambda x: x.i)


ROLE_NOUNS: Final = lexicon("roles").words("referring_roles")
# Title words directly before a name, or in apposition to it, that introduce the person.
_TITLE_WINDOW: Final = 3


def described_person(tok: Token, doc: Doc) -> str | None:
    """The surname key of the person a definite role description stands for (see
    ``described_name``)."""
    name = described_name(tok, doc)
    return normalise_entity(name.text, "PERSON") if name is not None else None


def described_name(tok: Token, doc: Doc) -> SpacySpan | None:
    """The name a definite role description stands for: "the president ordered ..." after
    "President Joe Biden", "the defense secretary" after "Defense Secretary Lloyd Austin".
    Only when exactly one person named before it carries that title, and the phrase names
    nobody itself ("the president of Ukraine")."""
    # The tagger often calls a lone title a proper noun ("the President", even "the president").
    # Any common noun that introduced a person as a title ("actor Jonas Brandt") refers
    # back to them as well ("the actor had moved out"), when only one was introduced so.
    if tok.pos_ not in {"NOUN", "PROPN"} or tok.ent_type_ or (
            tok.lemma_.lower() not in ROLE_NOUNS and tok.pos_ != "NOUN"):
        return None
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children):
        return None
    if any(t.ent_type_ or (t.pos_ == "PROPN" and t.lemma_.lower() not in ROLE_NOUNS)
           for t in phrase_tokens(tok)):
        return None
    role = tok.lemma_.lower()
    named = [(key, start, end) for i, r, key, start, end in _titled_people(doc)
             if i < tok.i and r == role]
    if len({key for key, _, _ in named}) != 1:
        return None
    _, start, end = named[0]  # the first, fullest introduction of the name
    return doc[start:end]


def _titled_people(doc: Doc) -> tuple[tuple[int, str, str, int, int], ...]:
    """(position, role lemma, surname key, name start, name end) for every person named
    with a title: the words just before the name ("Defense Secretary Lloyd Austin"), inside
    it, or in apposition ("Lloyd Austin, the defense secretary"). Computed once per parse."""
    cached = doc.user_data.get("sourcetrace_titled")
    if cached is not None:
        return cached
    out: list[tuple[int, str, str, int, int]] = []
    for ent in doc_ents(doc):
        if ent.label_ != "PERSON":
            continue
        key = normalise_entity(ent.text, "PERSON")
        if key is None:
            continue
        words = list(ent)
        # Walk back over the title words that hang on the name ("Defense Secretary").
        i = ent.start - 1
        while i >= max(0, ent.start - _TITLE_WINDOW) and doc[i].head.i in range(i + 1, ent.end):
            words.append(doc[i])
            i -= 1
        words += [a for a in ent.root.children if a.dep_ == "appos"]
        name = [t for t in ent if t.lemma_.lower() not in ROLE_NOUNS]
        if not name:
            continue
        out += [(ent.start, t.lemma_.lower(), key, name[0].i, name[-1].i + 1) for t in words
                if t.lemma_.lower() in ROLE_NOUNS or t.pos_ == "NOUN"]
    result = tuple(out)
    doc.user_data["sourcetrace_titled"] = result
    return result
