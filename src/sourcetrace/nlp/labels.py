"""Parse repairs around labels: "called the recording fake", where the parser glues the
object onto the label as one noun ("the recording-fake"), and "called reports of an attack
a fabrication", where it makes the object the predicate and hangs the label on the object's
last noun; either way nothing is called anything (``repair.repair_parse`` runs them).
Offsets and tokens never change.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sourcetrace.lexicons import lexicon

if TYPE_CHECKING:
    from spacy.tokens import Doc

__all__ = ["repair_glued_label", "repair_trailing_label"]

_LABELLING = lexicon("cues").words("labelling")
_UNTRUE = lexicon("denial").words("dismissive_labels")


def repair_glued_label(doc: Doc) -> Doc:
    """ "called the recording fake": the parser glues the object onto the label as a
    compound ("the recording-fake"), so nothing is called anything; the compound is the
    verb's object, the label its predicate, as in "called the reports fake"."""
    for verb in doc:
        if verb.lemma_.lower() not in _LABELLING or any(c.dep_ == "dobj" for c in verb.children):
            continue
        label = next((c for c in verb.children if c.dep_ in {"oprd", "dobj"}
                      and c.lemma_.lower() in _UNTRUE), None)
        glued = next((c for c in label.children if c.dep_ == "compound" and c.pos_ == "NOUN"),
                     None) if label is not None else None
        if glued is not None and label is not None:
            glued.head, glued.dep_ = verb, "dobj"
            for det in [c for c in label.children if c.dep_ == "det" and c.i < glued.i]:
                det.head = glued  # "the" goes with the object
    return doc


def repair_trailing_label(doc: Doc) -> Doc:
    """ "called reports of a chemical attack in Dorvan 'a fabrication'": the parser makes
    the object the verb's predicate and the label an apposition (or adverb) of the last
    noun of the object's own phrase, or a second predicate; the object is the verb's
    object and the label its predicate, as in "called the reports a fabrication". Only a
    label that calls a thing untrue, after the object."""
    for verb in doc:
        if verb.lemma_.lower() not in _LABELLING or any(c.dep_ == "dobj" for c in verb.children):
            continue
        obj = next((c for c in verb.children if c.dep_ == "oprd" and c.pos_ == "NOUN"), None)
        if obj is None:
            continue
        # Hung on the object's last noun, or a second predicate of the verb.
        label = next((t for t in [*obj.subtree, *verb.children] if t.i > obj.i
                      and t.lemma_.lower() in _UNTRUE and t.pos_ in {"NOUN", "ADJ"}
                      and t.dep_ in {"appos", "npadvmod", "dobj", "oprd"}), None)
        if label is not None:
            obj.dep_ = "dobj"
            label.head, label.dep_ = verb, "oprd"
    return doc
