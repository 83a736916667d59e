"""The people an article names, for resolving pronoun and description sources: PERSON
mentions with their offsets, surnames, and a mention's full phrase with its title.

While ``resolve.resolve_sources`` works on one document it keeps the document's person
mentions in ``CURRENT``; the helpers read from there when it holds their document. The
text and entities come from ``nlp.doctext``, built once per document.
"""

from __future__ import annotations

import re
from collections import Counter
from typing import TYPE_CHECKING, Any

from sourcetrace.attribution.spans import balanced
from sourcetrace.lexicons import lexicon
from sourcetrace.models import COMMON_PLURAL
from sourcetrace.nlp.doctext import doc_ents, doc_text
from sourcetrace.speakers.lexicon import ROLE_WORDS
from sourcetrace.speakers.names import family_name

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from sourcetrace.models import Span

# (doc, its person mentions, surname genders) of the document being resolved; one slot,
# reset after each call. (Its text is ``nlp.doctext.doc_text``'s.)
CURRENT: list[tuple[Doc, list[tuple[int, int, str]], dict[str, str] | None] | None] = [None]
# Words that show a woman or a man is meant ("she", "Mrs.", "first lady"; "he", "Mr.").
FEMALE_HINTS = lexicon("roles").words("female_hints")
MALE_HINTS = lexicon("roles").words("male_hints")
# Kinship words right before a name ("husband Mohammad Al Mnajer", "his wife, Anna").
_FEMALE_KIN = lexicon("roles").words("female_kin")
_MALE_KIN = lexicon("roles").words("male_kin")
# Given names of one gender ("Michelle" in "Calgary MP Michelle Rempel" is no "he").
_FEMALE_NAMES = lexicon("given_names").words("female")
_MALE_NAMES = lexicon("given_names").words("male")
# Prepositions after which a one-word "person" is a town ("well-liked in Lusk").
_PLACE_PREPOSITIONS = lexicon("roles").words("place_prepositions")
# Characters between a name and its apposition: a comma and a space (or a dash).
_APPOSITION_GAP = 3
# A title the entity took in ("President Trump") is no given name.
_TITLES = (lexicon("roles").words("roles") | lexicon("roles").words("honorifics")
           | {t.lower() for t in lexicon("roles").words("title_abbreviations")})



def is_named(doc: Doc, span: Span) -> bool:
    sp = doc.char_span(span[0], span[1], alignment_mode="expand")
    return sp is not None and any(t.pos_ == "PROPN" for t in sp)


def surname(text: str) -> str:
    words = [w for w in re.findall(r"[A-Z][\w'\-\u2019]+", text)]
    return family_name(" ".join(words))


# Entity labels of places and bodies: what a word tagged so elsewhere is, not a person.
PLACE_OR_BODY = frozenset({"GPE", "LOC", "NORP", "FAC", "ORG"})


def all_person_mentions(doc: Doc) -> list[tuple[int, int, str]]:
    out = []
    for ent in doc_ents(doc):
        if ent.label_ != "PERSON" or " and " in ent.text or not ent.text[:1].isupper():
            continue  # "Moscow and Beijing" tagged as one person
        if any(t.pos_ != "PROPN" for t in ent if not t.is_punct):
            continue
        out.append((ent.start_char, ent.end_char, ent.text))
    # A full name the tagger took for a body or place is a person's where an apposition
    # gives the person's office ("Ivo Brant, the defence minister": tagged ORG).
    out += [(ent.start_char, ent.end_char, ent.text) for ent in doc_ents(doc)
            if ent.label_ in PLACE_OR_BODY and _office_in_apposition(ent)]
    # The tagger often misses a surname on its own, or calls it a place or an organisation
    # ("Lonechild said", "Peyton is unsure"): a proper noun outside any PERSON name that is
    # the surname of a full name the article gives is a mention of that person.
    full = {surname(t): t for _, _, t in out if len(t.split()) > 1}
    # The other way round: one word tagged PERSON that the article also names as a place
    # or a body ("comparable to that of Surrey's" beside "the school district of Surrey,
    # B.C.") and that is no full name's surname is the tagger's slip, not someone "she"
    # could stand for.
    elsewhere = {ent.text for ent in doc_ents(doc) if ent.label_ in PLACE_OR_BODY} | _places(doc)
    out = [m for m in out if " " in m[2] or surname(m[2]) in full or m[2] not in elsewhere]
    inside = {i for ent in doc_ents(doc) if ent.label_ == "PERSON" for i in range(ent.start, ent.end)}
    for tok in doc:
        if (tok.pos_ == "PROPN" and tok.i not in inside and tok.text[:1].isupper()
                and tok.lower_ in full and not (tok.i + 1 < len(doc) and doc[tok.i + 1].pos_ == "PROPN")
                and not (tok.i > 0 and doc[tok.i - 1].pos_ == "PROPN")):
            out.append((tok.idx, tok.idx + len(tok.text), tok.text))
    return sorted(out)


