"""Whether the words before a colon name a speaker ("Peskov: the report is false") or are a
heading ("Finland protests: ...", "VIEW FROM HELSINKI: ...", "Trump Meets Putin: ...").

A colon lead credits its head only when the head names someone: a kind of person or body
("US official", "Lawmakers", "DHS secretary"), a title before a full name ("SEN. DAN
SULLIVAN"), or one name the article itself attests (an outlet of the registry, a named
entity that is the whole name, the family name of a person the article names in full, or,
in capitals, a label that opens several lines: a transcript's "CHUCK TODD:"). A topic after
the speaker ("Rand Paul on Russian election meddling", "Trump to Putin") is cut off; a head
that opens with a preposition, holds a number, a possessive or a list is a heading. Read on
Helsinki's colon leads, where nearly half were section headings (BENCHMARKS.md, the sourcing
steps under "Sourcing", twenty-fourth session).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from spacy.tokens import Doc, Token

from sourcetrace.attribution.spans import CharSpan
from sourcetrace.citations.outlets import find_outlet
from sourcetrace.lexicons import lexicon
from sourcetrace.nlp.doctext import doc_ents, doc_text
from sourcetrace.speakers.lexicon import GIVEN_NAMES, NATIONALITIES, SPEAKER_NOUNS, TITLE_WORDS

_TOPIC_WORDS = lexicon("page_furniture").words("colon_topic_words")
_LIST_WORDS = lexicon("page_furniture").words("colon_list_words")
_NAMED = frozenset({"PERSON", "ORG", "NORP", "GPE"})
_BULLETS = frozenset("*•-–—·")


def speaker_tokens(head: Sequence[Token], doc: Doc) -> tuple[list[Token], CharSpan | None] | None:
    """The tokens of a colon head that name its speaker and, where the article writes the
    name out otherwise ("Hugh Hewitt" for "HEWITT:", "Sen. Mark Warner" for "Warner:"),
    that mention, as the speaker's antecedent; None for a heading."""
    # Bullets go, and an abbreviation's full stop where the tokenizer split it ("SEN", ".").
    toks = [t for t in head if not (t.is_punct and set(t.text) <= _BULLETS | {"."})]
    cut = next((k for k, t in enumerate(toks) if t.lower_ in _TOPIC_WORDS), None)
    if cut == 0:
        return None  # "From Nevada", "On the US-Russia relationship"
    toks = toks[:cut] if cut is not None else toks
    if not toks or any(
        any(ch.isdigit() for ch in t.text) or t.tag_ == "POS" or t.lower_ in _LIST_WORDS
        for t in toks
    ):
        return None  # "The Daily 202", "SACHA BARON COHEN'S BACK", "Tariffs and Taxes"
    if toks[-1].lower_ in SPEAKER_NOUNS or toks[-1].lower_.rstrip(".") in SPEAKER_NOUNS:
        return toks, None
    name = toks
    while len(name) > 1 and (name[0].lower_.rstrip(".") in TITLE_WORDS or name[0].lower_ in NATIONALITIES):
        name = name[1:]
    if len(name) > 4 or not all(t.text[:1].isupper() for t in name):
        return None
    titled = any(t.lower_.rstrip(".") in TITLE_WORDS for t in toks[: len(toks) - len(name)])
    if titled and len(name) > 1:
        return toks, None  # "SEN. DAN SULLIVAN", "Amb. Jon Huntsman": a title, a full name
    found = _attested(name, doc, head)
    if found is False:
        return None
    return toks, (found if isinstance(found, tuple) else None)


def _attested(name: Sequence[Token], doc: Doc, head: Sequence[Token]) -> bool | CharSpan:
    """The article names this one speaker: a known outlet, an entity spanning exactly the
    name, the family name of a person it names in full (that mention's span), or a
    capitals label that opens two of its lines."""
    if find_outlet(" ".join(t.text for t in name)) is not None:
        return True  # "WSJ: The US may publish intelligence ..." (the registry's outlets only)
    start, end = name[0].i, name[-1].i + 1
    words = [t.lower_ for t in name]
    caps = all(t.is_upper for t in name)
    spelled = r"\s+".join(re.escape(t.text.title()) for t in name)
    # "TAPPER:" where the article writes "Jake Tapper": attested; the antecedent is the
    # one full name below, if one.
    given = caps and any(m.group(1).lower() in GIVEN_NAMES for m in re.finditer(
        r"\b([A-Z][a-z]+)\s+" + spelled + r"\b", doc_text(doc)))
    # Full names of people the article names that end in this name: the one written out
    # otherwise is the label's antecedent, unless two people share it ("Donald Trump",
    # "Melania Trump" for "TRUMP:"), which the speakers stage resolves.
    fuller: dict[str, CharSpan] = {}
    named_elsewhere = False
    for ent in doc_ents(doc):
        if ent.label_ != "PERSON" or ent.end <= end and ent.start >= start or ent[-1].is_upper:
            continue  # a byline running into its dateline ("Andrew Osborn HELSINKI") is no name
        full = [t.lower_ for t in ent if not t.is_punct]
        if len(full) >= len(words) and full[-len(words):] == words:
            named_elsewhere = True
            if len(full) > len(words) or caps:
                # "Warner" after "Sen. Mark Warner", "HEWITT" after "Hugh Hewitt"
                fuller.setdefault(" ".join(w for w in full if w not in TITLE_WORDS),
                                  (ent.start_char, ent.end_char))
    # "Lindqvist" elsewhere is the same person as "Mara Lindqvist": the fullest names count.
    fullest = [k for k in fuller if not any(o != k and o.endswith(" " + k) for o in fuller)]
    if len(fullest) == 1:
        return fuller[fullest[0]]
    # Capitals mislead the entity recogniser, except in a single acronym ("NATO:").
    acronym = len(name) == 1 and len(name[0].text) <= 5
    if (acronym or not caps) and any(
        e.start == start and e.end == end and e.label_ in _NAMED for e in doc_ents(doc)
    ) or named_elsewhere or given:
        return True
    if caps and len(name) > 1:
        label = " ".join(t.text for t in head)
        return sum(1 for s in doc.sents if s.text.lstrip(" *•-").startswith(label + ":")) > 1
    return False
