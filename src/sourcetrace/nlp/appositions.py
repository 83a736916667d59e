"""Parse repairs around appositions, where the small English model hangs a speaker or a
charge on the wrong word (``repair.repair_speech_complements`` runs the first three,
``repair.repair_parse`` the last):

- "P, [a source close to the government] told Reuters", "P, the town's mayor, Olga Brenner,
  said": the speaker is parsed as an apposition of P's last noun (or a second noun joined
  to it with no "and") and the verb of saying left with no subject (``appositive_speaker``);
- "P, [the Varnian government] said on Monday", P ending in a person's name: the verb of
  saying is parsed as a relative clause of that name, with its own subject; or, P a verb of
  belief's ("X believe Q, the Post reported"), as that verb's second complement
  (``closing_speaker``);
- "X has been accused of P, [a charge it denies]": the charge is what the verb rejects and
  P its content (``appositive_charge``); "P, [a claim analysts said could not be
  confirmed]": the analysts say something of the claim, not P (``apposed_claim``);
- "In a post on X, [formerly Twitter], Lumbria's foreign minister Jan Roos said": the former
  name is parsed as the subject and the speaker as its apposition (``repair_former_name``).

Offsets and tokens never change.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sourcetrace.lexicons import lexicon

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

__all__ = ["CLOSING_VERBS", "apposed_claim", "appositive_charge", "appositive_speaker",
           "closing_speaker", "repair_former_name", "role_before_speaker"]

_SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj", "expl"})
_CLAIM_NOUNS = lexicon("report_nouns").words("claims")
# Verbs that may close a statement as its source's aside: "..., she said", "..., The Ledger
# understands" (``cues.toml`` ``parenthetical`` and ``closing_knowledge``).
CLOSING_VERBS = lexicon("cues").words("parenthetical") | lexicon("cues").words("closing_knowledge")
# What a relative clause's verb takes and a parenthetical "the government said" does not.
_TAKEN = frozenset({"dobj", "ccomp", "xcomp", "attr", "dative", "prt"})


def appositive_speaker(verb: Token) -> bool:
    """ "P, [a source close to the government] told Reuters", "P, [the Herald] first
    reported", '"P," [a spokesperson for the operator, Selda Airports,] said' (the parser
    taking the quote's last noun for the verb's subject): the speaker after the comma or
    the closing quote mark is parsed as an apposition of P's last noun,
    and the verb of saying, with no subject, as an adverbial clause of P, the root over
    it, a second verb of P's ("P, the town's mayor, Olga Brenner, said") or a reduced
    relative on the speaker. The noun phrase right before the verb is its subject."""
    quoted = [c for c in verb.children if c.dep_ in _SUBJECTS and _quoted_before(c, verb)]
    if any(c.dep_ in _SUBJECTS and c not in quoted for c in verb.children):
        return False
    # An adverb may stand between them ("the Herald first reported"), and the verb may
    # hang on the noun as a reduced relative ("acl").
    start = min([verb.i, *(c.i for c in verb.lefts if c.dep_ == "advmod")])
    # "P, the town's mayor, Olga Brenner, said": the apposition's own closing comma.
    if start > 1 and verb.doc[start - 1].text == "," and verb.dep_ == "conj":
        start -= 1
    prev = verb.doc[start - 1] if start > 0 else None
    relative = verb.dep_ in ("acl", "relcl")
    inside = {t.i for t in verb.subtree} if relative else set()
    noun = next((t for t in verb.doc[:start] if _apposed(t) and prev is not None
                 and (not relative or t.i == verb.head.i)
                 and max(d.i for d in t.subtree if d.i not in inside) == prev.i), None)
    if noun is None or noun.pos_ not in {"NOUN", "PROPN"} or noun.left_edge.i == 0 or (
            verb.doc[noun.left_edge.i - 1].text not in _BEFORE_SPEAKER) or "\n" in verb.doc[
            noun.left_edge.i : verb.i + 1].text:
        return False  # a byline's last name over a "Posted:" label is no speaker
    for subj in quoted:  # '"... every flight left on time," a spokesperson said'
        subj.head, subj.dep_ = verb.head, "dep"
    if relative or verb.dep_ == "conj":
        top = noun
        while top.head.i != top.i:
            top = top.head
        verb.head, verb.dep_ = top, "advcl"
    noun.head, noun.dep_ = verb, "nsubj"
    return True


# What ends the statement right before an apposed speaker: a comma, or a quotation's
# closing mark ('"...," a spokesperson for the operator, Selda Airports, said').
_BEFORE_SPEAKER = frozenset({",", '"', "\u201d", "'", "\u2019"})


def _quoted_before(subj: Token, verb: Token) -> bool:
    """The verb's subject is inside a quotation closed before the verb (the parser took
    the quote's last noun for the speaker)."""
    return subj.i < verb.i and any(t.is_quote for t in verb.doc[subj.i + 1 : verb.i])


