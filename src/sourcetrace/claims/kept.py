"""What a proposition keeps of its clause: the head's tokens less the asides ("Comeaux, 49,
escaped" keeps "Comeaux escaped"), dates and times hung on the act, discourse words, a
reporter's aside and the clauses that credit a source; ``render`` writes what is kept."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sourcetrace.claims import link as lex
from sourcetrace.lexicons import lexicon

if TYPE_CHECKING:
    from spacy.tokens import Span as SpacySpan
    from spacy.tokens import Token

    from sourcetrace.claims.canon import Prop

_ASIDES = lexicon("claim_words").patterns("reporter_asides")


def kept_tokens(prop: Prop, sent: SpacySpan) -> list[Token]:
    root = prop.root
    if prop.lo is not None and prop.hi is not None:
        tokens = list(sent.doc[prop.lo : prop.hi])
    else:
        # In text order: a crossing parse ("a [half-point] rate cut", the article hung on
        # "rate") walks its subtree out of it ("half-point a rate cut").
        tokens = sorted(root.subtree, key=lambda t: t.i)
    drop: set[int] = set()
    for tok in tokens:
        if not (sent.start <= tok.i < sent.end):
            drop.add(tok.i)
            continue
        if tok.i in drop:
            continue
        if _droppable(tok, root):
            sub = [t.i for t in tok.subtree]
            drop.update(sub)
            # An aside set off by commas takes its closing comma with it: "Comeaux, 49,
            # escaped" -> "Comeaux escaped", not "Comeaux, escaped".
            after = max(sub) + 1
            if _after_comma(tok) and after < len(sent.doc) and sent.doc[after].text == ",":
                drop.add(after)
                drop.add(min(sub) - 1)
    drop.update(prop.skip)
    for tok in tokens:
        drop.update(_description_of_name(tok))
    keep = [t for t in tokens if t.i not in drop]
    # A kicker or a transcript's label in capitals before a colon ("SET FOR SUMMIT: Trump
    # will meet ...", "ELISE JORDAN: ...") is no part of what is said.
    colon = next((k for k, t in enumerate(keep[:8]) if t.text == ":"), None)
    if colon and all(t.is_upper or t.is_punct for t in keep[:colon]) and any(
        t.is_alpha for t in keep[:colon]
    ):
        keep = keep[colon + 1 :]
    # Leading connectives and complementisers carry no content; a connective that
    # modifies the next word is part of a phrase ("So far, there are no plans").
    # So is an adverb before "that", which qualifies the saying ("said only that P").
    while keep and (keep[0].dep_ in {"mark", "cc", "punct"} and not _condition(keep[0])
                    or _complementiser(keep)
                    or (keep[0].dep_ == "advmod" and len(keep) > 1 and keep[1].dep_ == "mark"
                        and keep[1].lower_ == "that")
                    or (keep[0].lower_ in lex.DISCOURSE
                        and not (len(keep) > 1 and keep[0].head.i == keep[1].i))):
        keep.pop(0)
    while keep and keep[-1].dep_ in {"punct", "cc"}:
        keep.pop()
    return keep


def _description_of_name(subject: Token) -> list[int]:
    """ "The man, Dmitri Oskov, 41, was acting ...": a subject described by a common noun
    and named in the apposition after it is written by the name ("Dmitri Oskov was
    acting"); the description and its comma go."""
    if subject.dep_ not in {"nsubj", "nsubjpass"} or subject.pos_ != "NOUN":
        return []
    name = next((c for c in subject.children if c.dep_ == "appos" and c.pos_ == "PROPN"
                 and _after_comma(c)), None)
    if name is None or any(t.pos_ == "PROPN" for t in subject.doc[subject.left_edge.i : subject.i]):
        return []  # "President Biden's national security adviser, Jake Sullivan": it says whose
    after = name.right_edge.i + 1  # "The dissident, Lena Farr[,] was warned"
    closing = [after] if after < len(subject.doc) and subject.doc[after].text == "," and (
        subject.doc[after].head.i in {subject.i, name.i}) else []
    return [*range(subject.left_edge.i, name.left_edge.i), *closing]


def _condition(tok: Token) -> bool:
    """An "if" or "unless" opening a condition on the statement ("If Ostland sent troops,
    it would be a mistake"): the condition is part of what is said, not a connective."""
    return tok.dep_ == "mark" and tok.lower_ in {"if", "unless"} and tok.head.dep_ == "advcl"


def _complementiser(keep: list[Token]) -> bool:
    """A leading "that" before a subject ("that Beijing knew ...") that the parser did not
    label as a marker; "That proves ..." (a demonstrative subject) is kept."""
    return (keep[0].lower_ == "that" and len(keep) > 1
            and keep[0].dep_ not in {"det", "nsubj", "nsubjpass"}
            and keep[1].pos_ not in {"VERB", "AUX"})


def _droppable(tok: Token, root: Token) -> bool:
    if tok.i == root.i:
        return False
    low = tok.lower_
    if low == "according" or (low in lex.DROP_ADVERBS and tok.dep_ == "advmod"):
        return True
    if low == "without" and _aside(tok):
        return True  # ", without providing evidence": the reporter's, not the speaker's
    if (tok.dep_ == "conj" and tok.pos_ in {"VERB", "AUX"}
            and not any(c.dep_ in {"nsubj", "nsubjpass"} for c in tok.children)
            and _aside(tok)):
        return True  # "... but offered no evidence": the speaker's doing, not what was said
    if tok.dep_ == "relcl" and _after_comma(tok):
        return True  # ", which had expressed willingness ..." is an aside
    if tok.dep_ == "acl" and _after_comma(tok) and _reported_by(tok):
        return True  # "The hack, first reported by TechPulse, exposed ...": who told it
    if tok.dep_ == "appos" and _after_comma(tok) and tok.pos_ != "PROPN":
        return True  # ", China's ambassador to the US," describes; a name is kept
    if tok.dep_ in {"prep", "npadvmod", "advmod"} and tok.head.i == root.i and _when(tok) and (
            low not in {"until", "before", "after", "since"}):
        return True
    if tok.dep_ == "advcl" and tok.head.i == root.i and any(
        c.dep_ == "mark" and c.lower_ in lex.CONTRAST_MARKS for c in tok.children
    ):
        return True  # "... while the Kremlin said it was Ukraine": a second proposition
    if tok.dep_ == "advcl" and tok.tag_ == "VBG" and tok.lemma_.lower() in lex.SPEAKING_VERBS:
        return _after_comma(tok)  # ", speaking to reporters on Tuesday": how it was said
    if tok.dep_ == "parataxis" and tok.lemma_.lower() in lex.WRAPPER_VERBS:
        # "P, the UN said, in ...", "Russia, he said, has ...": who said it, not what.
        return _after_comma(tok) or tok.left_edge.text in {",", "–", "—"}
    return tok.dep_ == "advcl" and tok.head.i == root.i and _after_comma(tok)


def _aside(tok: Token) -> bool:
    """The words ``tok`` heads are a reporter's remark on how the claim was made."""
    words = " ".join(t.text for t in tok.subtree)
    return any(p.match(words) for p in _ASIDES)


def _reported_by(tok: Token) -> bool:
    """A participle of reporting with its agent ("first reported by TechPulse", "as
    published by the Times"): the citation, not part of the proposition."""
    return tok.tag_ == "VBN" and (tok.lemma_.lower() in lex.WRAPPER_VERBS
                                  or tok.lemma_.lower() in lex.PUBLISH_VERBS) and any(
        c.dep_ == "agent" for c in tok.children)


_TIME = frozenset({"DATE", "TIME"})
# How a year can name which thing a noun is ("the 2016 election", "its 2014 annexation");
# a day or a possessive is deictic, when the thing happened ("his Monday meeting", "in
# Thursday's vote").
_NAMING = frozenset({"nummod", "amod", "compound", "nmod"})


def _when(tok: Token) -> bool:
    """An adjunct that says when ("on Monday", "earlier this week", "in July 2018"); a
    phrase whose year only says which thing its noun is says what ("interfered [in the
    2016 election]"), and is kept: without it the claim is "Russia interfered"."""
    # Not a date inside a clause of the phrase ("in a laboratory [that had lost its
    # accreditation last year]": where, not when).
    dates = [t for t in tok.subtree if t.ent_type_ in _TIME and not _in_clause(t, tok)]
    if tok.dep_ == "prep" and any(
            c.dep_ == "pobj" and c.ent_type_ not in _TIME
            and any(g.dep_ in ("prep", "acl", "relcl") for g in c.children)
            for c in tok.children):
        # "during a visit to Varnia's capital by its defence minister last month": the
        # date says when the visit was; the visit says what happened ("in Thursday's
        # vote" only says when).
        return False
    if tok.dep_ == "prep" and dates and all(_hyphenated(t) for t in dates):
        return False  # "to a 30-day ceasefire", "a two-year term": how long, a part of what
    return bool(dates) and not (tok.dep_ == "prep" and all(
        t.like_num and t.dep_ in _NAMING and t.head.pos_ in {"NOUN", "PROPN"}
        and t.head.ent_type_ not in _TIME for t in dates))


def _hyphenated(t: Token) -> bool:
    """A word of a hyphenated length ("30-day", "month-long"), the hyphen included."""
    doc = t.doc
    return t.text == "-" or (t.i + 1 < len(doc) and doc[t.i + 1].text == "-") or (
        t.i > 0 and doc[t.i - 1].text == "-")


def _in_clause(word: Token, top: Token) -> bool:
    """``word`` hangs from ``top`` through a clause (a relative, a participle)."""
    node = word
    while node.i != top.i and node.head.i != node.i:
        if node.dep_ in ("relcl", "acl", "ccomp", "advcl"):
            return True
        node = node.head
    return False


def _after_comma(tok: Token) -> bool:
    first = min(tok.subtree, key=lambda t: t.i)
    return first.i > 0 and first.doc[first.i - 1].text in {",", "–", "—", "-", "("}
