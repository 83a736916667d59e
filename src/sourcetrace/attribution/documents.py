"""Whose document a definite document source is: "the report said" after "the Economic
Roundtable submitted its report" is the Economic Roundtable's report. The source stays a
document (its type does not change); its name says whose it is, which is what a reader
needs to weigh it."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from sourcetrace.attribution.cues import SPEECH
from sourcetrace.lexicons import lexicon
from sourcetrace.nlp.doctext import doc_ents
from sourcetrace.speakers.lexicon import ORG_HEADS

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token
    from spacy.tokens import Span as SpacySpan

    from sourcetrace.models import Span

DOCUMENT_NOUNS = lexicon("source_heads").words("document_heads")
AUTHORING_VERBS = lexicon("source_heads").words("authoring_verbs")
_KINDS: dict[str, str] = lexicon("source_heads").mapping("document_kinds")
# Entity labels that never own a document.
_NOT_OWNERS = frozenset({"DATE", "TIME", "PERCENT", "MONEY", "QUANTITY", "ORDINAL", "CARDINAL"})


def resolve_document(doc: Doc, before: int, noun: str, *,
                     nearest: bool = False) -> tuple[str, Span] | None:
    """ "the report said" -> whose report it is, when the text before tells one owner:
    "the Economic Roundtable report", "the Roundtable's report", "a report by the
    Roundtable", "the Roundtable ... submitted its report" (an authoring verb's subject). The source stays a document,
    named by its owner ("Economic Roundtable report"); two owners, or none, resolve nothing.
    ``nearest``: a demonstrative ("that poll", "this report") points at the last such
    document before it, so the owner of the nearest one named resolves it."""
    owners: dict[str, SpacySpan] = {}
    last: SpacySpan | None = None
    for tok in doc:
        if tok.idx >= before:
            break
        if tok.lemma_.lower() != noun and tok.lower_ != noun and (
                _KINDS.get(tok.lemma_.lower(), "") != _KINDS.get(noun, "-")):
            continue  # "the survey" after "a poll by ...": one kind of document
        # "Bloomberg News reported ..., citing people familiar": the report is Bloomberg's.
        ent = _reporter_of(tok) if tok.pos_ == "VERB" else _owner_of(tok)
        if ent is not None:
            owners.setdefault(_bare(ent.text).casefold(), ent)
        last = ent  # the nearest mention so far, owned or not
    if nearest and last is not None:
        ent = last
    elif len(owners) != 1 or nearest:
        return None
    else:
        ent = next(iter(owners.values()))
    if ent.root.pos_ == "NOUN" and not any(c.dep_ == "poss" for c in ent.root.children):
        # A body described ("UN panel of experts"), not a named one's ("Adler's office").
        return f"{noun} by {_bare(ent.text)}", (ent.start_char, ent.end_char)
    return f"{_bare(ent.text)} {noun}", (ent.start_char, ent.end_char)


def _bare(name: str) -> str:
    return re.sub(r"^the\s+|['’]s$", "", name, flags=re.I)


def _reporter_of(verb: Token) -> SpacySpan | None:
    """The named subject of a verb that is the document noun's own verb ("[Bloomberg News]
    reported"), as a span, or None."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.ent_type_ != "ORG":
        return None
    return next(e for e in doc_ents(verb.doc) if e.start <= subject.i < e.end)


def _owner_of(tok: Token) -> SpacySpan | None:
    """The named owner of a document noun, as a span, or None."""
    doc = tok.doc
    cands = [c for c in tok.children if c.dep_ in {"poss", "compound"}]
    cands += [p for c in tok.children if c.dep_ == "prep" and c.lower_ in {"by", "from", "of"}
              for p in c.children if p.dep_ == "pobj"]
    # "a readout released by Adler's office": the participle's agent, when it authored it
    # ("a copy of the letter seen by the Evening Star" is no letter of the paper's).
    cands += [p for c in tok.children if c.dep_ == "acl" and c.lemma_.lower() in AUTHORING_VERBS
              for a in c.children if a.dep_ == "agent" for p in a.children if p.dep_ == "pobj"]
    if tok.dep_ == "dobj" and tok.head.lemma_.lower() in AUTHORING_VERBS:
        # "the Roundtable ... submitted its report", "the Union published a report".
        cands += [s for s in tok.head.children if s.dep_ == "nsubj"]
    said = tok.head.head
    if tok.dep_ == "pobj" and tok.head.lower_ == "in" and said.lemma_.lower() in SPEECH:
        # "..., the firm Redline Labs said in a report published on Wednesday".
        cands += [s for s in said.children if s.dep_ == "nsubj"]
    for c in cands:
        # The tagger's label varies ("the Economic Roundtable" came out LAW): any named
        # thing but a number or a date, or a proper noun it left untagged, can own one.
        if c.ent_type_ and c.ent_type_ not in _NOT_OWNERS:
            return next(e for e in doc_ents(doc) if e.start <= c.i < e.end)
        if not c.ent_type_ and c.pos_ == "PROPN":
            left = min((g.i for g in c.children if g.dep_ == "compound"), default=c.i)
            return doc[left : c.i + 1]
        poss = next((g for g in c.children if g.dep_ == "poss" and g.ent_type_), None)
        if c.pos_ == "NOUN" and poss is not None and c.lemma_.lower() in ORG_HEADS:
            return doc[poss.left_edge.i : c.i + 1]  # "Adler's office": a named one's body
        named = next((g for g in c.children if g.dep_ == "compound" and g.ent_type_
                      and g.ent_type_ not in _NOT_OWNERS), None)
        if c.pos_ == "NOUN" and named is not None and c.lemma_.lower() in ORG_HEADS:
            # "a report by a UN panel of experts": a named one's body, with its members.
            members = next((o for p in c.children if p.dep_ == "prep" and p.lower_ == "of"
                            and p.i == c.i + 1 for o in p.children if o.dep_ == "pobj"), None)
            return doc[named.left_edge.i : (members or c).i + 1]
    return None
