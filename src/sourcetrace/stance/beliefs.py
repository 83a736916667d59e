"""A belief negated at the head of a content: "Trump said he didn't expect Putin to budge",
"she does not think that Russia changed the outcome". Negation grammar reads these as
belief in the contrary, and the speaker does not assert the content: as under a negated
cue of belief ("did not think that P", ``rules``), the stance is "questions", not a
denial. On Helsinki "didn't expect Putin to budge on his denials" had been read as Trump
denying that Putin would reiterate them (four labelled false denials).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

from sourcetrace.lexicons import lexicon

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

__all__ = ["NEG_RAISING", "content_predicates", "negated_belief"]

NEG_RAISING: Final = lexicon("denial").words("neg_raising")


def content_predicates(tokens: Span) -> list[Token]:
    """The predicates of a content in the article's own parse: its tokens whose heads lie
    outside it (one per sentence of a quote)."""
    return [t for t in tokens if t.head.i == t.i or not tokens.start <= t.head.i < tokens.end]


def negated_belief(tokens: Span | None) -> bool:
    """The content's one predicate (a token whose head lies outside it) is a verb of belief
    (``denial.toml`` ``neg_raising``) with a negation and a clause of its own: "didn't
    expect [Putin to budge]", "does not think [that P]". Not "hadn't thought of that" (a
    thing considered, no belief), nor "you wouldn't think of the EU, but they're a foe"
    (a supposition), nor one sentence of a longer quote, whose other sentences say more."""
    if tokens is None:
        return False
    roots = content_predicates(tokens)
    if len(roots) != 1:
        return False
    verb = roots[0]
    return (verb.lemma_.lower() in NEG_RAISING
            and any(c.dep_ == "neg" for c in verb.children)
            and any(c.dep_ in ("ccomp", "xcomp") for c in verb.children)
            and not any(c.dep_ == "aux" and c.lower_ in ("would", "could", "might")
                        for c in verb.children))
