"""Outlet citations: where an article credits a news outlet for a report.

A citation is a mention of an outlet in a frame that credits it ("first reported by
the FT", "The New York Times said", "told CNN", "according to the BBC", "writes
The Wall Street Journal", "in an opinion for The Washington Post", "On CNN, ...",
"(Reuters)"). A mention that credits nothing ("a former reporter for the New York
Times", "CNN's headquarters") is not one.

Frames are read from the dependency parse of the given spaCy ``Doc``; a few
surface patterns back the parse up where a scraped text confuses it (a missing
full stop glues "he tells TRT World" to the next sentence). Credit lines the
ingest removed from the text ("Source: Al Jazeera and news agencies") become
citations of kind ``source_line`` with the empty span ``(0, 0)``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from spacy.tokens import Doc, Span, Token

from sourcetrace.citations.credits import (
    Frame,
    credit_outlets,
    cue_of_credit,
    dateline_credits,
)
from sourcetrace.citations.frames import (
    _CITE,
    OUTLET_NOUNS,
    _anchor,
    _dependency_frame,
    _frame_of,
)
from sourcetrace.citations.outlets import Outlet, OutletRegistry, load_registry
from sourcetrace.models import Citation, content_id
from sourcetrace.nlp.doctext import doc_text

# Words that make an unknown capitalised name look like a news outlet.
OUTLET_NAME_WORDS = _CITE.words("outlet_name_words") | _CITE.words(
    "outlet_name_words_in_frame")
# Nouns that refer back to the last outlet cited ("the newspaper said"); "the agency"
# is left out: in news copy it is as often a government agency.
_REFERRING = _CITE.pattern("referring")
_REFERRING_REPORT = _CITE.pattern("referring_report")


def extract_citations(
    doc: Doc,
    *,
    article_id: str = "",
    credits: Sequence[str] = (),
    outlet: str | None = None,
    registry: OutletRegistry | None = None,
) -> list[Citation]:
    """Citations of outlets in ``doc`` (parsed ``Article.text``) and its credit lines.

    ``credits`` are the metadata lines ingest removed ("Source: TRT World");
    ``outlet`` is the publishing outlet when known. Prose mentions of the article's
    own outlet ("he told Al Jazeera" in an Al Jazeera story) are its own reporting,
    not a citation of someone else, and are left out. One odd sentence never fails
    the document: a mention whose frame cannot be read is skipped.
    """
    reg = registry or load_registry()
    own = _own_outlets(outlet, reg)
    out = _credit_line_citations(credits, article_id, reg, own)
    text = doc_text(doc)
    mentions = _resolve_short_forms(reg.scan(text), text, reg)
    known, taken = _registry_citations(doc, article_id, mentions, own)
    out += known
    for name, start, end, frame in _unknown_outlets(doc, reg, taken):
        if name in own:
            continue
        out.append(_citation(doc, article_id, name, None, frame, start, end))
    out += _dateline_citations(doc, article_id, reg, own, taken)
    for target, start, end, frame in _referring(doc, mentions, out):
        if target.name in own:
            continue
        out.append(_citation(doc, article_id, target.name, target, frame, start, end))
    prose = sorted((c for c in out if c.kind != "source_line"), key=lambda c: c.span)
    return [c for c in out if c.kind == "source_line"] + prose


def _own_outlets(outlet: str | None, reg: OutletRegistry) -> set[str]:
    """The publisher under its registry name, so its prose mentions match it."""
    own: set[str] = set()
    if outlet:
        found = reg.find(outlet)
        own.add(found.name if found else outlet)
    return own


def _credit_line_citations(
    credits: Sequence[str], article_id: str, reg: OutletRegistry, own: set[str]
) -> list[Citation]:
    """Citations of the credit lines; each credited outlet joins ``own``, because the
    copy is that outlet's text and its prose mentions are no further citation of it."""
    out: list[Citation] = []
    for line in credits:
        for cited, known in credit_outlets(line, reg):
            own.add(cited)
            out.append(
                Citation(
                    id=content_id(f"{article_id}|source_line|{cited}|{line}", "c"),
                    article=article_id,
                    outlet=cited,
                    cue=cue_of_credit(line),
                    span=(0, 0),
                    kind="source_line",
                    confidence=1.0 if known else 0.7,
                    outlet_id=known.id if known else None,
                )
            )
    return out


