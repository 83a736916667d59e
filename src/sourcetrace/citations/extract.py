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
    wire_credit,
)
from sourcetrace.citations.outlets import SUB_BRANDS, Outlet, OutletRegistry, load_registry
from sourcetrace.lexicons import lexicon
from sourcetrace.models import Citation, content_id

_CITE = lexicon("citation_words")


# Verbs whose subject is credited with a report ("Politico reported", "the FT said").
REPORT_VERBS = _CITE.words("report_verbs")
# Verbs whose object or "to"-phrase is the outlet a source spoke to ("told CNN").
TELL_VERBS = _CITE.words("tell_verbs")
# Verbs that take the outlet as the place of publication or broadcast ("said on CNN",
# "wrote in The Guardian", "appeared on Fox News").
MEDIUM_VERBS = _CITE.words("medium_verbs")
# Nouns of a piece of journalism: "a report by X", "an opinion for X", "X's story",
# "in an interview with X", "a CNN poll".
REPORT_NOUNS = lexicon("report_nouns").words("journalism")
# Things said to an outlet: "in a statement to CNN", "in comments to Reuters".
_TELL_NOUNS = _CITE.words("tell_nouns")
# Verbs whose agent supplied the text itself: a wire credit ("provided by AP").
_SUPPLY_VERBS = _CITE.words("supply_verbs")
_LATER = _CITE.words("later")
# Nouns that describe an outlet and may stand in apposition to its name, or refer
# back to the last one cited ("the newspaper said").
OUTLET_NOUNS = _CITE.words("outlet_nouns")
# Words that make an unknown capitalised name look like a news outlet.
OUTLET_NAME_WORDS = _CITE.words("outlet_name_words")
# Surface back-ups for a confused parse: a crediting verb right before the mention ...
_LEFT_FRAME = _CITE.pattern("left_frame")
# ... or right after it ("The Financial Times, citing officials, reported").
_RIGHT_FRAME = _CITE.pattern("right_frame")
# Nouns that refer back to the last outlet cited ("the newspaper said"); "the agency"
# is left out: in news copy it is as often a government agency.
_REFERRING = _CITE.pattern("referring")


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
    out: list[Citation] = []
    own: set[str] = set()
    if outlet:
        found = reg.find(outlet)
        own.add(found.name if found else outlet)
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
    text = doc.text
    taken: list[tuple[int, int]] = []
    cited_so_far: list[Outlet] = []
    mentions = _resolve_short_forms(reg.scan(text), text, reg)
    for found_outlet, start, end in mentions:
        try:
            frame = _frame_of(doc, text, start, end)
        except (IndexError, ValueError):  # an odd span never fails the document
            frame = None
        if frame is None:
            continue
        if frame.kind == "citation" and found_outlet.name in own:
            continue
        cited_so_far.append(found_outlet)
        taken.append((start, end))
        out.append(_citation(doc, article_id, found_outlet.name, found_outlet, frame, start, end))
    for name, start, end, frame in _unknown_outlets(doc, reg, taken):
        if name in own:
            continue
        out.append(_citation(doc, article_id, name, None, frame, start, end))
    for name, start, end in dateline_credits(text):
        if name in own or any(s < end and start < e for s, e in taken):
            continue
        known = reg.find(name)
        frame = Frame(cue=f"({name})", kind="wire_credit", confidence=0.8)
        out.append(
            _citation(doc, article_id, known.name if known else name, known, frame, start, end)
        )
    for target, start, end, frame in _referring(doc, mentions, out):
        if target.name in own:
            continue
        out.append(_citation(doc, article_id, target.name, target, frame, start, end))
    prose = sorted((c for c in out if c.kind != "source_line"), key=lambda c: c.span)
    return [c for c in out if c.kind == "source_line"] + prose


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


def _root(span: Span) -> Token:
    """The name's own head: spaCy's ``Span.root`` may pick the article "The" when the
    name is a modifier ("The Washington Post newspapers")."""
    outside = [
        t
        for t in span
        if (t.head is t or not span.start <= t.head.i < span.end) and t.pos_ not in ("DET", "PUNCT")
    ]
    return outside[-1] if outside else span.root


def _anchor(span: Span) -> Token:
    """The token that stands for the mention in the parse.

    Climbs from the mention's root through coordination ("the FT and The Washington
    Post"), apposition ("the news outlet CNN") and descriptor nouns ("The Washington
    Post newspapers") so the frame is read where the whole phrase attaches.
    """
    node = _root(span)
    for _ in range(6):
        head = node.head
        if head is node:
            break
        coordinated = node.dep_ in ("conj", "appos")
        described = node.dep_ in ("compound", "nmod", "amod") and (
            head.lemma_.lower() in OUTLET_NOUNS
        )
        named_appos = head.dep_ == "appos" and node.dep_ == "compound" and head.pos_ == "PROPN"
        # "CBS's Face the Nation", "Bloomberg Opinion", "NBC Nightly News": a programme or
        # desk of the outlet; read the frame of the whole name.
        programme = (node.dep_ == "poss" and head.i > node.i and head.text[:1].isupper()) or (
            node.dep_ == "compound" and head.lower_ in SUB_BRANDS
        )
        if coordinated or described or named_appos or programme:
            node = head
        else:
            break
    return node