def closing_speaker(verb: Token) -> bool:
    """ "P, [the Varnian government] said on Monday" parsed with the verb of saying under P:
    as a relative clause of the name P ends in ("... activist Vera Lomova"), though a
    relative clause set off by a comma always opens with its relative word ("Lomova, whom
    the government said ...") and this one has none; or as a second complement of P's own
    verb of belief ("Intelligence agencies believe Q, the Capital Post reported"). The verb
    is the sentence's root and P its complement, as the parser reads the same sentence
    ending in a common noun or a verb of another kind."""
    anchor = verb.head
    subj = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), None)
    if (verb.lemma_.lower() not in CLOSING_VERBS or subj is None
            or any(c.dep_ in _TAKEN for c in verb.children)
            or any(t.tag_ in {"WDT", "WP", "WP$", "WRB"} or t.lower_ == "that"
                   for t in verb.subtree)
            or subj.left_edge.i < 1 or verb.doc[subj.left_edge.i - 1].text != ","
            or anchor.i >= subj.left_edge.i):
        return False
    if verb.dep_ == "ccomp":
        # Only after a clause of the root's own, with no "and" between ("believe Q, and
        # the Post reported R" reports R).
        first = [c for c in anchor.children if c.dep_ == "ccomp" and c.i < subj.left_edge.i]
        if anchor.head.i != anchor.i or not first or any(
                c.dep_ == "cc" and first[0].i < c.i < verb.i for c in anchor.children):
            return False
    elif verb.dep_ not in ("relcl", "appos"):  # "..., The Ledger understands": an apposition
        return False
    main = anchor
    while main.head.i != main.i:
        main = main.head
    if main.i > anchor.i or main.pos_ not in {"VERB", "AUX"} or not all(
            t.is_punct or t.is_space for t in verb.doc[verb.right_edge.i + 1 : main.sent.end]):
        return False  # only a statement the speaker closes: nothing of P after the verb
    verb.head, verb.dep_ = verb, "ROOT"
    main.head, main.dep_ = verb, "ccomp"
    for late in [c for c in main.children if c.i > verb.i]:
        late.head = verb  # the final stop
    return True


_ROLES = lexicon("roles").words("roles")


def role_before_speaker(verb: Token) -> bool:
    """ "P, [its foreign minister], Gabor Szell, said": the role is parsed as an apposition
    of P's last noun, so P's content ran on into it and the speaker lost it. A role noun
    set off by commas right before the verb's named subject is that subject's."""
    subj = next((c for c in verb.children if c.dep_ == "nsubj" and c.pos_ == "PROPN"
                 and c.i < verb.i), None)
    doc = verb.doc
    if subj is None or subj.left_edge.i < 3 or doc[subj.left_edge.i - 1].text != ",":
        return False
    role = next((t for t in doc[: subj.left_edge.i - 1] if t.dep_ == "appos"
                 and max((d.i for d in t.subtree if not d.is_punct), default=-1)
                 == subj.left_edge.i - 2
                 and t.lower_ in _ROLES
                 and t.left_edge.i > 0 and doc[t.left_edge.i - 1].text == ","), None)
    if role is None or role.head.i >= role.i:
        return False
    role.head = subj
    return True


