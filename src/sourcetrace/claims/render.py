"""A proposition's kept tokens as plain claim text: no quotation marks, no wire dateline,
a subject pronoun that stands for the speaker replaced by the speaker (and the verb after
it agreeing with the name), a subject role description by the name it stands for.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from sourcetrace.attribution.rules import relative_verb
from sourcetrace.claims import actors
from sourcetrace.claims import link as lex
from sourcetrace.claims.described import described_name
from sourcetrace.lexicons import lexicon

if TYPE_CHECKING:
    from spacy.tokens import Span as SpacySpan
    from spacy.tokens import Token


_SPACES = re.compile(r"\s+")
# Quotation marks carry no content in a canonical proposition (and are often unbalanced
# once a clause is cut out); an apostrophe inside a word ("China’s") is kept.
_QUOTE_MARKS = re.compile(r"[\"“”«»„]|``|''|‘|(?<![A-Za-z])’|’(?![A-Za-z])")
_SPACE_BEFORE_PUNCT = re.compile(r"\s+([,.;:!?%)\]’”])")
_QUOTES = "\"'“”‘’«»"


# A wire dateline opening a lead sentence locates the report; it is not the claim.
_DATELINE = lexicon("outlet_words").pattern("dateline_lead")


def _described_subject(
    keep: list[Token], root: Token
) -> tuple[tuple[Token, SpacySpan] | None, set[int]]:
    """A subject role description and the name it stands for ("the president" -> "Joe
    Biden", see ``described_name``), with the words of the description the name
    replaces ("the", "defense"), so that the claim reads as the other reports word it."""
    subj = next((t for t in keep if t.dep_ in {"nsubj", "nsubjpass"} and t.head.i == root.i),
                None)
    name = described_name(subj, subj.doc) if subj is not None else None
    if subj is None or name is None:
        return None, set()
    return (subj, name), {c.i for c in subj.lefts if c.dep_ in {"det", "amod", "compound"}}


# A verb right after a pronoun a name replaced, as it reads after a third-person singular
# name: clitics written out, "am"/"are"/"have"/"do" agreeing with the name.
_AFTER_NAME = lexicon("clitics").mapping("after_name")


def _third_person(verb: str) -> str:
    """A present verb as it reads after a name ("I see" -> "Fatmah Imam sees")."""
    if verb.endswith(("s", "sh", "ch", "x", "z", "o")):
        return verb + "es"
    if len(verb) > 1 and verb.endswith("y") and verb[-2] not in "aeiou":
        return verb[:-1] + "ies"
    return verb + "s"


def _after_name(tok: Token, parts: list[str]) -> str:
    """``tok`` as it reads after the name put in for the pronoun before it (the name's part
    in ``parts`` then takes a space)."""
    low = tok.lower_.replace("\u2019", "'")
    if low in ("'s", "'d"):
        word = _AFTER_NAME.get(f"{low} {tok.lemma_.lower()}", _AFTER_NAME[low])
    elif tok.tag_ == "VBP" or low.startswith("'"):
        word = _AFTER_NAME.get(low) or (_third_person(tok.text) if tok.tag_ == "VBP" else tok.text)
    else:
        return tok.text
    if parts and not parts[-1].endswith(" "):
        parts[-1] += " "
    return str(word)


def render(
    keep: list[Token], root: Token, speaker: SpacySpan | None,
    it_for: tuple[Token, SpacySpan] | None = None, *, direct: bool = False,
) -> tuple[str, SpacySpan | None]:
    """Detokenised proposition; a subject pronoun that stands for the speaker is replaced,
    and so is a subject "it" whose antecedent ``it_for`` gives (the pronoun, its phrase).
    ``direct``: the proposition is a quote of the speaker's own words."""
    replaced: SpacySpan | None = None
    parts: list[str] = []
    named, skip = _described_subject(keep, root)
    substituted = -1  # the token whose pronoun a name stands in for, if any
    for pos, tok in enumerate(keep):
        if tok.i in skip:
            continue
        word = tok.text
        if tok.i == substituted + 1 and root.i in (tok.i, tok.head.i):
            # "he'll", "I've", "we’re": the clitic is no suffix of a name ("Trump'll").
            word = _after_name(tok, parts)
        # Words that were not neighbours in the text (an aside removed between them) need
        # a space even when the first was followed by punctuation.
        gap = pos + 1 < len(keep) and keep[pos + 1].i != tok.i + 1
        if (
            speaker is not None
            and replaced is None
            and tok.dep_ in {"nsubj", "nsubjpass"}
            and tok.head.i == root.i
            # "Ostland, [which has denied sending troops]": the relative's antecedent.
            and (lex.pronoun_fits(tok, speaker, direct=direct)
                 or (_relative(tok, root) and speaker.start <= root.head.i < speaker.end))
        ):
            word = _speaker_words(speaker, tok)
            replaced = speaker
            substituted = tok.i
        elif replaced is None and _relative(tok, root) and tok.head.i == root.i:
            # "Nordtel, [which according to media reports plans to cut jobs]": the noun
            # the clause describes, whoever is credited with it; "videos [that] she said
            # showed ...": the videos.
            head = _antecedent(tok)
            word = root.doc[head.left_edge.i : head.i + 1].text
            substituted = tok.i
        elif speaker is not None and not direct and _speakers_own(tok, root, speaker):
            word = _possessive(_owner_name(speaker))
            replaced = replaced or speaker
        elif it_for is not None and tok.i == it_for[0].i:
            word = it_for[1].text
            substituted = tok.i
        elif named is not None and tok.i == named[0].i:
            word = named[1].text
            substituted = tok.i
        elif pos == 0 and tok.lower_ == "what" and tok.dep_ in {"nsubj", "nsubjpass"}:
            word = "it"  # a free relative's "what" stands for the thing talked about
        parts.append(word + (" " if tok.whitespace_ or gap else ""))
    text = _QUOTE_MARKS.sub("", "".join(parts)).strip().strip(_QUOTES + " ,;:")
    text = _SPACE_BEFORE_PUNCT.sub(r"\1", _SPACES.sub(" ", text))
    text = re.sub(r"([,–—-])(?:\s*[,–—-])+", r"\1", text).strip(" ,;:–—-")
    text = re.sub(r"\s*[,;:]+\s*([.!?])$", r"\1", _DATELINE.sub("", text))
    if text and text[0].islower() and not text.startswith(("iP", "e-")):
        text = text[0].upper() + text[1:]
    return text, replaced


def _speakers_own(tok: Token, root: Token, speaker: SpacySpan) -> bool:
    """The subject's "its" in a body's reported words ("denied that its security forces had
    shot protesters"): the body's own."""
    return (tok.lower_ == "its" and (its := actors.subject_its(root)) is not None
            and its.i == tok.i and lex.institutional(speaker)
            # not a description with a clause of its own ("The owner of a trawler accused
            # of ramming a frigate"): written out, it would bury the claim
            and not any(t.pos_ == "VERB" for t in speaker))


def _owner_name(speaker: SpacySpan) -> str:
    """How a body's "its" is written out: the one whose body it is ("Ostland's government":
    Ostland), else the body as named ("the Kremlin")."""
    owner = next((c for c in speaker.root.children if c.dep_ == "poss"), None)
    if owner is not None:
        return speaker.doc[owner.left_edge.i : owner.i + 1].text
    return re.sub(r"['’]s$", "", speaker.text)


def _possessive(name: str) -> str:
    """A name's possessive: "Ostland's", but "Vantor Motors'" (a name in -s takes only the
    apostrophe)."""
    return f"{name}'" if name.endswith("s") else f"{name}'s"


def _antecedent(rel: Token) -> Token:
    """The noun a relative pronoun ``_relative`` accepted stands for."""
    clause = relative_verb(rel)
    assert clause is not None
    return clause.head


def _relative(tok: Token, root: Token) -> bool:
    """``tok`` is the relative pronoun subject of ``root``'s relative clause, or of the
    clause a verb of saying in one reports ("a drone [that] officials said was armed"; not
    after a comma, where it may stand for the whole clause before:
    ``attribution.rules.relative_verb``)."""
    return (tok.tag_ in {"WDT", "WP"} and tok.dep_ in {"nsubj", "nsubjpass"}
            and tok.head.i == root.i and relative_verb(tok) is not None)


def _speaker_words(speaker: SpacySpan, pronoun: Token | None = None) -> str:
    """The words a speaker is named with in a claim: the name a role description stands for
    ("the president": "Joe Biden"), a name without the apposition after it ("Fatmah Imam,
    a Nubian activist born and raised in Cairo": "Fatmah Imam") or before it, else the
    phrase."""
    if pronoun is not None and pronoun.lower_ in {"he", "she"} and lex.person_owner(speaker):
        return _owner_name(speaker)  # "she" in what "Mara Hale's campaign" said: Hale
    named = described_name(speaker.root, speaker.doc)
    if named is not None:
        return named.text
    apposed = next((c for c in speaker.root.children if c.dep_ == "appos" and c.pos_ == "PROPN"
                    and speaker.start <= c.left_edge.i and c.right_edge.i < speaker.end), None)
    if apposed is not None and speaker.root.pos_ == "NOUN":
        # "The dissident, journalist Lena Farr": the name the description is given
        return speaker.doc[apposed.left_edge.i : apposed.right_edge.i + 1].text
    comma = next((t.i for t in speaker if t.text == ","), None)
    if comma is not None and speaker.start <= speaker.root.i < comma and speaker.root.pos_ == "PROPN":
        return speaker.doc[speaker.start : comma].text
    return speaker.text
