"""Slips of the tagger around a typographic apostrophe.

A negation written with a typographic apostrophe ("they aren’t looking", "it wasn’t") is
tagged as a verb or a noun and often attached as an auxiliary, so the statement read as
affirmative (``repair_negations``): the tokenizer already gives it the norm "not", and it
becomes the negation it is. A typographic clitic ("it’s", "we’ve") keeps its surface as
lemma, so "it’s Putin who ..." read as no copula: it takes the lemma the model gives the
straight one ("be", "have"). The subject before such an auxiliary is then often hung on
the auxiliary ("[I] do n’t quite believe that P", ``repair_stranded_subjects``), and the
verb reads as subjectless: the subject moves to the verb, as a reader takes it. Offsets
and tokens never change.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sourcetrace.lexicons import lexicon

if TYPE_CHECKING:
    from spacy.tokens import Doc

__all__ = ["repair_negations", "repair_stranded_subjects"]

# A typographic clitic's lemma, as the model gives it to the straight one.
_CLITICS = lexicon("clitics").mapping("lemmas")
_SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj", "expl"})


def repair_negations(doc: Doc) -> Doc:
    for tok in doc:
        if tok.norm_ == "not" and "\u2019" in tok.text and tok.head.i != tok.i:
            tok.dep_, tok.tag_, tok.pos_, tok.lemma_ = "neg", "RB", "PART", "not"
        elif "\u2019" in tok.text and tok.tag_ != "POS" and (
                lemma := _CLITICS.get(tok.lower_.replace("\u2019", "'"))) is not None:
            # "it’s", "they’re", "we’ve": the lemma is the clitic's own surface ("’s"),
            # so no copula or auxiliary check saw it; as with a straight apostrophe.
            tok.lemma_ = "have" if lemma == "would" and tok.tag_ != "MD" else lemma
            tok.pos_ = "AUX"
    return doc



def repair_stranded_subjects(doc: Doc) -> Doc:
    for aux in doc:
        verb = aux.head
        if aux.dep_ not in {"aux", "auxpass"} or verb.i == aux.i or any(
                c.dep_ in _SUBJECTS for c in verb.children):
            continue
        subj = next((c for c in aux.children if c.dep_ in {"nsubj", "nsubjpass"} and c.i < aux.i),
                    None)
        if subj is not None:
            subj.head = verb
    return doc
