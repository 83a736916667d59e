"""Who "he", "she" and "I" stand for, within an article: the named person in view, else
the same person as the last time the pronoun was used, else one named across paragraphs
that name nobody, else the article's main person (``resolve`` calls ``resolve_pronoun``).
Conservative: two people who fit, nobody."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from spacy.tokens import Doc

from sourcetrace.attribution.mentions import (
    CURRENT,
    FEMALE_HINTS,
    MALE_HINTS,
    best_name,
    is_named,
    marked_genders,
    person_mentions,
    surname,
)
from sourcetrace.attribution.reach import Reach
from sourcetrace.lexicons import lexicon
from sourcetrace.models import Attribution, Span
from sourcetrace.nlp.doctext import doc_text
from sourcetrace.speakers.parse import parse_source

PERSONAL: dict[str, str] = lexicon("roles").mapping("personal_pronouns")


def _source_surname(att: Attribution) -> str:
    """Surname of an attribution's source: of its parsed name, so that an apposition
    ("Qin Gang, China's ambassador to the US") gives "gang", not "us"."""
    src = att.resolved_source or att.source_text or ""
    return surname(parse_source(src).name or src)


def window_start(doc: Doc, pos: int, reach: Reach) -> int:
    """Start of the look-back window: a few sentences, within the previous paragraph."""
    sents = [s for s in doc.sents if s.start_char <= pos]
    n = reach.sentences_back
    back = sents[-(n + 1)] if len(sents) > n else sents[0]
    start = max(back.start_char, pos - reach.chars_back, 0)
    # Never cross more than one paragraph break.
    breaks = [m.start() for m in re.finditer(r"\n\s*\n|\n", doc_text(doc)[start:pos])]
    if len(breaks) > 1:
        start = start + breaks[-2]
    return start


def resolve_pronoun(
    doc: Doc, att: Attribution, earlier: Sequence[Attribution], reach: Reach
) -> tuple[str, Span] | None:
    assert att.source_span is not None
    pos = att.source_span[0]
    start = window_start(doc, pos, reach)
    wanted = PERSONAL.get((att.source_text or "").strip().lower())
    genders = _genders(doc)

    def fits(name: str) -> bool:
        # A person the text shows to be of the other gender is not who "she" means.
        known = genders.get(surname(name))
        return known is None or wanted is None or known == wanted

    # Named persons mentioned in the window, outside this attribution's own content and
    # outside what earlier speakers said: "Vickers said his father, Bill, ... He said"
    # goes on with the speaker, not with someone he talked about.
    said = [a.span for a in earlier if a.source_span] + [att.span]
    said += _addressees(doc, earlier, start)
    people = _people(doc, start, pos, said, fits, wanted)
    named_sources = [
        a
        for a in earlier
        if a.source_span
        and start <= a.source_span[0] < pos
        and is_named(doc, a.source_span)
        and parse_source(a.resolved_source or a.source_text or "").type == "person"
        and fits(a.resolved_source or a.source_text or "")
    ]
    surnames = {surname(m[2]) for m in people} | {
        _source_surname(a) for a in named_sources
    }
    surnames.discard("")
    if not surnames:
        return (_same_as_before(att, earlier, doc)
                or _across_quiet_paragraphs(doc, start, said, fits, reach, wanted)
                or _protagonist(doc, pos, fits, reach, wanted))
    if len(surnames) == 1:
        sur = next(iter(surnames))
    elif named_sources:
        # Several people in view: the most recent named speaker, only if he or she is
        # also the most recent person mentioned (no one else has come in between).
        last = named_sources[-1]
        sur = _source_surname(last)
        if people and surname(max(people)[2]) != sur:
            return _previous_subject(doc, att, fits, wanted)
    else:
        return _previous_subject(doc, att, fits, wanted)
    best = best_name(doc, sur, pos, wanted)
    if best is not None:
        return best[2], (best[0], best[1])
    for a in reversed(named_sources):
        if _source_surname(a) == sur and a.source_span:
            return a.source_text or "", a.source_span
    return None


def _people(doc: Doc, start: int, end: int, said: Sequence[Span],
            fits: Callable[[str], bool], gender: str | None = None,
            ) -> list[tuple[int, int, str]]:  # fmt: skip
    """The people named between ``start`` and ``end`` who could be meant: outside what
    earlier speakers said (and whom they told), of a fitting gender, by name and by what
    stands right before the mention ("husband Mohammad Al Mnajer" is no "she")."""
    return [m for m in person_mentions(doc, start, end)
            if not any(s <= m[0] < e for s, e in said) and fits(m[2])
            and (gender is None or marked_genders(doc, m[0], m[2]) in (set(), {gender}))]


def _across_quiet_paragraphs(doc: Doc, start: int, said: Sequence[Span],
                             fits: Callable[[str], bool], reach: Reach,
                             gender: str | None = None,
                             ) -> tuple[str, Span] | None:  # fmt: skip
    """No one is named in the window (the paragraph before names nobody: "There will be a
    language exemption for his father because he's over 54."): the one person who fits
    in the nearest paragraph before it that names anyone, up to ``reach.quiet_paragraphs``
    paragraphs and ``reach.quiet_chars_back`` characters back; two people there, nobody."""
    offset = max(0, start - reach.quiet_chars_back)
    breaks = [m.start() for m in re.finditer(r"\n\s*\n", doc_text(doc)[offset:start])]
    hi = start
    for b in reversed(breaks[-(reach.quiet_paragraphs + 1):]):
        lo = offset + b
        people = _people(doc, lo, hi, said, fits, gender)
        named = {surname(m[2]) for m in people} - {""}
        if len(named) == 1:
            best = best_name(doc, next(iter(named)), hi, gender)
            return (best[2], (best[0], best[1])) if best is not None else None
        if named or any(person_mentions(doc, lo, hi)):
            return None  # someone else in view, or two: not known
        hi = lo
    return None


def _addressees(doc: Doc, earlier: Sequence[Attribution], start: int) -> list[Span]:
    """Who earlier speakers spoke to ("Highsmith told [Gazetteer] he believes ...",
    "said in an interview with [Smith]"): the one told is not who speaks next, and an
    outlet the registry lacks reads as a person's name."""
    out: list[Span] = []
    for a in earlier:
        if a.cue_span is None or a.cue_span[1] < start:
            continue
        cue = doc.char_span(*a.cue_span, alignment_mode="expand")
        if cue is None:
            continue
        for c in cue.root.children:
            if c.dep_ in ("dobj", "dative") or (c.dep_ == "prep" and c.lower_ in ("to", "with")):
                sub = list(c.subtree)
                if a.span[0] <= sub[0].idx < a.span[1]:
                    continue  # what was said, not whom to
                out.append((sub[0].idx, sub[-1].idx + len(sub[-1])))
    return out


def _previous_subject(doc: Doc, att: Attribution, fits: Callable[[str], bool],
                      gender: str | None = None) -> tuple[str, Span] | None:  # fmt: skip
    """Several people in view: the one person who fits among the arguments of the main
    clause of the sentence before ("Espinoza in June ruled that ... She said ...", "For
    Baxter, the growth is ... It's something she said"); none or two, nobody."""
    first = min(att.span[0], (att.source_span or att.span)[0])
    here = doc.char_span(first, first + 1, alignment_mode="expand")
    if here is None or here.sent.start == 0:
        return None
    prev = doc[here.sent.start - 1].sent
    # Bare surnames are often left untagged or mistagged ("Peyton" as ORG): the article's
    # mentions (``person_mentions``) count them when the article named a person so.
    names = {surname(m[2]) for m in person_mentions(doc, prev.start_char, prev.end_char)
             if fits(m[2]) and _in_main_clause(doc, m)}
    subj = next((c for c in prev.root.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if subj is not None and subj.pos_ == "PROPN" and surname(subj.text) not in names:
        names.add(surname(subj.text))  # a subject surname no mention was found for
    if len(names) != 1:
        return None  # "Sullivan met Yang ... he said": either could be meant
    best = best_name(doc, next(iter(names)), first, gender)
    if best is None or not fits(best[2]):
        return None
    return best[2], (best[0], best[1])


_CLAUSES = frozenset({"ccomp", "xcomp", "advcl", "relcl", "acl", "pcomp", "csubj"})


def _in_main_clause(doc: Doc, mention: tuple[int, int, str]) -> bool:
    """The person is an argument of the sentence's main clause, not of a clause inside it
    ("Espinoza ruled that [a man accused of threatening Trump] ...": Trump is not)."""
    sp = doc.char_span(mention[0], mention[1], alignment_mode="expand")
    if sp is None:
        return True
    return not any(t.dep_ in _CLAUSES for t in [sp.root, *sp.root.ancestors])


def _same_as_before(att: Attribution, earlier: Sequence[Attribution],
                    doc: Doc) -> tuple[str, Span] | None:  # fmt: skip
    """ "he said ... he added": with nobody else named in between, the same pronoun goes on
    meaning whom it was resolved to the last time."""
    word = (att.source_text or "").strip().lower()
    for a in reversed(earlier):
        if a.resolved_source and (a.source_text or "").strip().lower() == word:
            assert a.resolved_span is not None and att.source_span is not None
            # Between the two uses of the pronoun, not since the antecedent: that may
            # stand paragraphs back ("Moyra Baxter ... said she" ... "she said").
            since = max(a.resolved_span[1], (a.source_span or a.resolved_span)[1])
            between = person_mentions(doc, since, att.source_span[0])
            if all(surname(m[2]) == surname(a.resolved_source) for m in between):
                return a.resolved_source, a.resolved_span
            return None
        if a.source_text and is_named(doc, a.source_span or (0, 0)):
            return None  # someone else spoke in between
    return None


def _protagonist(doc: Doc, pos: int, fits: Callable[[str], bool], reach: Reach,
                gender: str | None = None) -> tuple[str, Span] | None:  # fmt: skip
    """The person a feature is about ("he" far from any name in a profile): the one
    person most mentioned before ``pos``, when they clearly dominate (people of the
    other gender left out): ``reach.main_person_mentions`` and ``main_person_share``."""
    mentions = [m for m in person_mentions(doc, 0, pos) if fits(m[2])]
    counts: dict[str, int] = {}
    for m in mentions:
        sur = surname(m[2])
        if sur:
            counts[sur] = counts.get(sur, 0) + 1
    if not counts:
        return None
    ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    sur, n = ranked[0]
    runner_up = ranked[1][1] if len(ranked) > 1 else 0
    if (n < reach.main_person_mentions or n < reach.main_person_share * sum(counts.values())
            or n == runner_up):
        return None  # too few mentions, too small a share, or a tie
    best = best_name(doc, sur, pos, gender)
    return (best[2], (best[0], best[1])) if best is not None else None


def _genders(doc: Doc) -> dict[str, str]:
    """Surname -> "m" or "f" where the text shows it: a title before the name ("Ms.
    Toner") or the pronouns of the sentences that name that person alone (and the next
    one), by a margin of two to one."""
    cached = CURRENT[0]
    if cached is not None and cached[0] is doc and cached[2] is not None:
        return cached[2]
    counts: dict[str, list[int]] = {}
    sents = list(doc.sents)
    named_in = []
    for sent in sents:
        names = {surname(m[2]) for m in person_mentions(doc, sent.start_char, sent.end_char)}
        names.discard("")
        named_in.append(names)
    for k, sent in enumerate(sents):
        named = named_in[k]
        if len(named) != 1:
            continue
        tally = counts.setdefault(next(iter(named)), [0, 0])
        words = [t.lower_.rstrip(".") for t in sent]
        # The next sentence's pronouns are that person's only if it names nobody else
        # ("..., Highsmith said. ... a citation for Breed that accused her ...").
        if k + 1 < len(sents) and named_in[k + 1] <= named:
            words += [t.lower_.rstrip(".") for t in sents[k + 1]]
        tally[0] += sum(w in MALE_HINTS for w in words)
        tally[1] += sum(w in FEMALE_HINTS for w in words)
    out = {sur: ("m" if m >= 2 * f else "f") for sur, (m, f) in counts.items()
           if max(m, f) >= 1 and (m >= 2 * f or f >= 2 * m)}  # fmt: skip
    if cached is not None and cached[0] is doc:
        CURRENT[0] = (cached[0], cached[1], out)
    return out


def speaker_goes_on(doc: Doc, att: Attribution, earlier: Sequence[Attribution],
                    reach: Reach) -> tuple[str, Span] | None:  # fmt: skip
    """ "... Robin Joy, the group's statistical director, told local leaders. ... she said.
    ... the researcher added": a description no one was introduced with goes on with the
    named person who spoke last, within the look-back window, when no other named source
    spoke and nobody else is named in between."""
    if att.source_span is None:
        return None
    for last in reversed(earlier):
        name = last.resolved_source or last.source_text or ""
        span = last.resolved_span or last.source_span
        info = parse_source(name)
        if span is not None and last.source_span is not None and info.type == "person" and info.name:
            break
        if last.source_span is not None and is_named(doc, last.source_span):
            return None  # someone else, named, spoke in between
    else:
        return None
    if last.source_span[0] < window_start(doc, att.source_span[0], reach):
        return None
    between = person_mentions(doc, last.source_span[1], att.source_span[0])
    if any(surname(m[2]) != surname(info.name) for m in between):
        return None
    return name, span