def _registry_citations(
    doc: Doc, article_id: str, mentions: list[tuple[Outlet, int, int]], own: set[str]
) -> tuple[list[Citation], list[tuple[int, int]]]:
    """Registry mentions in a crediting frame, and the spans they take: later passes
    (unknown names, datelines) must not cite the same text twice."""
    text = doc_text(doc)
    out: list[Citation] = []
    taken: list[tuple[int, int]] = []
    previous: tuple[str, int] | None = None
    for found_outlet, start, end in mentions:
        glossed = previous is not None and previous[0] == found_outlet.name and (
            re.fullmatch(r"\s*\(", text[previous[1] : start]) is not None)
        previous = (found_outlet.name, end)
        if glossed:
            continue  # "the New York Times (NYT)": the acronym repeats the mention before it
        try:
            frame = _frame_of(doc, text, start, end)
        except (IndexError, ValueError):  # an odd span never fails the document
            frame = None
        if frame is None:
            continue
        if frame.kind == "citation" and found_outlet.name in own:
            continue
        taken.append((start, end))
        out.append(_citation(doc, article_id, found_outlet.name, found_outlet, frame, start, end))
    return out, taken


def _dateline_citations(
    doc: Doc, article_id: str, reg: OutletRegistry, own: set[str], taken: list[tuple[int, int]]
) -> list[Citation]:
    """Dateline credits ("(Reuters)") the frames did not already read as a citation."""
    out: list[Citation] = []
    # "(BFN)" in a Baltic Financial News article: the publisher's own initials.
    own = own | {"".join(w[0] for w in o.split() if w[:1].isupper()) for o in own}
    for name, start, end in dateline_credits(doc_text(doc)):
        if name in own or any(s < end and start < e for s, e in taken):
            continue
        known = reg.find(name)
        if known is None and re.match(r"\)[ \t]*:", doc_text(doc)[end : end + 4]):
            continue  # "DANIEL COATS (Tape): We know ...": a transcript's speaker, no credit
        frame = Frame(cue=f"({name})", kind="wire_credit", confidence=0.8)
        out.append(
            _citation(doc, article_id, known.name if known else name, known, frame, start, end)
        )
    return out


# -- frames ---------------------------------------------------------------------------


def _citation(
    doc: Doc,
    article_id: str,
    name: str,
    outlet: Outlet | None,
    frame: Frame,
    start: int,
    end: int,
) -> Citation:
    sent = _sentence(doc, start, end)
    return Citation(
        id=content_id(f"{article_id}|{frame.kind}|{name}|{start}|{end}", "c"),
        article=article_id,
        outlet=name,
        cue=frame.cue,
        span=(start, end),
        sentence_span=(sent.start_char, sent.end_char) if sent is not None else None,
        kind=frame.kind,
        confidence=frame.confidence if outlet is not None else min(frame.confidence, 0.6),
        outlet_id=outlet.id if outlet is not None else None,
    )


def _sentence(doc: Doc, start: int, end: int) -> Span | None:
    span = doc.char_span(start, end, alignment_mode="expand")
    return span.sent if span is not None and len(span) else None


# -- mentions without a registry name -------------------------------------------------


def _resolve_short_forms(
    mentions: list[tuple[Outlet, int, int]], text: str, reg: OutletRegistry
) -> list[tuple[Outlet, int, int]]:
    """Map a later "the Times"/"the Post"/"the Journal" to the outlet named in full before.

    Short forms are how news copy refers back to an outlet; they are not in the
    registry as aliases because each is shared by several papers.
    """
    seen: list[Outlet] = []
    resolved: list[tuple[Outlet, int, int]] = []
    covered = [(s, e) for _o, s, e in mentions]
    extra: list[tuple[Outlet, int, int]] = []
    for m in re.finditer(r"\b[Tt]he\s+([A-Z][a-z]+)\b(?![\w-]|\s+[A-Z])", text):
        if any(s <= m.start(1) < e for s, e in covered):
            continue
        extra.append((_PLACEHOLDER, m.start(), m.end()))
    for outlet, start, end in sorted(mentions + extra, key=lambda x: x[1]):
        word = text[start:end].split()[-1]
        if outlet is _PLACEHOLDER or len(text[start:end].split()) == 2:
            earlier = next(
                (o for o in reversed(seen) if o.name.split()[-1] == word and o is not outlet),
                None,
            )
            if earlier is not None:
                resolved.append((earlier, start, end))
                continue
            if outlet is _PLACEHOLDER:
                continue
        seen.append(outlet)
        resolved.append((outlet, start, end))
    return resolved