def _office_in_apposition(ent: Any) -> bool:
    """Two or more proper nouns whose apposition is headed by a person's office word."""
    return (len(ent) > 1 and all(t.pos_ == "PROPN" for t in ent)
            and any(c.dep_ == "appos" and c.lower_ in ROLE_WORDS for c in ent.root.children))


def _places(doc: Doc) -> set[str]:
    """One-word PERSON names the article only ever writes after a place preposition
    ("in Lusk"): a town the tagger took for a person."""
    uses: dict[str, list[bool]] = {}
    for ent in doc_ents(doc):
        if ent.label_ == "PERSON" and len(ent) == 1:
            head = ent.root.head
            uses.setdefault(ent.text, []).append(
                ent.root.dep_ == "pobj" and head.lower_ in _PLACE_PREPOSITIONS)
    return {name for name, places in uses.items() if all(places)}


def person_mentions(doc: Doc, start: int, end: int) -> list[tuple[int, int, str]]:
    cached = CURRENT[0]
    mentions = cached[1] if cached is not None and cached[0] is doc else all_person_mentions(doc)
    return [m for m in mentions if start <= m[0] and m[1] <= end]


def given_name(text: str) -> str:
    """The capitalised word before the surname ("Melania" in "First Lady Melania Trump");
    empty for a surname alone. Two of them tell two people who share a surname apart."""
    words = re.findall(r"[A-Z][\w'\-\u2019]+\.?", text)
    given = words[-2].lower() if len(words) >= 2 else ""
    return "" if given in _TITLES else given.rstrip(".")


def marked_genders(doc: Doc, start: int, text: str, *, by_given: bool = True
                   ) -> frozenset[str]:  # fmt: skip
    """"m", "f" or both where a name's words (``text``, starting at ``start``), the two
    words before it or, with ``by_given``, its given name say so ("first lady Melania
    Trump", "Mrs. Velt", "Michelle Rempel")."""
    before = {w.lower().strip(".,") for w in doc_text(doc)[max(0, start - 20) : start].split()[-2:]}
    words = before | {w.lower().strip(".,") for w in text.split()}
    given = given_name(text) if by_given else ""
    return frozenset({"f"} if words & FEMALE_HINTS or before & _FEMALE_KIN
                     or given in _FEMALE_NAMES else set()) | (
        {"m"} if words & MALE_HINTS or before & _MALE_KIN or given in _MALE_NAMES else set())


def _marked(doc: Doc, mention: tuple[int, int, str]) -> str | None:
    """The gender a full mention is marked for ("f" first where both are), else None."""
    genders = marked_genders(doc, mention[0], mention[2])
    return "f" if "f" in genders else ("m" if "m" in genders else None)


def best_name(doc: Doc, wanted: str, before: int,
              gender: str | None = None) -> tuple[int, int, str] | None:
    """The fullest earlier PERSON mention with this surname ("Zhao Lijian" for "Zhao").
    Two people with the surname ("Donald Trump", "Melania Trump"; "Kevin Vickers" and his
    father "Bill Vickers"): the one named more often so far, then the one named first
    (the longer name is not the likelier one). ``gender`` ("m", "f": the pronoun's) leaves
    out a mention marked for the other ("he" is not "first lady Melania Trump")."""
    found = [m for m in person_mentions(doc, 0, before) if surname(m[2]) == wanted
             and (gender is None or _marked(doc, m) in (None, gender))]
    people = Counter(g for _s, _e, t in found if (g := given_name(t)))
    if len(people) > 1:
        first = {g: k for k, g in reversed(list(enumerate(given_name(m[2]) for m in found)))}
        top = min(people, key=lambda g: (-people[g], first[g]))
        found = [m for m in found if given_name(m[2]) in (top, "")]
    return max(found, key=lambda m: len(m[2]), default=None)