def apposed_claim(verb: Token) -> bool:
    """ "P, [a claim analysts said could not be confirmed]": the verb of saying is a relative
    clause of the claim in apposition, with a complement of its own whose subject is the
    gap (the claim). The parser hangs the claim on a word inside P ("it"), so P's content
    ran on into what the analysts say of it: the claim hangs on the sentence's root.
    (``appositive_charge`` leaves such a verb alone: it says something of the claim, not P.)"""
    noun = verb.head
    if (verb.dep_ != "relcl" or noun.dep_ != "appos" or noun.lower_ not in _CLAIM_NOUNS
            or noun.left_edge.i < 1 or verb.doc[noun.left_edge.i - 1].text != ","
            or not any(c.dep_ == "nsubj" and c.i < verb.i for c in verb.children)
            or not any(c.dep_ == "ccomp" and c.i > verb.i and not any(
                g.dep_ in _SUBJECTS for g in c.children) for c in verb.children)):
        return False
    root = verb.sent.root
    if noun.head.i == root.i or root.i > noun.i:
        return False
    noun.head = root
    return True


def _apposed(noun: Token) -> bool:
    """An apposition, or a second noun the parser joined to the one before it with no
    "and" ("from Lumbria, [Varnian Defence Minister Ana Petrova] confirmed")."""
    return noun.dep_ == "appos" or noun.dep_ == "conj" and not any(
        c.dep_ == "cc" for c in noun.head.children)


def appositive_charge(verb: Token) -> bool:
    """ "X has been accused of P, [a charge it denies]": the charge in apposition is what the
    verb rejects, and the clause it stands beside is its content. The parser makes the
    verb a relative clause of the apposition (no attribution is read), or the root with
    "a charge" glued to its subject as a compound ("a charge Ostland" the source). Rewired
    to the reading the rules take right when the parser finds it ("..., a charge Moscow
    denies" with the clause a complement of "denies"): the noun is the verb's object, and,
    for the relative clause, the sentence's main verb its complement."""
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None or any(c.dep_ == "dobj" or c.dep_ == "ccomp" and c.i > verb.i
                           for c in verb.children):
        return False  # "a claim analysts said [could not be confirmed]": ``apposed_claim``
    noun = verb.head
    # The charge may also hang as the main verb's object after its clause's comma.
    if verb.dep_ == "relcl" and noun.lower_ in _CLAIM_NOUNS and (noun.dep_ == "appos" or (
            noun.dep_ in {"dobj", "npadvmod"} and noun.doc[max(noun.left_edge.i - 1, 0)].text == ",")):
        main = noun.head
        while main.head.i != main.i:
            main = main.head
        if not main.i < noun.i or main.pos_ not in {"VERB", "AUX"}:
            return False
        verb.head, verb.dep_ = verb, "ROOT"
        main.head, main.dep_ = verb, "ccomp"
        noun.head, noun.dep_ = verb, "dobj"
        for late in [c for c in main.children if c.i > verb.i]:
            late.head = verb  # the final stop: the complement ends before the charge
        return True
    glued = next((c for c in subj.children if c.dep_ == "compound" and c.lower_ in _CLAIM_NOUNS
                  and c.i < subj.i), None)
    if glued is None or not any(c.dep_ == "ccomp" and c.i < verb.i for c in verb.children):
        return False
    glued.head, glued.dep_ = verb, "dobj"
    return True


_FORMER = lexicon("speaker_shapes").words("former_name")


def repair_former_name(doc: Doc) -> Doc:
    """ "In a post on X, formerly Twitter, Lumbria's foreign minister Jan Roos said": the
    former name, after its adverb and set off by commas, is parsed as the verb's subject
    and the speaker as its apposition; the apposition is the subject, and the former name
    an apposition of the noun before its comma."""
    for tok in doc:
        adverb = next((c for c in tok.lefts if c.dep_ == "advmod" and c.lower_ in _FORMER
                       and c.i > 1 and doc[c.i - 1].text == ","), None)
        speaker = next((c for c in tok.rights if c.dep_ == "appos"
                        and doc[c.left_edge.i - 1].text == ","), None)
        if tok.dep_ not in _SUBJECTS or adverb is None or speaker is None:
            continue
        named = doc[adverb.i - 2]
        if named.pos_ not in ("NOUN", "PROPN"):
            continue
        speaker.head, speaker.dep_ = tok.head, tok.dep_
        tok.head, tok.dep_ = named, "appos"
    return doc