_PLACEHOLDER = Outlet(id="", name="")


def _unknown_outlets(
    doc: Doc, reg: OutletRegistry, taken: Iterable[tuple[int, int]]
) -> list[tuple[str, int, int, Frame]]:
    """Capitalised names the registry lacks, in a clear citation frame ("the Daily Blah
    reported"), when the name or an apposition says it is an outlet, or the article said
    so where it named it before ("broadcaster LRT reported ... Sources told LRT")."""
    found: list[tuple[str, int, int, Frame]] = []
    outlets: set[str] = set()
    for name, start, end, frame in _named_in_frames(doc, reg, list(taken), outlets):
        outlets.add(name)
        found.append((name, start, end, frame))
    return found


def _named_in_frames(
    doc: Doc, reg: OutletRegistry, taken: list[tuple[int, int]], outlets: set[str]
) -> Iterable[tuple[str, int, int, Frame]]:
    """Capitalised names the registry lacks in a citation frame, in text order, that the
    name or its apposition says are an outlet's, or that are in ``outlets`` (the names of
    outlets the caller has taken so far)."""
    for token in doc:
        # The last word of a name; or of a name that modifies a common noun ("a Varnia
        # Herald report": "Herald" is the head of the name, "report" is no part of it).
        if token.pos_ != "PROPN" or (token.dep_ == "flat" or (
                token.dep_ == "compound" and token.head.pos_ != "NOUN")):
            continue
        name_tokens = [t for t in token.subtree if t.dep_ in ("compound", "flat") or t is token]
        name_tokens = [t for t in name_tokens if t.i <= token.i and t.i >= token.i - 6]
        if not name_tokens:
            continue
        first = min(t.i for t in name_tokens)
        # "the state news agency MorPress": the lower-case nouns before the name describe
        # it; the name is the capitalised run that ends at the head.
        while first < token.i and not doc[first].text[:1].isupper():
            first += 1
        if first > 0 and doc[first - 1].lower_ == "the":
            first -= 1
        span = doc[first : token.i + 1]
        if any(s < span.end_char and span.start_char < e for s, e in taken):
            continue
        words = {t.text for t in span}
        appos = [c for c in token.children if c.dep_ == "appos"] + (
            [token.head] if token.dep_ == "appos" else []
        )
        # The apposition's head noun or a compound of it ("a tabloid newspaper", "a wire
        # service"), not any word of its clauses ("a group that governments have linked to
        # the intelligence service of Korya" is no outlet).
        described = any(_an_outlet_noun(t) for a in appos for t in (
            a, *(c for c in a.children if c.dep_ == "compound"))) or any(
            _an_outlet_noun(c) for c in token.children if c.dep_ == "compound"
        ) or _names_described(doc, first, token)
        outlet_like = bool(words & OUTLET_NAME_WORDS) or described
        if not outlet_like and re.sub(r"^[Tt]he\s+", "", span.text) not in outlets:
            continue
        if reg.find(span.text) is not None:
            continue
        frame = _dependency_frame(_anchor(span), span)
        if frame is None or frame.kind != "citation":
            continue
        # "Breitbart News Daily host Alex Marlow" is a person, not an outlet; "Meridian
        # Wire" may be tagged PERSON by the NER but its last word says it is an outlet, and
        # "the newspaper Dagbladet" the noun it stands in apposition to.
        if token.ent_type_ == "PERSON" and token.text not in OUTLET_NAME_WORDS and not described:
            continue
        name = re.sub(r"^[Tt]he\s+", "", span.text)
        if not name[:1].isupper() or name in OUTLET_NAME_WORDS:
            continue  # a bare "the Journal" with no antecedent names no outlet
        yield name, span.start_char, span.end_char, Frame(frame.cue, confidence=0.6)