def _frame_of(doc: Doc, text: str, start: int, end: int) -> Frame | None:
    """How the mention at ``[start, end)`` credits its outlet, or None for a mere mention."""
    wire = wire_credit(text, start, end)
    if wire is not None:
        return wire
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span):
        return None
    node = _anchor(span)
    frame = _dependency_frame(node, span)
    if frame is not None and frame.cue.startswith("first "):
        # "first reported by the Ledger and later by the Wire": only the Ledger was first.
        sent = span.sent
        between = doc[sent.start : span.start]
        later = [t for t in between if t.lower_ in _LATER]
        firsts = [t for t in between if t.lower_ in ("first", "originally")]
        if later and (not firsts or later[-1].i > firsts[-1].i):
            frame = Frame(cue=frame.cue.removeprefix("first "), confidence=frame.confidence)
    if frame is not None:
        return frame
    # A mention attached as the complement of an ordinary noun ("a reporter for the
    # Times", "a New York Times reporter") is a mere mention whatever follows it.
    head = node.head
    if node.dep_ == "pobj" and head.head.pos_ in ("NOUN", "PROPN"):
        return None
    if node.dep_ in ("compound", "poss", "nmod") and head.pos_ == "NOUN":
        return None
    sent = span.sent
    left = text[max(sent.start_char, start - 40) : start]
    m = _LEFT_FRAME.search(left)
    if m:
        return Frame(cue=m.group("cue").lower(), confidence=0.8)
    right = text[end : min(sent.end_char + 1, end + 120)]
    m = _RIGHT_FRAME.match(right)
    if m and node.dep_ not in ("dobj", "pobj"):
        return Frame(cue=m.group("cue").lower(), confidence=0.8)
    line_start = text.rfind("\n", 0, start) + 1
    if not text[line_start:start].strip(" \t\"'“‘") and text[end : end + 1] == ":":
        return Frame(cue=":")  # a headline "WSJ: The US may publish ..."
    return None


def _hyphenated(token: Token) -> str:
    """A word spaCy split at a hyphen, whole again ("op - ed" -> "op-ed")."""
    doc = token.doc
    if token.i >= 2 and doc[token.i - 1].text == "-" and not doc[token.i - 1].whitespace_:
        return f"{doc[token.i - 2].lower_}-{token.lower_}"
    return token.lower_


def _with_first(verb: Token, cue: str) -> str:
    first = any(c.dep_ == "advmod" and c.lower_ in ("first", "originally") for c in verb.children)
    return f"first {cue}" if first else cue