def mention_phrase(doc: Doc, start: int, end: int) -> tuple[str, Span]:
    """A PERSON mention with its title and apposition ("US Secretary of State Anthony
    Blinken", "the official representative of the State Department, Ned Price")."""
    sp = doc.char_span(start, end, alignment_mode="expand")
    if sp is None:
        return doc_text(doc)[start:end], (start, end)
    root = sp.root
    s, e = sp.start_char, sp.end_char
    # Title words to the left inside the same noun phrase (compounds, modifiers).
    left = root.left_edge
    if left.i < sp.start and all(
        t.dep_ in ("compound", "amod", "nmod", "det", "prep", "pobj", "poss", "case", "punct")
        and t.text not in (",", "(")
        for t in doc[left.i : sp.start]
    ):
        s = left.idx
    if root.dep_ == "appos" and root.head.i < root.i and _comma_apart(doc, root.head, sp.start):
        # (Not what a dash sets apart: "... resort to name-calling — Calgary MP X", nor a
        # dateline's place, which ends in one: "TROUT BROOK, N.B. — Kevin Vickers, who".)
        head = root.head
        s = min(s, head.left_edge.idx)
    for c in sorted(root.children, key=lambda t: t.i):
        # Only an apposition that follows the phrase so far ("Ned Price, the department's
        # spokesman"): the parser can hang a name far along the sentence on this one ("U.S.
        # President Donald Trump, second right, is flanked by, from left, ... Bolton ...":
        # a photo caption had become the speaker's name).
        if c.dep_ == "appos" and c.i > root.i and c.left_edge.idx <= e + _APPOSITION_GAP:
            e = max(e, c.right_edge.idx + len(c.right_edge.text))
    s, e = _trim_phrase(doc_text(doc), s, e)
    return doc_text(doc)[s:e], (s, e)


def _comma_apart(doc: Doc, head: Any, name_start: int) -> bool:
    """Only a comma stands between the title phrase and the name ("the official
    representative of the State Department, Ned Price")."""
    marks = [t.text for t in doc[head.i + 1 : name_start] if t.is_punct]
    return marks == [","] and head.i - head.left_edge.i <= 8


def _trim_phrase(text: str, s: int, e: int) -> tuple[int, int]:
    while s < e and text[s] in " ,\n":
        s += 1
    while e > s and text[e - 1] in " ,.\n":
        e -= 1
    return balanced(text, (s, e))


def entity_hint(doc: Doc, span: Span) -> str | None:
    """The entity label of the source's head word, corrected to PERSON when the same word
    is part of a person's name elsewhere in the article (small models often tag a bare
    surname as a place). Else a one-word name takes the label the article gives it most
    often: one name keeps one sense in an article ("In a statement, Facebook said", tagged
    PERSON, after "Facebook" tagged ORG twice is the company speaking)."""
    sp = doc.char_span(span[0], span[1], alignment_mode="expand")
    if sp is None:
        return None
    root = sp.root
    if root.tag_ == "NNS" and root.ent_type_ in ("", "ORG", "PERSON") and (
            sp[0].is_sent_start or not sp.text[:1].isupper()) and not any(
            t.pos_ == "PROPN" for t in sp):
        # "Rescuers said", tagged ORG or nothing: people, no name ("Diercks said" in the
        # middle of a sentence, tagged so, is a surname).
        return COMMON_PLURAL
    label = root.ent_type_ or None
    ents = doc_ents(doc)
    if root.text[:1].isupper() and sp.text.strip() == root.text:
        seen = Counter(ent.label_ for ent in ents if ent.text == root.text).most_common(2)
        if seen and (len(seen) == 1 or seen[0][1] > seen[1][1]):
            label = seen[0][0]
    if label in PLACE_OR_BODY and any(
        root.text in words for ent in ents
        if ent.label_ == "PERSON" and len(words := ent.text.split()) > 1
    ):
        return "PERSON"  # a full name holds it (one word tagged PERSON is no evidence)
    return label
