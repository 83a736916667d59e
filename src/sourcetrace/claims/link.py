"""Linking words to what they stand for, for the claims stages.

* Entity linking lives in ``entities``, agents and event frames in ``actors``.
* Pronoun linking: a subject pronoun that stands for the speaker ("The Kremlin denied it
  has ...") or for the previous sentence's named subject is replaced, in safe cases only.
* Denial linking: which sentences deny a *report* rather than a proposition, and which
  claim such a denial targets (``answers.link_report_denials``).

Everything here is general vocabulary (geography, English verbs); nothing is specific to a
story.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Final

from sourcetrace.attribution.mentions import marked_genders
from sourcetrace.claims import actors, entities
from sourcetrace.lexicons import lexicon
from sourcetrace.nlp.doctext import doc_text
from sourcetrace.speakers.lexicon import ORG_HEADS
from sourcetrace.speakers.parse import parse_source
from sourcetrace.stance.rules import QUALIFIERS, cue_denies, superlative_by_negation
from sourcetrace.stance.vocabulary import CONTRADICTION_WORDS, has_denial_words

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token
    from spacy.tokens import Span as SpacySpan

    from sourcetrace.models import Attribution

# A bare denial ("denied those reports") whose report is not among the few preceding
# candidates refers to the article's most salient claim (chosen when clustering).
ARTICLE_CONTEXT: Final = "*"
# A bare denial that names what it rejects ("the US' spy balloon accusation") and whose
# sentence carries no report of it: pointed at the claim its words name, across articles.
BY_CONTENT: Final = "~"
# A mention that repeats the statement before it ("A senior official said the same to
# CNN"): pointed at that statement's candidate, as support.
ECHO: Final = "^"
# The speaker's own earlier report, taken up ("Die Welt said it stood by its reporting").
OWN_ECHO: Final = "^^"
# A denial that no such event happened ("nobody died"): of the claim of that kind of event.
BY_FRAME: Final = "%"
DENIAL_WINDOW: Final = 2


_WORDS = lexicon("claim_words")


# Verbs that wrap a proposition ("X said that P", "reports suggest P").
WRAPPER_VERBS: Final = _WORDS.words("wrapper_verbs")
DENIAL_VERBS: Final = lexicon("denial").words("contradict")
DENIAL_NOUNS: Final = lexicon("denial").words("nouns")
_NEGATION_WORDS: Final = lexicon("denial").words("negation")
# What a denial cue's words may be: a verb or a noun of denial.
# As a cue, a verb that dismisses ("ridiculed the reports") denies what it takes as one
# that contradicts does; inside a claim it is no denial (denial.toml ``dismissive``).
DENIAL_CUE_WORDS: Final = DENIAL_VERBS | DENIAL_NOUNS | lexicon("denial").words("dismissive")
# Verbs that label a report ("calling it disinformation", "branded the story a hoax").
LABEL_VERBS: Final = _WORDS.words("label_verbs")
# "The Times published a story quoting officials who believe P".
AGENT_OBJECT_FRAMES: Final = _WORDS.pairs("agent_object_frames")
RECIPROCAL_HEADS: Final = _WORDS.words("reciprocal_heads")
SUSPICION_FRAMES: Final = _WORDS.pairs("suspicion_frames")
# Heads of a source phrase that name people ("official", "spokesman"): never "it".
_SELF_STATES: Final = _WORDS.words("self_states")  # "said it was not aware of ..."
_PERSON_HEADS: Final = lexicon("source_heads").words("anonymous_heads") | lexicon("roles").words("roles")
CONTRAST_MARKS: Final = _WORDS.words("contrast_marks")
QUESTION_WORDS: Final = _WORDS.words("question_words")
PUBLISH_VERBS: Final = _WORDS.words("publish_verbs")
# "X had seen intelligence suggesting that P", "we have evidence showing that P": a holder
# of evidence, the evidence, and what it is said to show; P is the claim.
EVIDENCE_HOLDER_VERBS: Final = _WORDS.words("evidence_holder_verbs")
EVIDENCE_NOUNS: Final = _WORDS.words("evidence_nouns")
CONFIDENCE_WORDS: Final = _WORDS.words("confidence_words")
DISPELLED_DOUBT: Final = _WORDS.words("dispelled_doubt")
EVIDENCE_VERBS: Final = _WORDS.words("evidence_verbs")
# What a denial can reject instead of a proposition: reports, and how someone described a
# thing ("rejected Ostland's description of it as terrorism").
REPORT_NOUNS: Final = lexicon("report_nouns").words("claims") | lexicon("report_nouns").words(
    "descriptions")
# Documents whose words a denial rejects ("dismissed the poll as an outlier").
DENIABLE_DOCUMENTS: Final = lexicon("report_nouns").words("documents")
FLAT_DENIAL: Final = lexicon("denial").words("flat_predicates")
# Opinion predicates: "I think ...", "seems", "is known to" — not checkable on their own.
OPINION_SUBJECT: Final = _WORDS.words("opinion_predicates")
# Cognition verbs: with a first-person subject ("I think", "we believe") they mark opinion.
OPINION_VERBS: Final = _WORDS.words("opinion_verbs")
HEDGE_FLUFF: Final = _WORDS.words("hedge_adverbs")
DISCOURSE: Final = _WORDS.words("discourse")
# Adverbs dropped anywhere in a proposition (they do not change what is claimed).
DROP_ADVERBS: Final = _WORDS.words("drop_adverbs")
SPEAKING_VERBS: Final = _WORDS.words("speaking_verbs")

# Report nouns a denial can target (the denial lexicon itself lives in ``stance``).
_REPORT_RE: Final = re.compile(r"\b(?:" + "|".join(sorted(REPORT_NOUNS)) + r")\b", re.I)
_BARE_TARGET_RE: Final = _WORDS.pattern("bare_denial_target")


def denies_report(text: str) -> bool:
    """True when ``text`` denies a report ("denied those reports", "called it
    disinformation", "assertions that ... are disinformation") rather than a proposition."""
    if not has_denial_words(text):
        return False
    return bool(_REPORT_RE.search(text) or _BARE_TARGET_RE.search(text))


# -- linking mentions on the parse: actors, pronouns, denied reports -----------------
def previous_subject(sent: SpacySpan) -> SpacySpan | None:
    """The named subject of the previous sentence: what a subject pronoun opening this
    one most likely stands for ("Beijing supports ... . Yet it has not condemned ...").
    Only a named entity or state metonym qualifies; agreement is checked by the caller."""
    doc = sent.doc
    first = sent[0].sent.start
    if first == 0:
        return None
    prev = doc[first - 1].sent
    subj = next((c for c in prev.root.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if subj is None or subj.pos_ == "PRON":
        return None
    if not (subj.ent_type_ in {"ORG", "GPE", "NORP", "PERSON"} or entities.metonym(subj)):
        return None
    return doc[subj.left_edge.i : subj.i + 1]


def speaker_span(att: Attribution | None, doc: Doc) -> SpacySpan | None:
    """Who said it: the source as written, or the name a pronoun or description
    ("the president") was resolved to in the article."""
    if att is None or att.source_span is None:
        return None
    span = att.resolved_span or att.source_span
    found = doc.char_span(*span, alignment_mode="expand")
    if found is None:
        return None
    # "Calder Systems[, which provides Nordbank's payment software]": a clause after a
    # comma says something of the speaker; who it is ends before it.
    cut = next((t.left_edge.i - 1 for t in found if t.dep_ == "relcl"
                and t.left_edge.i - 1 > found.start and doc[t.left_edge.i - 1].text == ","), None)
    return found if cut is None else doc[found.start : cut]


def pronoun_fits(tok: Token, speaker: SpacySpan, *, direct: bool = False) -> bool:
    """Reported speech: "The Kremlin denied it has ..." — "it" is the Kremlin. Only when
    the pronoun's number/animacy agrees with the speaker (safe cases only). ``direct``:
    the words are the speaker's own, quoted."""
    low = tok.lower_
    people = any(t.ent_type_ == "PERSON" for t in speaker)
    plural = speaker.root.tag_ in {"NNS", "NNPS"}
    if low == "it":
        # Expletive "it" ("it is unlikely that ...") stands for nothing; an organisation or
        # state speaker must be positively recognised. In its own quoted words a speaker is
        # "we", never "it": a quoted "It is a civilian airship" is about something else.
        # A passive's "it" is the speaker too ("Aerion said it had not been notified")
        # unless a clause follows it ("it was reported that ...", below).
        head = tok.head
        if direct or _quoted(tok) or tok.dep_ == "expl" or any(
            (c.dep_ in {"ccomp", "csubj"} and c.i > tok.i)
            # "it is unclear", "it would be a grave mistake": a state of things, no speaker
            or (c.dep_ in {"acomp", "xcomp", "attr"} and head.lemma_ == "be"
                and not (c.dep_ == "acomp" and c.lemma_.lower() in _SELF_STATES))
            for c in head.children
        ):
            return False
        return institutional(speaker)
    if low in {"he", "she"}:
        # In the speaker's own quoted words "he" is someone else ("He may deny it," Trump
        # said, of Putin); in reported speech it is usually the speaker.
        # Not a speaker whose name says otherwise ("Erik Dahl said ... she had been").
        if people and person_owner(speaker) is not None:
            return not direct  # "Mara Hale's campaign denied a report that she ...": Hale
        other = "m" if low == "she" else "f"
        genders = marked_genders(speaker.doc, speaker.start_char, speaker.text)
        return people and not direct and genders != {other}
    if low == "i":
        # "I ordered the Pentagon to ...", said the President: in his own quoted words
        # "I" is the speaker, in a quote's later sentences too ('"I did not step down. I
        # was dismissed ...," Oder wrote'); outside a quote it is the writer.
        return not plural and (direct or _quoted(tok))
    return low == "they" and plural


def person_owner(speaker: SpacySpan) -> Token | None:
    """The person a body speaking belongs to ("[Mara Hale]'s campaign"): whom "she" in its
    words stands for."""
    if speaker.root.lemma_.lower() not in ORG_HEADS or speaker.root.ent_type_ == "PERSON":
        return None
    return next((c for c in speaker.root.children if c.dep_ == "poss" and c.ent_type_ == "PERSON"),
                None)


def institutional(speaker: SpacySpan) -> bool:
    """A body or state speaking, positively recognised: what "it" and "its" in its own
    reported words stand for."""
    # "the senior U.S. defense official": a country inside, a person at the head; "the
    # commission": a body by its head noun, named before.
    # "The Red Hand", no entity to the tagger: a body by how the phrase reads.
    return ((any(t.ent_type_ in {"ORG", "GPE", "NORP"} or entities.metonym(t) for t in speaker)
             or speaker.root.lemma_.lower() in ORG_HEADS and speaker.root.tag_ == "NN"
             or parse_source(speaker.text).type == "organization")
            and not any(t.ent_type_ == "PERSON" for t in speaker)
            # a plural is people ("officials"), but a body's plural name is one body
            # ("Vantor Motors", "United Airlines")
            and not (speaker.root.tag_ == "NNS"
                     or speaker.root.tag_ == "NNPS" and not speaker.root.ent_type_)
            and speaker.root.lemma_.lower() not in _PERSON_HEADS)


def _quoted(tok: Token) -> bool:
    """Inside a quotation opened earlier in its sentence (an odd number of marks before)."""
    before = doc_text(tok.doc)[tok.sent.start_char : tok.idx]
    return (before.count('"') % 2 == 1) or before.count("“") > before.count("”")


_NO_ONE = frozenset({"none", "nobody", "noone"})


def negated(root: Token) -> bool:
    if superlative_by_negation(root):
        return False  # "relations have never been worse" asserts, denies nothing
    doc = root.doc
    for c in root.children:
        if c.dep_ == "neg" and c.i + 1 < len(doc) and doc[c.i + 1].lower_ in QUALIFIERS:
            continue  # "aren't just at their lowest point", "not only": a qualification
        if c.dep_ == "neg" and _corrected(root):
            continue  # "is not a summit but an opportunity": a word corrected, no denial
        if c.dep_ == "neg" or c.lower_ in {"never"}:
            return True
        # "decided not to shoot it down", "chose not to intervene": the act is not done;
        # nor in "refused to say who is responsible".
        if c.dep_ == "xcomp" and (any(g.dep_ == "neg" for g in c.children)
                                  or root.lemma_.lower() in actors.NEGATIVE_IMPLICATIVES):
            return True
        if c.dep_ in {"dobj", "attr", "nsubj", "nsubjpass"} and (any(
            g.lower_ in {"no", "nothing"} and g.dep_ == "det" or g.dep_ == "neg"
            for g in c.children) or c.dep_.startswith("nsubj") and c.lower_ in _NO_ONE
        ):  # "no troops had been sent", "not a single soldier", "none of the troops"
            return True
        # "had done nothing to prevent the hacks", "it was nothing": what is done or is,
        # none (a subject "nothing", "nothing has changed", says no act is denied).
        if c.dep_ in {"dobj", "attr"} and c.lower_ in _NEGATION_WORDS:
            return True
        # "The equipment was inconsistent with that aboard weather balloons": it is not.
        if c.dep_ == "acomp" and c.lemma_.lower() in CONTRADICTION_WORDS:
            return True
    return False


def _corrected(root: Token) -> bool:
    """ "is not a summit, but an opportunity", "not in Moscow but in Helsinki": the negation
    sets aside one word for another coordinated with "but"; the statement asserts the other.
    A verb after "but" ("did not attack but defended") is another act, still negated."""
    for head in (root, *(c for c in root.children if c.dep_ in {"attr", "dobj", "prep", "acomp"})):
        if any(g.dep_ == "cc" and g.lower_ == "but" for g in head.children) and any(
                g.dep_ == "conj" and g.pos_ not in {"VERB", "AUX"} for g in head.children):
            return True
    return False


def denial_cue(att: Attribution | None) -> bool:
    return att is not None and cue_denies(att.cue)


_POINTING_PRONOUNS: Final = lexicon("cues").words("pointing_pronouns")


def is_report(tok: Token) -> bool:
    low, lemma = tok.lower_, tok.lemma_.lower()
    return (
        low in REPORT_NOUNS
        or lemma in REPORT_NOUNS
        or low in _POINTING_PRONOUNS
    )


def names_document(tok: Token) -> bool:
    """``tok`` is a document whose words a denial can reject ("the poll", "the memo")."""
    return tok.lower_ in DENIABLE_DOCUMENTS


def names_report(tok: Token) -> bool:
    """``tok`` is a report ("those reports", "it") or a noun the parser glued one onto
    ("called [the reports] disinformation" parsed as a compound "reports disinformation")."""
    return is_report(tok) or any(c.dep_ == "compound" and is_report(c) for c in tok.children)


def targets_report(root: Token) -> bool:
    """The denial is about a report, not a proposition: "denied those reports", "calling
    it disinformation", "the reports are baseless", "this is absurd". Callers check that
    the sentence has denial vocabulary."""
    lemma = root.lemma_.lower()
    if lemma in DENIAL_VERBS | LABEL_VERBS:
        return any(c.dep_ in ("dobj", "oprd") and names_report(c) for c in root.children)
    if lemma == "be":
        # "the reports are baseless"; "there is no truth to the reports" (what is said of
        # the report is its complement's, the report the object of its preposition).
        return any(c.dep_ in ("nsubj", "nsubjpass") and names_report(c) for c in root.children
                   ) or any(p.dep_ == "prep" and any(o.dep_ == "pobj" and names_report(o)
                                                     for o in p.children)
                            for c in root.children if c.dep_ == "attr" for p in c.children)
    # "the report bore no relation to reality", "the allegations were taken out of
    # context": an idiom of denial predicated of a report (not a verb that wraps what the
    # report says: "the report found the claims baseless").
    subj = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None or not names_report(subj) or lemma in WRAPPER_VERBS:
        return False
    inner = {t.i for t in subj.subtree}
    return has_denial_words(" ".join(t.text for t in root.subtree if t.i not in inner))


def suspected(root: Token) -> bool:
    """The proposition at ``root`` is stated as a suspicion: a suspicion frame is the root
    itself or governs it ("analysts suspect [P]", "pointing to [P]"), or qualifies the
    evidence the root holds ("has intelligence [leaning towards] blaming Russia"); an
    adjective inside it ("a suspected spy balloon") is not a frame. Qualifying evidence,
    the frame must point at an actor: "signals indicating an explosion" are evidence of an
    event, which a flat "signals show an explosion" states too."""
    places = _frame_places(root)
    return _suspicion_frame(root) or any(_suspicion_frame(t) for t in root.ancestors) or any(
        _suspicion_frame(t) and _points_at_actor(t) for t in places[1:])


def _points_at_actor(frame: Token) -> bool:
    """What the frame governs names an actor: a clause with one as subject or object
    ("leaning towards [blaming Russia]"), or a noun that is one or has one as agent ("pointing
    to [Moscow]", "indicating [a Russian attack]")."""
    stack = [c for c in frame.children if c.dep_ in {"dobj", "prep", "ccomp", "xcomp", "pcomp"}]
    while stack:
        c = stack.pop()
        if c.dep_ == "prep":
            stack += [g for g in c.children if g.dep_ in {"pobj", "pcomp"}]
        elif c.pos_ in {"VERB", "AUX"}:
            if any(actors.key_of_phrase(g, c.doc) for g in c.children
                   if g.dep_ in {"nsubj", "nsubjpass", "dobj"}):
                return True
        elif c.pos_ in {"NOUN", "PROPN"} and (
            actors.key_of_phrase(c, c.doc) if c.ent_type_ or c.pos_ == "PROPN"
            else any(actors.key_of_phrase(g, c.doc) for g in actors.nominal_agents(c))
        ):
            return True
    return False


def suspect(root: Token, doc: Doc) -> str | None:
    """Whom a suspicion points at: the first actor in what the frame governs ("analysts
    suspect [Russia]", "pointing to [Russia being behind it]", "leaning towards blaming
    [Russia]"). That is the agent of the suspected act; whoever suspects is its source."""
    for frame in _frame_places(root):
        if not _suspicion_frame(frame):
            continue
        for c in frame.children:
            if c.dep_ in {"dobj", "prep", "ccomp", "xcomp", "pcomp"}:
                key = actors.key_of_phrase(c, doc)
                if key:
                    return key
    return None


def _frame_places(root: Token) -> list[Token]:
    """Where a suspicion frame of the proposition at ``root`` can stand, below it: the root,
    a clause on what it holds ("intelligence [leaning towards] ..."), or, the parser
    making the frame the object itself when quote marks break the noun phrase ("has
    intelligence 'leaning towards' Moscow"), a verb there."""
    objects = [c for c in root.children if c.dep_ in {"dobj", "attr", "nsubj"}]
    held = [g for c in objects for g in c.children if g.dep_ in {"acl", "relcl"}]
    return [root, *held, *(c for c in objects if c.pos_ == "VERB")]


def _suspicion_frame(tok: Token) -> bool:
    lemma = tok.lemma_.lower()
    return (lemma, "") in SUSPICION_FRAMES or any(
        (lemma, c.lower_) in SUSPICION_FRAMES for c in tok.children if c.dep_ == "prep"
    )


def contentless(root: Token, entities: tuple[str, ...], words: tuple[str, ...]) -> bool:
    """Says nothing one could check without its context: no actor or place, only pronouns
    as subject, and at most one content word or no noun ("We'll have to see", "We will
    not allow that to go forward"). Such statements from different speakers are worded
    alike and are no one claim; with two words and a noun one already may be ("It was a
    weather balloon", "It has no role in the flight"). A bare denial ("It never
    happened") is read apart, as one."""
    if entities or not all(c.pos_ == "PRON" for c in root.children
                           if c.dep_ in {"nsubj", "nsubjpass", "expl"}):
        return False
    return len(words) <= 1 or not any(t.pos_ in {"NOUN", "PROPN"} for t in root.subtree)
