"""Stance of one attribution toward its own content: asserts / denies / questions / reports.

The decision is lexical plus a dependency check for negation scope:

* **denies** — a denial cue ("denied", "rejected", "dismissed"), denial vocabulary in the
  content ("baseless", "complete fiction", "disinformation", "never heard of"), or a
  negation that attaches to the content's main predicate ("China has not asked ...").
  A negation inside a relative or adverbial clause ("an official who did not want to be
  named") is out of scope and does not flip the stance.
* **questions** — an interrogative cue ("asked whether", "questioned", "doubted") or a
  content that is itself a question.
* **reports** — the speaker relays rather than vouches: a reportive cue ("reported",
  "according to reports"), hedges in the content ("reportedly", "allegedly"), or an outlet
  as speaker.
* **asserts** — everything else.

``is_denial_of_report`` and ``denied_report_target`` serve the claims stage: a denial
phrased about a report ("Beijing called the reports disinformation") carries no
proposition of its own, so the claims stage attaches it to the claim that the report(s)
it names carry (the nearest preceding claim relayed in the same article).
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING, Any, Final

from sourcetrace.lexicons import alternation, lexicon
from sourcetrace.stance.beliefs import NEG_RAISING, content_predicates, negated_belief
from sourcetrace.stance.comparisons import superlative_by_negation
from sourcetrace.stance.dismissals import dismissed_within, labelled_report
from sourcetrace.stance.lemmas import cue_lemmas, has_phrasal
from sourcetrace.stance.vocabulary import (
    QUESTION_PATTERNS,
    REPORT_PATTERNS,
    UNCERTAIN_PATTERNS,
    asks,
    has_denial_vocabulary,
    has_denial_words,
    matches,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token
    from spacy.tokens import Span as SpacySpan

    from sourcetrace.models import Attribution

ASSERTS: Final = "asserts"
DENIES: Final = "denies"
QUESTIONS: Final = "questions"
REPORTS: Final = "reports"
STANCES: Final = (ASSERTS, DENIES, QUESTIONS, REPORTS)

_DENIAL = lexicon("denial")
_HEDGES = lexicon("hedges")
_QUESTIONS = lexicon("questions")
_REPORT_NOUNS = lexicon("report_nouns")

# Verb lemmas that, as the attribution cue, make the speaker contradict the content.
DENIAL_CUE_LEMMAS: Final = (_DENIAL.words("contradict") | _DENIAL.words("dismissive")
                             | _DENIAL.words("nouns"))
QUESTION_CUE_LEMMAS: Final = _QUESTIONS.words("cues")
# "urged caution over": the object of an idiom cue, never its verb ("cautioned that P").
_IDIOM_OBJECTS: Final = _QUESTIONS.words("idiom_objects")
REPORT_CUE_LEMMAS: Final = _HEDGES.words("cues")
# Verb-particle cues that dismiss ("brushed off") or make less of ("played down") their content.
_PARTICLE_DISMISSALS: Final = lexicon("cues").pairs("particle_dismissals")
_PARTICLE_DOUBTS: Final = lexicon("cues").pairs("particle_doubts")

# Nouns a denial can target instead of a proposition: "denied the reports".
REPORT_NOUNS: Final = _REPORT_NOUNS.words("claims") | _REPORT_NOUNS.words("publications")
_REPORT_NOUN_RE: Final = re.compile(
    r"\b(?:(?:" + alternation(_REPORT_NOUNS.words("determiners")) + r")\s+)+"
    r"(?:[a-z-]+\s+){0,2}(" + alternation(REPORT_NOUNS) + r")\b"
)

_NEGATION_WORDS: Final = _DENIAL.words("negation")
_LABELS: Final = _DENIAL.words("dismissive_labels")
# Clause relations that put a negation outside the content's main predication.
_OUT_OF_SCOPE_DEPS: Final = _DENIAL.words("out_of_scope_relations")
_NEGATED_AUXILIARY: Final = re.compile(
    r"\b(?:" + alternation(_DENIAL.words("negated_auxiliaries")) + r")\s*(?:not|n't)\b"
)


@lru_cache(maxsize=1)
def _nlp() -> Any:
    # Imported lazily: the lexical paths need no parser, and loading spaCy costs seconds.
    from sourcetrace.nlp.model import load_nlp

    return load_nlp()


# Words that turn a following negation into a qualification of the claim, not its denial.
QUALIFIERS: Final = _DENIAL.words("qualifiers")


def _main_predicate_negated(doc: Doc) -> bool:
    """True when a negation word attaches to the root predicate (or its conjunct/xcomp chain).

    "has not asked China" -> True; "an official, who did not want to be named, said X" ->
    False (the negation sits in a relative clause).
    """
    return _clause_negated(doc, [sent.root for sent in doc.sents])


def span_predicate_negated(tokens: SpacySpan) -> bool:
    """``_main_predicate_negated`` read on the article's own parse of the content: its
    predicates are the tokens whose heads lie outside it (one per sentence of a quote)."""
    return _clause_negated(tokens, content_predicates(tokens))


# After "not", a subject's quantifier that leaves some ("not all soldiers were sent").
_SOME_OF_ALL = frozenset({"all", "every", "everyone", "everybody", "many", "much", "both"})


def _clause_negated(tokens: Doc | SpacySpan, roots: list[Token]) -> bool:
    top = {r.i for r in roots}
    heads = set(top)
    for root in roots:
        # Coordinated and chained predicates share the main clause's scope.
        for tok in root.subtree:
            if tok.dep_ in {"conj", "xcomp", "ccomp"} and tok.head.i in heads:
                heads.add(tok.i)
    end = tokens[-1].i + 1 if len(tokens) else 0
    for tok in tokens:
        if tok.lower_.replace("’", "'") not in _NEGATION_WORDS:  # "n’t" is "n't"
            continue
        nxt = tok.nbor(1).lower_ if tok.i + 1 < end else ""
        if nxt in QUALIFIERS:
            continue  # "will not necessarily supply", "not only X": a hedge, no denial
        if superlative_by_negation(tok.head):
            continue
        if tok.dep_ == "neg" and (tok.head.i in heads or tok.head.dep_.startswith("nsubj")
                                  and tok.head.head.i in heads and nxt not in _SOME_OF_ALL):
            return True  # "did not send", "not a single soldier was sent" ("not all": some)
        # "no" / "never" as determiners or adverbs of a direct dependent of the root:
        # "there is no evidence", "Russia never asked".
        if tok.lower_ in {"no", "never", "nothing"} and _in_main_clause(tok, heads, top):
            return True
    return False


def _in_main_clause(tok: Token, heads: set[int], top: set[int]) -> bool:
    cur = tok
    for _ in range(4):
        if cur.head.i == cur.i or cur.i in top:
            return cur.i in heads
        if cur.dep_ in _OUT_OF_SCOPE_DEPS:
            return False
        if cur.head.i in heads:
            return True
        cur = cur.head
    return False


def _negated(content: str, tokens: SpacySpan | None = None) -> bool:
    text = content.strip()
    # "n’t" with a typographic apostrophe is "n't" (scraped news uses both).
    low = text.lower().replace("’", "'")
    if not text or not re.search(r"\b(?:not|never|no|nothing|neither|nor)\b|n't\b", low):
        return False
    if tokens is not None:
        return span_predicate_negated(tokens)
    try:
        doc = _nlp()(text[:2000])
    except Exception:  # noqa: BLE001 - one odd string must not fail a document
        return bool(_NEGATED_AUXILIARY.search(low))
    return _main_predicate_negated(doc)


def dismisses_by_particle(cue: str) -> bool:
    """A verb-particle cue that dismisses its content ("brushed aside", "waved away")."""
    return has_phrasal(cue, _PARTICLE_DISMISSALS)


def cue_denies(cue: str | None) -> bool:
    """The cue contradicts or dismisses its content: a verb or noun of denial ("denied",
    "rejection"), a dismissing particle verb ("brushed aside"), or a cue that runs on into
    what it calls its content ("called false", "has called absurd", "said was untrue": a
    verdict appended to a statement, ``attribution.verdicts``)."""
    if not cue:
        return False
    low = cue.lower()
    return bool(cue_lemmas(low) & DENIAL_CUE_LEMMAS or dismisses_by_particle(low)
                or cue_lemmas(" ".join(low.split()[1:])) & _LABELS)


def _cue_kind(cue: str | None) -> str | None:
    if not cue:
        return None
    low = cue.lower()
    lem = cue_lemmas(low)
    if cue_denies(low):
        return DENIES
    if lem & QUESTION_CUE_LEMMAS or has_phrasal(low, _PARTICLE_DOUBTS) or (
            len(low.split()) > 1 and set(low.split()[1:]) & _IDIOM_OBJECTS):
        return QUESTIONS
    if lem & REPORT_CUE_LEMMAS or re.search(r"\baccording to (?:\w+ )?reports?\b", low):
        return REPORTS
    return None


def _denial_in_sentence(sentence: str, content: str, tokens: SpacySpan | None = None,
                        until: int | None = None) -> bool:
    """Denial vocabulary outside the content but inside the sentence ("X dismissed as
    disinformation the claim that ...", "Beijing called the reports disinformation").
    With the article's parse, only in the clause of the verb that governs the content:
    in "apologised, blaming 'fake news' and promising instead a trade deal" or "rejected
    the report and said that P" the words of denial belong to another predication.
    ``until``: where the sentence's words stop being this statement's (a verdict appended
    to it, ``attribution.verdicts``); no verb from there on governs it."""
    clause = governing_clause(tokens, until) if tokens is not None else None
    if clause is not None:
        return has_denial_words(clause)
    outside = sentence.replace(content, " ") if content and content in sentence else sentence
    low = outside.lower()
    return has_denial_words(low)


# Dependents of a verb that are predications of their own, not part of its clause.
_OTHER_CLAUSES: Final = frozenset({"conj", "advcl", "relcl", "parataxis", "ccomp", "xcomp"})


def governing_clause(content: SpacySpan, until: int | None = None) -> str | None:
    """The words of the clause of the nearest verb above ``content`` (the content itself
    and the verb's other clauses left out), or None when no verb governs it (none before
    the character offset ``until``, when given)."""
    verb = next((t for t in content.root.ancestors
                 if t.pos_ in {"VERB", "AUX"} and not content.start <= t.i < content.end), None)
    if verb is None or until is not None and verb.idx >= until:
        return None
    inside = set(range(content.start, content.end))
    # What hangs on the content's words belongs to them, not to the governing clause ("P,
    # which Moscow denies" with the relative on P's last noun).
    skip = {t.i for i in inside for t in content.doc[i].subtree}
    for c in verb.children:
        if c.dep_ in _OTHER_CLAUSES and c.i not in inside:
            skip.update(t.i for t in c.subtree)
    return " ".join(t.text for t in verb.subtree if t.i not in skip)


# A negation right before a cue ("while not denying the story", "did not directly
# deny", "declined to deny"): the speaker does not deny.
(_CUE_NEGATION,) = _DENIAL.patterns("cue_negation")
_NON_ANSWERS: Final = lexicon("questions").patterns("non_answers")
_ATTITUDES: Final = lexicon("cues").words("cognition")


def cue_negated(before_cue: str) -> bool:
    """True when the words just before a cue negate it (``before_cue`` is the text of the
    sentence up to the cue)."""
    return bool(_CUE_NEGATION.search(before_cue[-40:]))


def non_answer(before_cue: str, cue: str) -> bool:
    """The denial cue is part of a refusal to confirm or deny ("neither confirmed nor
    denied", "would not confirm or deny"): no denial, the question left open."""
    return matches(_NON_ANSWERS, f"{before_cue[-40:]}{cue}".lower())


def text_before_cue(text: str, att: Attribution) -> str | None:
    """The article text from the attribution's sentence start (else 40 characters back)
    up to its cue: what ``cue_negated`` reads. None when the cue has no offsets."""
    if att.cue_span is None:
        return None
    start = att.sentence_span[0] if att.sentence_span else max(0, att.cue_span[0] - 40)
    return text[start : att.cue_span[0]]


def attribution_stance(
    content: str,
    *,
    cue: str | None = None,
    sentence: str | None = None,
    speaker_type: str | None = None,
    before_cue: str | None = None,
    tokens: SpacySpan | None = None,
    until: int | None = None,
) -> str:
    """Stance of a speaker toward the content attributed to them.

    ``content`` is the attributed text, ``cue`` the attribution cue ("said", "denied",
    "according to"), ``sentence`` the full sentence when available (denial words can sit
    outside the content), ``speaker_type`` the speaker type from the attribution stage
    ("outlet" relays by default), ``before_cue`` the sentence up to the cue (a negated
    denial cue, "while not denying the story", is no denial), ``tokens`` the content in the
    article's own parse (without it a negated content is parsed alone), ``until`` where
    the sentence's words stop being this statement's (``sentence`` ends there too).
    Returns one of ``STANCES``.
    """
    try:
        return _stance(content or "", cue=cue, sentence=sentence, speaker_type=speaker_type,
                       before_cue=before_cue, tokens=tokens, until=until)
    except Exception:  # noqa: BLE001 - a stance is never worth failing an article
        return ASSERTS


def _stance(
    content: str, *, cue: str | None, sentence: str | None, speaker_type: str | None,
    before_cue: str | None = None, tokens: SpacySpan | None = None, until: int | None = None,
) -> str:
    low = content.lower()
    cue_kind = _cue_kind(cue)
    if cue_kind == DENIES:
        if before_cue and cue and non_answer(before_cue, cue):
            return QUESTIONS  # "neither confirmed nor denied": as "could not confirm"
        # Not denying is neither denying nor asserting: the speaker leaves it open.
        return REPORTS if before_cue and cue_negated(before_cue) else DENIES
    if cue and before_cue and cue_negated(before_cue) and (
            cue_lemmas(cue) & NEG_RAISING or not cue_lemmas(cue) & _ATTITUDES):
        # "did not say that P", "does not think that P": the speaker does not assert P.
        # Not a denial: the disbelief is real, but on Helsinki such mentions clustered
        # mostly with claims they do not negate ("experts do not believe a decision on New
        # START will come at the summit" with "The summit would go fine"), and "didn't
        # expect Putin to budge" or "can't imagine anyone would disagree" agree. Other
        # attitudes negated are the speaker's stated position ("China does not want to
        # contribute to ..."), read as before.
        return QUESTIONS
    if has_denial_vocabulary(low) or (
            sentence and _denial_in_sentence(sentence, content, tokens, until)):
        return DENIES
    if tokens is not None and (dismissed_within(tokens) or labelled_report(tokens) is not None):
        return DENIES  # "Claims that P are pure fantasy", said Peskov
    if matches(UNCERTAIN_PATTERNS, low) or asks(low):
        # A question, negated or not, asks ("Why didn't the FBI take possession of it?").
        return QUESTIONS
    if _negated(content, tokens):
        return QUESTIONS if negated_belief(tokens) else DENIES  # "didn't expect P"
    if cue_kind == QUESTIONS or matches(QUESTION_PATTERNS, low):
        return QUESTIONS
    if cue_kind == REPORTS or matches(REPORT_PATTERNS, low):
        return REPORTS
    if speaker_type == "outlet":
        return REPORTS
    return ASSERTS


def denied_report_target(text: str) -> str | None:
    """The report-like noun phrase a denial targets ("the reports", "media claims"), if any.

    ``text`` is the denial's sentence (or its content). Returns the matched phrase as it
    appears in ``text``, or None when the sentence denies a proposition directly.
    """
    low = text.lower()
    if not has_denial_words(low):
        return None
    match = _REPORT_NOUN_RE.search(low)
    if match is None:
        return None
    return text[match.start() : match.end()]


def is_denial_of_report(
    content: str, *, cue: str | None = None, sentence: str | None = None
) -> bool:
    """True when an attribution denies a *report* rather than stating a proposition.

    "Beijing called the reports disinformation", "the Kremlin dismissed the claims",
    "Peskov denied the story": the denial has no proposition of its own, so the claims
    stage attaches it to the claim carried by the report(s) it names — the nearest
    preceding claim in the same article that is relayed (``reports``/``asserts``) by
    another source.
    """
    text = " ".join(t for t in (sentence or "", cue or "", content) if t)
    if attribution_stance(content, cue=cue, sentence=sentence) != DENIES:
        return False
    return denied_report_target(text) is not None
