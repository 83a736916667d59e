"""Within-article resolution of pronoun and description sources.

"he added" / "the spokesman said" / "the official said" are linked to the named
speaker they stand for, conservatively: only when the antecedent is close (a few
sentences back, same or previous paragraph) and unambiguous. Otherwise the
attribution stays unresolved; ``source_span`` always keeps the literal source.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from spacy.tokens import Doc

from sourcetrace.attribution.descriptions import (
    description,
    resolve_description,
    titled_before,
    without_relative,
)
from sourcetrace.attribution.documents import DOCUMENT_NOUNS, resolve_document
from sourcetrace.attribution.mentions import (
    CURRENT,
    FEMALE_HINTS,
    MALE_HINTS,
    all_person_mentions,
    entity_hint,
    given_name,
    is_named,
    marked_genders,
    mention_phrase,
    person_mentions,
    surname,
)
from sourcetrace.attribution.occasions import occasion_cue
from sourcetrace.attribution.organisations import (
    NAME_BEARING,
    ORGANISATION_NOUNS,
    ORGANISATION_PRONOUNS,
    SELF_REPORTING,
    clause_subject,
    own_subject,
    resolve_organisation,
    resolve_outlet,
    resolve_short_organisation,
)
from sourcetrace.attribution.pronouns import (
    PERSONAL,
    resolve_pronoun,
    speaker_goes_on,
    window_start,
)
from sourcetrace.attribution.reach import Reach, packaged
from sourcetrace.attribution.unnamed_sources import same_unnamed
from sourcetrace.attribution.voices import (
    CLIENT,
    ONE_OF,
    Principal,
    member_of,
    principal,
)
from sourcetrace.geo.parties import countries_in
from sourcetrace.lexicons import lexicon
from sourcetrace.models import Attribution, Span
from sourcetrace.nlp.doctext import doc_text
from sourcetrace.speakers.lexicon import ORG_HEADS
from sourcetrace.speakers.outletname import find_outlet_name
from sourcetrace.speakers.parse import AGE_DESCRIPTION, parse_source

PLURAL = lexicon("source_heads").words("plural_pronouns")
HONORIFICS = lexicon("roles").words("honorifics")
_PLURAL_DESCRIPTION = lexicon("source_heads").pattern("plural_descriptions")
# Role nouns a definite description may use to refer back to a named speaker.
ROLE_NOUNS = lexicon("roles").words("referring_roles")
# Nouns an unnamed source is introduced with ("a person familiar with ...", "two officials").
UNNAMED_HEADS = lexicon("source_heads").words("anonymous_heads")
_DET = re.compile(r"^(?:the|a|an)\s+", re.I)
_OUTLET_DESCRIPTION = lexicon("speaker_shapes").pattern("generic_outlet")
# "a company spokeswoman", "a spokesman for the ministry": a body's spokesperson.
_BODY_VOICE = lexicon("speaker_shapes").pattern("body_voice")
_BARE_VOICE = lexicon("speaker_shapes").pattern("bare_voice")

def _names_someone(doc: Doc, span: Span, unnamed_head: bool) -> bool:
    """A proper noun in the phrase other than a country's or a capitalised role ("the U.S.
    president", "the Russian leader", "The President" are descriptions; "the Kell
    spokesman" names someone). With a head that introduces unnamed sources ("official",
    "source"), an organisation's name is where the unnamed one works, not a name: "the
    State Department official" goes on with "a senior State Department official"."""
    sp = doc.char_span(span[0], span[1], alignment_mode="expand")
    places = ("GPE", "NORP", "ORG", "FAC") if unnamed_head else ("GPE", "NORP")
    return sp is not None and any(t.pos_ == "PROPN" and t.ent_type_ not in places
                                  and t.lower_ not in ROLE_NOUNS for t in sp)


