"""Who speaks for a cue verb: the subject it has or inherits.

The parser's subject is not always the speaker: a participle inherits its subject
through the verb it hangs from ("..., adding that"), an infinitive from the object that
controls it ("persuaded the minister to confirm"), inverted speech puts it after the verb
("P, reports the newspaper X"), and a negated subject ("No official has confirmed") or an
instruction to the reader ("Call 911") names no one.
"""

from __future__ import annotations

from spacy.tokens import Token

from sourcetrace.attribution.spans import SUBJ_DEPS, CharSpan, in_dateline, source_span
from sourcetrace.lexicons import lexicon
from sourcetrace.nlp.doctext import doc_text
from sourcetrace.speakers.lexicon import SPEAKER_NOUNS

# Dependencies through which a subject-less verb ("..., adding that", "and warned")
# inherits the subject of the verb it hangs from ("stopped short of confirming": advmod).
_INHERIT = ("xcomp", "advcl", "conj", "pcomp", "prep", "acomp", "advmod")
_OBJECT_CONTROL = lexicon("cues").words("object_control")
_DASHES = ("\u2014", "\u2013", "--")
_SPEECH = lexicon("cues").words("speech")
NEGATIVE_SUBJECTS = lexicon("cues").words("negative_subjects")
_EXTRAPOSABLE = lexicon("cues").words("extraposable")
_ACCUSING = lexicon("cues").words("accusing")


def no_one(subj: Token) -> bool:
    """A subject saying no one holds the content ("Nobody thought", "No official has
    confirmed", "None of the indictments suggest"): no source, and no one asserts it."""
    # A name is never negated so: "No wonder Trump said ..." (the parser hangs "No" on it).
    return subj.lower_ in NEGATIVE_SUBJECTS or (subj.pos_ != "PROPN" and any(
        c.dep_ == "det" and c.lower_ in NEGATIVE_SUBJECTS for c in subj.children))


def inverted_subject(v: Token, parenthetical: frozenset[str]) -> Token | None:
    """The subject of inverted speech that the parser took for an object: "P, reports the
    newspaper Capital Herald" (no subject, the object after the verb, the content before
    it and a comma between)."""
    if v.lemma_.lower() not in parenthetical or any(c.dep_ in SUBJ_DEPS for c in v.children):
        return None
    before = v.doc[v.i - 1] if v.i > 0 else None
    obj = next((c for c in v.children if c.dep_ == "dobj" and c.i > v.i), None)
    if obj is None or before is None or before.text != "," or any(
            t.dep_ in ("ccomp", "prep") and t.i > obj.i for t in v.children):
        return None
    return obj


def _verb_before_comma(v: Token) -> Token | None:
    """The subject of the verb just before a participle and its comma ("reported, citing"),
    when the parser hung the participle on another verb, not one of saying ("denied that
    any depot had been destroyed, saying": the denier's)."""
    if v.tag_ != "VBG" or v.dep_ != "advcl" or v.i < 2 or v.head.lemma_.lower() in _SPEECH:
        return None
    comma, verb = v.doc[v.i - 1], v.doc[v.i - 2]
    if comma.text != "," or verb.pos_ != "VERB" or verb.i == v.head.i:
        return None
    return next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)


def find_subject(v: Token) -> Token | None:
    """The subject of ``v``, inherited through participles, conjuncts and prepositions."""
    if v.lemma_.lower() in _ACCUSING and any(c.dep_ == "auxpass" for c in v.children):
        return None  # "Ostland has been accused of P": the one accused; the accuser unnamed
    if (before := _verb_before_comma(v)) is not None:
        # "Shares jumped after Bloomwire reported, citing people ..., that P": the
        # participle goes with the verb right before it, whatever the parser hung it on.
        return before
    cur: Token | None = v
    for _ in range(5):
        if cur is None:
            return None
        subjects = [c for c in cur.children if c.dep_ in SUBJ_DEPS and not c.is_punct]
        if cur is not v and (aside := _parenthetical_speaker(cur)) is not None:
            return aside  # "Russia, he said, has been trying ..., adding: ...": he adds
        if subjects:
            # "BEIJING, March 14 (Reuters) - China's foreign ministry rejected ...": the
            # parser can take the dateline's place for a second subject; and a heading the
            # sentence ran on from ("The issues facing landlords\nOn the other hand, the
            # report finds ...") its head noun.
            return next((c for c in subjects if not in_dateline(c) and _same_line(c, cur)),
                        next((c for c in subjects if not in_dateline(c)), subjects[0]))
        if cur.dep_ == "xcomp" and (obj := _controller(cur)) is not None:
            return obj
        if _dashed_off(cur):
            return cur.head
        if cur.dep_ == "acl" and cur.tag_ == "VBN":
            return None  # "the man accused of ...": the noun is the patient, not the source
        if cur.dep_ in ("acl", "relcl") and cur.tag_ == "VB" and cur.head.pos_ == "NOUN" and (
            cur.head.lemma_.lower() not in SPEAKER_NOUNS and not cur.head.ent_type_
        ):
            # Only a noun that can speak does what the infinitive under it says ("the first
            # official to say"): "it was time to talk about", "the need to discuss": no one.
            return None
        if cur.dep_ in ("relcl", "acl") and cur.head.pos_ in ("NOUN", "PROPN", "PRON"):
            return cur.head
        if cur.dep_ not in _INHERIT or cur.head.i == cur.i:
            return None
        cur = cur.head
    return None