# Entities that are no outlet's name after an outlet's noun ("the broadcaster John Simpson").
_NOT_OUTLETS = frozenset({"PERSON", "DATE", "TIME", "GPE", "NORP", "LOC"})


def _names_described(doc: Doc, first: int, token: Token) -> bool:
    """The name run ``doc[first : token.i + 1]`` is all of a modifier of a singular noun
    for an outlet ("the Vesti news agency"): not "U.S. intelligence agencies", nor the end
    of a longer name ("the Bild am Sonntag newspaper"); or it comes right after such a noun
    ("the news agency Vesti"), not a person's, a place's or a date's name ("the broadcaster
    John Simpson", "the newspaper Tuesday"), nor a name cut short ("broadcaster Russia
    Today")."""
    head = token.head
    before = doc[first - 1] if first > 0 else None
    after = doc[token.i + 1] if token.i + 1 < len(doc) else None
    if (before is not None and before.tag_ == "NN" and _an_outlet_noun(before)
            and token.ent_type_ not in _NOT_OUTLETS
            and (after is None or not after.text[:1].isupper())):
        # "state news agency [Norpress] had quoted ...", however parsed; not a name the
        # parse cut short ("broadcaster [Russia] Today")
        return True
    return (token.dep_ == "compound" and head.tag_ == "NN" and _an_outlet_noun(head, token)
            and (before is None or bool(before.is_sent_start)
                 or before.pos_ in ("DET", "PUNCT", "ADP", "SCONJ", "CCONJ", "VERB")))


_SHARED_NOUNS = _CITE.words("shared_outlet_nouns")
_NEWS_WORDS = _CITE.words("news_modifiers")


def _an_outlet_noun(noun: Token, name: Token | None = None) -> bool:
    """A noun for an outlet; one that names other things as often ("agency") only bare or
    after a word of the news ("news agency"), not "the maritime security agency MSA"."""
    if noun.lemma_.lower() not in OUTLET_NOUNS:
        return False
    mods = [c for c in noun.children if c.dep_ in ("compound", "amod") and c.i < noun.i
            and (name is None or c.i != name.i)]
    return noun.lemma_.lower() not in _SHARED_NOUNS or not mods or any(
        m.lower_ in _NEWS_WORDS for m in mods)


def _referring(
    doc: Doc, mentions: list[tuple[Outlet, int, int]], cited: list[Citation]
) -> list[tuple[Outlet, int, int, Frame]]:
    """ "the newspaper said" after a citation: the same outlet again, less certain."""
    found: list[tuple[Outlet, int, int, Frame]] = []
    prose = [c for c in cited if c.kind == "citation" and c.outlet_id]
    by_id = {o.id: o for o, _s, _e in mentions}
    text = doc_text(doc)
    for m in sorted([*_REFERRING.finditer(text), *_REFERRING_REPORT.finditer(text)],
                    key=lambda m: m.start()):
        before = [c for c in prose if c.span[1] <= m.start()]
        if not before or (m.re is _REFERRING_REPORT and not _just_before(doc, before[-1], m.start())):
            continue
        target = by_id.get(before[-1].outlet_id or "")
        if target is None:
            continue
        span = doc.char_span(m.start(), m.end(), alignment_mode="expand")
        if span is None:
            continue
        frame = _dependency_frame(_anchor(span), span)
        if frame is None or frame.kind != "citation":
            continue
        found.append((target, m.start(), m.end(), Frame(frame.cue, confidence=0.7)))
    return found


def _just_before(doc: Doc, cite: Citation, at: int) -> bool:
    """ "the report said" stands for the outlet cited in its own sentence or the one
    before: further back, the report may be anyone's."""
    starts = [s.start_char for s in doc.sents if s.start_char <= at]
    return len(starts) > 0 and cite.span[0] >= (starts[-2] if len(starts) > 1 else 0)