def _dependency_frame(node: Token, span: Span) -> Frame | None:
    head = node.head
    dep = node.dep_
    head_lemma = head.lemma_.lower()
    # "Politico reported", "The New York Times said", "writes The Wall Street Journal"
    if dep in ("nsubj", "csubj") and head.pos_ in ("VERB", "AUX") and head_lemma in REPORT_VERBS:
        return Frame(cue=_with_first(head, head.text.lower()))
    if dep == "nsubj" and head_lemma == "contribute":
        return Frame(cue="contributed", kind="wire_credit")
    # "Associated Press writer Jane Doe contributed to this report."
    top = node
    while top.dep_ == "compound" and top.head is not top:
        top = top.head
    if top is not node and top.dep_ == "nsubj" and top.head.lemma_.lower() == "contribute":
        return Frame(cue="contributed", kind="wire_credit")
    # "per Axios", "via Reuters"
    if dep == "pobj" and head.lower_ in ("per", "via"):
        return Frame(cue=head.lower_)
    # "first reported by the FT" (passive agent)
    if dep == "pobj" and head.lower_ == "by":
        governor = head.head
        lemma = governor.lemma_.lower()
        if governor.pos_ in ("VERB", "AUX") and lemma in _SUPPLY_VERBS:
            return Frame(cue=f"{governor.text.lower()} by", kind="wire_credit")
        if governor.pos_ in ("VERB", "AUX") and lemma in REPORT_VERBS | {"interview", "tell"}:
            return Frame(cue=_with_first(governor, f"{governor.text.lower()} by"))
        if lemma in REPORT_NOUNS:
            return Frame(cue=f"{governor.text.lower()} by")
        return None
    if dep == "pobj" and head.dep_ == "prep":
        governor = head.head
        lemma = governor.lemma_.lower()
        prep = head.lower_
        # "according to the BBC"
        if prep == "to" and governor.lower_ == "according":
            return Frame(cue="according to")
        # "in an opinion for The Washington Post", "in an interview with CBS News"
        noun = _hyphenated(governor)
        if prep == "to" and lemma in _TELL_NOUNS:
            return Frame(cue=f"{noun} to")  # "in a statement to CNN", "in comments to AP"
        if governor.pos_ in ("NOUN", "PROPN") and (lemma in REPORT_NOUNS or noun in REPORT_NOUNS):
            if prep in ("for", "with", "in", "on", "to", "by", "from"):
                return Frame(cue=f"{noun} {prep}")
            return None
        # "said on CNN", "wrote in The Guardian", "said to Reuters"
        if governor.pos_ in ("VERB", "AUX"):
            if prep in ("on", "in") and lemma in MEDIUM_VERBS:
                return Frame(cue=f"{governor.text.lower()} {prep}")
            if prep == "to" and lemma in TELL_VERBS | {"give", "grant"}:
                return Frame(cue=f"{governor.text.lower()} to")
            if prep == "with" and lemma in ("speak", "talk", "interview", "sit"):
                return Frame(cue=f"{governor.text.lower()} with")
        return None
    # "told CNN", "telling Reuters"
    if dep in ("dobj", "dative", "iobj") and head_lemma in TELL_VERBS - {"say", "write"}:
        return Frame(cue=head.text.lower())
    # "the agency said, citing The Wall Street Journal", "quoting the BBC"
    if dep == "dobj" and head_lemma in ("cite", "quote"):
        return Frame(cue=head.text.lower())
    # inverted speech: "..., writes The Wall Street Journal" parsed with the name as object
    if dep in ("dobj", "attr", "npadvmod") and head_lemma in REPORT_VERBS and head.i < span.start:
        between = [t for t in head.doc[head.i + 1 : span.start] if not t.is_punct]
        if all(t.pos_ in ("DET", "ADJ") for t in between) and head_lemma in (
            "write",
            "report",
            "say",
            "add",
            "note",
        ):
            return Frame(cue=head.text.lower())
    # "the FT's report", "a CNN poll", "an NBC News investigation"
    if dep in ("poss", "compound", "nmod") and head.pos_ == "NOUN" and head_lemma in REPORT_NOUNS:
        return Frame(cue=head.text.lower())
    return None


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
    reported"), when the name or an apposition says it is an outlet."""
    taken = list(taken)
    found: list[tuple[str, int, int, Frame]] = []
    for token in doc:
        if token.pos_ != "PROPN" or token.dep_ in ("compound", "flat"):
            continue
        name_tokens = [t for t in token.subtree if t.dep_ in ("compound", "flat") or t is token]
        name_tokens = [t for t in name_tokens if t.i <= token.i and t.i >= token.i - 6]
        if not name_tokens:
            continue
        first = min(t.i for t in name_tokens)
        if first > 0 and doc[first - 1].lower_ == "the":
            first -= 1
        span = doc[first : token.i + 1]
        if any(s < span.end_char and span.start_char < e for s, e in taken):
            continue
        words = {t.text for t in span}
        appos = [c for c in token.children if c.dep_ == "appos"] + (
            [token.head] if token.dep_ == "appos" else []
        )
        described = any(t.lemma_.lower() in OUTLET_NOUNS for a in appos for t in a.subtree) or any(
            c.lemma_.lower() in OUTLET_NOUNS for c in token.children if c.dep_ == "compound"
        )
        if not (words & OUTLET_NAME_WORDS) and not described:
            continue
        if reg.find(span.text) is not None:
            continue
        frame = _dependency_frame(_anchor(span), span)
        if frame is None or frame.kind != "citation":
            continue
        # "Breitbart News Daily host Alex Marlow" is a person, not an outlet; "Meridian
        # Wire" may be tagged PERSON by the NER but its last word says it is an outlet.
        if token.ent_type_ == "PERSON" and token.text not in OUTLET_NAME_WORDS:
            continue
        name = re.sub(r"^[Tt]he\s+", "", span.text)
        if not name[:1].isupper() or name in OUTLET_NAME_WORDS:
            continue  # a bare "the Journal" with no antecedent names no outlet
        found.append((name, span.start_char, span.end_char, Frame(frame.cue, confidence=0.6)))
    return found


def _referring(
    doc: Doc, mentions: list[tuple[Outlet, int, int]], cited: list[Citation]
) -> list[tuple[Outlet, int, int, Frame]]:
    """ "the newspaper said" after a citation: the same outlet again, less certain."""
    found: list[tuple[Outlet, int, int, Frame]] = []
    prose = [c for c in cited if c.kind == "citation" and c.outlet_id]
    by_id = {o.id: o for o, _s, _e in mentions}
    for m in _REFERRING.finditer(doc.text):
        before = [c for c in prose if c.span[1] <= m.start()]
        if not before:
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