def extraposed(v: Token) -> bool:
    """``v`` is the infinitive of an evaluative frame with a dummy subject ("it is absurd
    [to believe] that P", "it is fair [to say] that P"): no one believes or says it."""
    head = v.head
    return (v.dep_ == "xcomp" and v.lemma_.lower() in _EXTRAPOSABLE
            and [c.lower_ for c in head.children if c.dep_ in SUBJ_DEPS] == ["it"]
            and any(c.dep_ in ("acomp", "attr") for c in head.children))


def _parenthetical_speaker(verb: Token) -> Token | None:
    """The subject of a verb of saying set in ``verb``'s clause as an aside ("Russia, he
    said, has been attempting ..."): who speaks there, and so who goes on "adding" or
    "noting" in a participle hung on the clause."""
    said = next((c for c in verb.children if c.dep_ == "parataxis"
                 and c.lemma_.lower() in _SPEECH), None)
    if said is None:
        return None
    return next((c for c in said.children if c.dep_ == "nsubj"), None)


def _dashed_off(v: Token) -> bool:
    """The sentence's subject set off from its verb by a dashed aside ("District leadership
    — including the superintendent and two officers — committed to ... and said"): the
    parser, finding no verb before the aside closes, makes the subject the sentence's root
    and hangs the verb on it as a clause of the noun."""
    head = v.head
    return (v.dep_ == "acl" and head.dep_ == "ROOT" and head.pos_ in ("NOUN", "PROPN")
            and any(t.text in _DASHES for t in v.doc[head.i + 1 : v.i]))


def _controller(v: Token) -> Token | None:
    """The object that does what an infinitive under it says ("prompting Gov. Gavin Newsom
    to order officials to ...", "persuaded the minister to confirm"): the verb above makes
    its object act, so the object, not the verb's subject, is who speaks. A request
    ("urged the minister to say") is not in ``cues.toml`` ``object_control``."""
    if (v.tag_ != "VB" or v.head.lemma_.lower() not in _OBJECT_CONTROL
            or not any(c.dep_ == "aux" and c.lower_ == "to" for c in v.children)
            or instruction_to_reader(v.head)):
        return None  # "Call the power company to report ...": the reader is asked
    return next((c for c in v.head.children if c.dep_ == "dobj" and c.i < v.i
                 and c.pos_ in ("PROPN", "NOUN", "PRON")), None)


def with_split_apposition(v: Token, subj: Token | None, source: CharSpan | None,
                          text: str) -> CharSpan | None:
    """ "The chair of the budget subcommittee, David Alvarez, a Democrat, asked ...",
    "London-based newspaper The Financial Times said ...": the parser can make the name a
    second subject of the verb; the source is the description and the name together, not
    the description alone."""
    if subj is None or source is None:
        return source
    nxt = next((c for c in v.children if c.dep_ in SUBJ_DEPS and c.i > subj.i), None)
    if nxt is None or subj.ent_type_ == "PERSON" or nxt.ent_type_ not in ("PERSON", "ORG"):
        return source
    name = source_span(nxt, text)
    between = text[source[1] : name[0]].strip()
    if not ((between == "," and nxt.ent_type_ == "PERSON")
            or (not between and subj.pos_ == "NOUN")):  # "newspaper [The Financial Times]"
        return source
    return (source[0], name[1])


def instruction_to_reader(v: Token) -> bool:
    """A speech verb in an instruction to the reader ("Call 911", "To find out if your
    home was built before 1978, check ...", "To learn more, contact your pediatrician or
    call the health department at 901-..."): it names an act, not a statement anyone made.
    The clause's head is an imperative (a bare verb with no subject or auxiliary) and the
    cue sits in it, its purpose clause or a verb coordinated with it."""
    head = v
    for _ in range(4):
        if head.dep_ not in ("conj", "advcl", "xcomp") or head.head.i == head.i:
            break
        head = head.head
    return head.dep_ == "ROOT" and head.tag_ == "VB" and not any(
        c.dep_ in SUBJ_DEPS or c.dep_ in ("aux", "auxpass", "expl") for c in head.children)


def _same_line(a: Token, b: Token) -> bool:
    text = doc_text(a.doc)
    lo, hi = sorted((a.idx, b.idx))
    return "\n" not in text[lo:hi]