def _resolve_plural(doc: Doc, att: Attribution) -> tuple[str, Span] | None:
    """The subject of the sentence before, when it is plural or coordinated and names who
    it is (not itself a pronoun): "They both stressed ..." after "Ryder and a senior U.S.
    defense official provided details"."""
    assert att.source_span is not None
    here = doc.char_span(*att.source_span, alignment_mode="expand")
    if here is None or here.sent.start == 0:
        return None
    before = doc[here.sent.start - 1].sent
    subj = next((c for c in before.root.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if subj is None or subj.pos_ == "PRON":
        return None
    if not (subj.tag_ in {"NNS", "NNPS"} or any(c.dep_ == "conj" for c in subj.children)):
        return None
    left, right = subj.left_edge, subj.right_edge
    return doc_text(doc)[left.idx:right.idx + len(right.text)], (left.idx, right.idx + len(right.text))


def _resolve_short_name(doc: Doc, att: Attribution) -> tuple[str, Span] | None:
    """A surname-only source ("Blinken", "Zhao") -> its fullest mention in the article."""
    assert att.source_span is not None
    src = (att.source_text or "").strip()
    if not src.split() or len(src.split()) > 2 or not src[:1].isupper():
        return None
    # An honorific is no part of the name ("Mr. Trump" is the surname "Trump", a man).
    words = [w for w in src.split() if w.lower() not in HONORIFICS]
    if not words:
        return None
    key = words[-1].lower()

    def holds(full: str) -> bool:
        # Family name last ("Jake Sullivan") or first ("Wang Wenbin", "Zhao Lijian"); a
        # two-word source's words all in it ("Pat Ryder" in "Brig. Gen. Pat Ryder", not
        # "Donald Trump" in "First Lady Melania Trump").
        parts = [p.lower() for p in full.split()]
        return (len(parts) > len(words) and key in (parts[0], parts[-1])
                and {w.lower() for w in words} <= set(parts))

    fulls = [m for m in person_mentions(doc, 0, len(doc_text(doc))) if holds(m[2])]
    if not fulls:
        return None
    # Two people with this name ("Donald Trump", "First Lady Melania Trump"): leave it
    # (never merge namesakes).
    people = {given_name(m[2]) if surname(m[2]) == key else " ".join(m[2].lower().split())
              for m in fulls}
    if len(people - {""}) > 1:
        return None
    best = max(fulls, key=lambda m: (len(m[2]), -m[0]))
    phrase = mention_phrase(doc, best[0], best[1])
    # The surname alone is a man in this text ("Trump said he ...") and the one full name
    # is a woman's ("First Lady Melania Trump"), or the other way round: a namesake.
    gender = _bare_gender(doc, key) or _one_gender(marked_genders(doc, att.source_span[0], src))
    # The phrase and the words just before it ("first lady Melania Trump") titled for the
    # other gender (a given name against a surname's pronoun tally proves no namesake).
    other = marked_genders(doc, best[0], phrase[0], by_given=False)
    if gender is not None and {"m", "f"} - {gender} <= other:
        # Who the surname is instead, as the text titles them ("President Trump"), if it does.
        titled = (p for m in person_mentions(doc, 0, len(doc_text(doc)))
                  if surname(m[2]) == key and not given_name(m[2])
                  and len((p := mention_phrase(doc, m[0], m[1]))[0].split()) > 1)
        return next(titled, None)
    return phrase


def _resolve_name(doc: Doc, att: Attribution, src: str) -> tuple[str, Span] | None:
    """A name of one or two words: the person's fuller name; where no person has it, an
    organisation named short ("OUSD", "Southwest") is its fuller name in the article,
    unless the words are tagged a person's (an acronym is never one: "HUSD said" tagged
    PERSON is the district, nor is one bare word no person of the article bears: "Vantor
    said" after "Vantor Motors"). An outlet is named as the registry knows it ("Fox News",
    not "Fox News Digital")."""
    assert att.source_span is not None
    resolved = _resolve_short_name(doc, att)
    if resolved is None and (src.isupper() or len(src.split()) == 1
                             or entity_hint(doc, att.source_span) != "PERSON"
                             ) and find_outlet_name(src) is None:
        resolved = resolve_short_organisation(doc, src)
    return resolved


def _body_voice(doc: Doc, att: Attribution, kind: str, earlier: Sequence[Attribution],
                reach: Reach) -> tuple[str, Span] | None:  # fmt: skip
    """ "a company spokeswoman", "a spokesman for the ministry": the body named before, its
    own voice; "A Vantor spokeswoman": the body the article names in full ("Vantor
    Motors")."""
    if kind.lower() in ORGANISATION_NOUNS:
        return _resolve_organisation(doc, replace(att, source_text=f"the {kind.lower()}"),
                                     earlier, reach, kind.lower())
    return resolve_short_organisation(doc, kind) if kind[:1].isupper() else None


def _one_gender(genders: frozenset[str]) -> str | None:
    return next(iter(genders)) if len(genders) == 1 else None


def _bare_gender(doc: Doc, key: str) -> str | None:
    """"m" or "f" where the sentences that write the surname alone (no given name) show it
    by two to one in their gendered words ("Velt said he ..."); namesakes' sentences
    ("First Lady Mira Velt visited") do not count."""
    male = female = 0
    for sent in doc.sents:
        if any(surname(m[2]) == key and not given_name(m[2])
               for m in person_mentions(doc, sent.start_char, sent.end_char)):
            words = [t.lower_.rstrip(".") for t in sent]
            male += sum(w in MALE_HINTS for w in words)
            female += sum(w in FEMALE_HINTS for w in words)
    if male >= max(1, 2 * female):
        return "m"
    return "f" if female >= max(1, 2 * male) else None


def resolve_sources(
    doc: Doc, attributions: Sequence[Attribution], *, reach: Reach | None = None,
) -> list[Attribution]:
    """Fill ``resolved_source``/``resolved_span`` where the antecedent is clear; ``reach``
    is how far back to look (the packaged ``[resolve]`` settings when None).
    """
    # The person mentions are read for every source: found once per document.
    CURRENT[0] = (doc, all_person_mentions(doc), None)
    try:
        return _resolve_all(doc, attributions, reach or packaged())
    finally:
        CURRENT[0] = None


def _a_place(doc: Doc, span: Span | None) -> bool:
    """The phrase at ``span`` is a place's name (a state, a city: "Moscow", "Kyiv")."""
    words = doc.char_span(*span, alignment_mode="expand") if span is not None else None
    return words is not None and len(words) > 0 and all(
        t.ent_type_ in ("GPE", "LOC") or t.is_punct or t.lower_ == "the" for t in words)


# A body named only by what it is ("the company"): its head noun.
_DESCRIBED_BODY = re.compile(r"^\s*the\s+(?:\w+\s+){0,2}?(\w+)\s*$", re.I)


def _resolve_organisation(
    doc: Doc, att: Attribution, earlier: Sequence[Attribution], reach: Reach, head: str = ""
) -> tuple[str, Span] | None:
    """ "it said", "the company said": the organisation that spoke last in view goes on
    speaking ("China's foreign ministry said ... 'The airship is ...,' it said"), unless it
    is itself described as another kind of body ("The company said ... The ministry said"
    are two); else the organisation the text before names
    (``organisations.resolve_organisation``)."""
    assert att.source_span is not None
    if not head and (own := clause_subject(doc, att.source_span, att.cue_span)) is not None:
        return own  # "Varnia released photographs of what [it] said was ...": Varnia
    pos = att.source_span[0]
    start = window_start(doc, pos, reach)
    # Not a speaker told of as the occasion of another's statement ("Orbis confirmed P,
    # after TechPulse reported Q. The company said ..." is Orbis).
    last = next((a for a in reversed(earlier) if a.source_span and a.source_span[0] >= start
                 and not occasion_cue(doc, a.cue_span)), None)
    who = (last.resolved_source or last.source_text or "") if last is not None else ""
    other_kind = bool(head) and (m := _DESCRIBED_BODY.match(who)) is not None and (
        m.group(1).lower() in ORGANISATION_NOUNS | ORG_HEADS and m.group(1).lower() != head)
    # "the interior ministry" names a kind of body: not the last speaker unless its name
    # holds a word of it ("Human Rights Watch" said ..., then "The interior ministry
    # rejected"; "the rights group" is Human Rights Watch).
    described = set(_DET.sub("", att.source_text or "").lower().split())
    specific = bool(head) and len(described) > 1
    other_kind = other_kind or (specific or head in NAME_BEARING) and not (
        described & set(who.lower().split()))  # "a ministry spokeswoman" after a company
    # A business ("the operator", "the company") is no state or city that spoke last
    # ("..., which Moscow denies. The operator put the toll at three").
    other_kind = other_kind or (head in SELF_REPORTING and last is not None
                                and _a_place(doc, last.resolved_span or last.source_span))
    # Tagged a body, a person's name is still a person's ("Karin Holt" tagged ORG).
    if last is not None and not other_kind and parse_source(
            who, entity=last.source_entity).type == "organization":
        span = last.resolved_span or last.source_span
        assert span is not None
        return last.resolved_source or last.source_text or "", span
    own = own_subject(doc, att.span, head) if att.source_span[0] > att.span[0] else None
    if own is not None:
        return own
    said = [a.span for a in earlier if a.source_span] + [att.span]
    return resolve_organisation(doc, pos, start, said, reach, head,
                                specific=frozenset(described) if specific else frozenset())


def _resolve_role(doc: Doc, att: Attribution, head: str, earlier: Sequence[Attribution],
                  reach: Reach) -> tuple[str, Span] | None:  # fmt: skip
    """ "the spokesman", "the official", "the researcher": whom the role noun ``head``
    refers back to."""
    resolved = (resolve_description(att, head, earlier, doc)
                if head in ROLE_NOUNS else None) or same_unnamed(att, head, earlier, reach, doc)
    if (resolved is None and head in ROLE_NOUNS and head not in UNNAMED_HEADS
            and not countries_in(att.source_text or "") and not titled_before(doc, att, head)):
        # A role the text gave no one ("the researcher"); not an office it gave to
        # others ("the president") nor one of a named country.
        resolved = speaker_goes_on(doc, att, earlier, reach)
    return resolved


def _principal(doc: Doc, att: Attribution, p: Principal, earlier: Sequence[Attribution],
               reach: Reach) -> tuple[str, Span] | None:  # fmt: skip
    """ "a spokesman for the prime minister": the office holder named before; "a
    spokeswoman for the bank": the body named before; "a spokesman for Brandt": the person
    the article names so."""
    assert att.source_span is not None
    at = att.source_span[0] + p.offset
    head = p.text.split()[-1].lower()
    if head in PERSONAL:  # "her spokesman", "his office": whom the pronoun points to
        return resolve_pronoun(doc, replace(att, source_text=head, source_span=(
            at, at + len(p.text))), earlier, reach)
    if not p.named and head in ORG_HEADS:
        return _resolve_organisation(doc, replace(att, source_text=p.text, source_span=(
            at, at + len(p.text))), earlier, reach, head)
    if not p.named:
        return resolve_description(replace(att, source_text=p.text), head, earlier, doc)
    return _resolve_short_name(doc, replace(att, source_text=p.text,
                                            source_span=(at, at + len(p.text))))


def _resolve_description(doc: Doc, att: Attribution, head: str, earlier: Sequence[Attribution],
                         reach: Reach) -> tuple[str, Span] | None:  # fmt: skip
    """ "the report", "this document": its owner in the text before; "the company", "the
    ministry": the body named before; "the newspaper": the one outlet named in view."""
    assert att.source_span is not None
    src = (att.source_text or "").strip()
    low = src.lower()
    if head in DOCUMENT_NOUNS and not is_named(doc, att.source_span):
        return resolve_document(doc, att.source_span[0], head,
                                nearest=low.startswith(("this ", "that ")))
    # "the news agency", "the network": an outlet named in view first; a body's noun
    # ("agency", "network") is a government's or a group's only where no outlet is.
    at = att.source_span[0]
    if low.startswith("the ") and _OUTLET_DESCRIPTION.match(src):
        outlet = resolve_outlet(doc, at, window_start(doc, at, reach))
        if outlet is not None or head not in ORGANISATION_NOUNS:
            return outlet
    if low.startswith("the ") and head in ORGANISATION_NOUNS and not is_named(doc, att.source_span):
        body = _resolve_organisation(doc, att, earlier, reach, head)
        if body is None and head == "agency":  # no body in view: the news agency is
            return resolve_outlet(doc, at, window_start(doc, at, reach))
        return body
    return None


def _resolve_all(doc: Doc, attributions: Sequence[Attribution], reach: Reach
                 ) -> list[Attribution]:  # fmt: skip
    out: list[Attribution] = []
    for att in sorted(attributions, key=lambda a: (a.source_span or a.span)[0]):
        src = (att.source_text or "").strip()
        low = src.lower()
        resolved: tuple[str, Span] | None = None
        earlier = [
            a
            for a in out
            if a.source_span and att.source_span and a.source_span[0] < att.source_span[0]
        ]
        m = description(src)
        head = m.group(1).lower() if m else ""
        # "The President", "the U.S. president": a description, however capitalised.
        role_description = bool(m and head in (ROLE_NOUNS | UNNAMED_HEADS) and att.source_span
                                and not _names_someone(doc, att.source_span,
                                                       head in UNNAMED_HEADS))
        if att.source_span is None or att.resolved_source is not None:
            pass
        elif low in PLURAL or _PLURAL_DESCRIPTION.match(src):
            resolved = _resolve_plural(doc, att)
        elif low in PERSONAL or AGE_DESCRIPTION.match(src):
            resolved = resolve_pronoun(doc, att, earlier, reach)
            if resolved is not None:
                resolved = mention_phrase(doc, resolved[1][0], resolved[1][1])
        elif low in ORGANISATION_PRONOUNS or _BARE_VOICE.match(src):
            # "it said"; "a spokeswoman" (no body named): the body that spoke last
            resolved = _resolve_organisation(doc, att, earlier, reach)
        elif (p := principal(src)) is not None:  # "Lind's spokesman": Karel Lind speaks
            resolved = _principal(doc, att, p, earlier, reach)
        elif is_named(doc, att.source_span) and len(src.split()) <= 2 and not role_description:
            resolved = _resolve_name(doc, att, src)
        elif CLIENT.match(src) or ONE_OF.match(src):  # "her client", "one of them"
            resolved = member_of(doc, att, earlier, window_start(doc, att.source_span[0], reach))
        elif role_description:
            resolved = _resolve_role(doc, att, head, earlier, reach)
        elif m is not None:
            resolved = _resolve_description(doc, without_relative(att, src), head, earlier,
                                            reach)
        elif (v := _BODY_VOICE.match(src)) is not None:
            resolved = _body_voice(doc, att, v.group(1) or v.group(2), earlier, reach)
        if resolved is not None:
            att = replace(att, resolved_source=resolved[0], resolved_span=resolved[1])
        if att.source_span is not None:
            hint = entity_hint(doc, att.resolved_span or att.source_span)
            att = replace(att, source_entity=hint)
        out.append(att)
    out.sort(key=lambda a: (a.span[0], a.span[1]))
    return out

