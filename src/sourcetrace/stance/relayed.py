"""Whose denial a statement carries: "Bolton noted that Putin denied any state involvement"
relays Putin's denial; Bolton denies nothing. The speaker of such a content reports the
denial, and the denier's own attribution (the parser finds "Putin denied ..." as one of
its own) is the denial.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from sourcetrace.geo.parties import countries_in
from sourcetrace.lexicons import lexicon
from sourcetrace.stance.lemmas import cue_lemmas
from sourcetrace.stance.rules import DENIAL_CUE_LEMMAS
from sourcetrace.stance.vocabulary import has_denial_words

if TYPE_CHECKING:
    from spacy.tokens import Span as SpacySpan
    from spacy.tokens import Token

# Verbs of saying or belief: one inside the content, with a subject of its own, says what
# its clause says ("Trump said Putin told him [P]").
_SAYING = lexicon("cues").words("speech") | lexicon("cues").words("cognition")


def relays_denial(tokens: SpacySpan | None, cue: str | None, source: SpacySpan | None,
                  words: Callable[[str], bool] = has_denial_words) -> bool:
    """The statement (``tokens``, its content; ``cue`` and ``source`` its attribution's)
    relays another party's denial: its cue is no denial of the speaker's own, and
    ``denial_by_another``. ``words`` finds the words of denial (or, given
    ``has_doubt_words``, of doubt: "Holm said Brant insisted there was no evidence of it"
    relays Brant's doubt)."""
    if tokens is None or source is None:
        return False
    return not cue_lemmas(cue or "") & DENIAL_CUE_LEMMAS and denial_by_another(
        tokens, source, words)


def denial_by_another(tokens: SpacySpan, source: SpacySpan,
                      words: Callable[[str], bool] = has_denial_words) -> bool:
    """The content's words of denial are all a denial verb's or noun's whose subject or
    owner, inside the content, is a party other than the speaker ``source``: named, not a
    pronoun (which
    stands for the speaker as often as not), and neither naming the speaker nor sharing
    a country with it ("the Kremlin spokesman said Moscow rejects the accusations" is
    Moscow's own side speaking)."""
    if _undescribed(source):
        return False
    for word in tokens:
        subj = _denier(word, tokens, words)
        if subj is None or subj.pos_ == "PRON" or _negated(word):
            continue
        denier = subj.doc[subj.left_edge.i : subj.right_edge.i + 1].text
        if _same_side(denier, source.text):
            continue
        inside = {t.i for t in word.subtree}
        if not words(" ".join(t.text for t in tokens if t.i not in inside)):
            return True
    return False


def _denier(word: Token, tokens: SpacySpan, words: Callable[[str], bool]) -> Token | None:
    """Who denies by ``word``: a denial verb's subject ("Putin denied ...") or a denial
    noun's owner ("accept Putin's denial"), inside the content; or the subject of a verb
    of saying there whose own words deny ("Putin told him [the allegations were
    baseless]", "Russia continues to say [they had nothing to do with it]")."""
    lemma = word.lemma_.lower()
    if lemma not in DENIAL_CUE_LEMMAS and not (
            lemma in _SAYING and word.pos_ == "VERB" and words(" ".join(
                t.text for c in word.children if c.dep_ in ("ccomp", "xcomp")
                for t in c.subtree))):
        return None
    dep = {"VERB": "nsubj", "NOUN": "poss"}.get(word.pos_)
    # A verb of saying under "continues to" has its subject on the verb it completes.
    holder = word.head if word.dep_ == "xcomp" and not any(
        c.dep_ == dep for c in word.children) else word
    return next((c for c in holder.children if c.dep_ == dep
                 and tokens.start <= c.i < tokens.end), None)


# Pronoun speakers name someone the article named before.
_PRONOUNS = frozenset({"he", "she", "they", "i", "we"})


def _undescribed(source: SpacySpan) -> bool:
    """A speaker with no name and no country ("a spokesman", "officials", "a source
    familiar with the discussion") may well speak for the denier: their telling of it is
    left a denial."""
    return not (any(t.pos_ == "PROPN" or t.lower_ in _PRONOUNS for t in source)
                or countries_in(source.text))


def _negated(verb: Token) -> bool:
    return any(c.dep_ == "neg" for c in verb.children)


def _same_side(denier: str, source: str) -> bool:
    a, b = denier.lower(), source.lower()
    if a in b or b in a or set(a.split()[-1:]) & set(b.split()):
        return True  # "Peskov" and "Kremlin spokesman Dmitry Peskov"
    return bool(countries_in(denier) & countries_in(source))
