"""How a mention of an outlet is credited: the dependency frame around it ('Politico
reported', 'told CNN', 'said on Fox News', 'a report by X'), with surface back-ups for a
confused parse. Words and patterns from lexicons/en/citation_words.toml.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from sourcetrace.citations.credits import (
    Frame,
    wire_credit,
)
from sourcetrace.citations.outlets import SUB_BRANDS
from sourcetrace.lexicons import lexicon

_CITE = lexicon("citation_words")


# Verbs whose subject is credited with a report ("Politico reported", "the FT said").
REPORT_VERBS = _CITE.words("report_verbs")
_AGENT_VERBS = _CITE.words("agent_verbs")


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
# "first reported", "originally published", "exclusively reported": reported before others.
_FIRST_ADVERBS = _CITE.words("first_report_adverbs")


# Nouns that describe an outlet and may stand in apposition to its name, or refer
# back to the last one cited ("the newspaper said").
OUTLET_NOUNS = _CITE.words("outlet_nouns")


# Surface back-ups for a confused parse: a crediting verb right before the mention ...
_LEFT_FRAME = _CITE.pattern("left_frame")


# ... or right after it ("The Financial Times, citing officials, reported").
_RIGHT_FRAME = _CITE.pattern("right_frame")


def _root(span: Span) -> Token:
    """The name's own head: spaCy's ``Span.root`` may pick the article "The" when the
    name is a modifier ("The Washington Post newspapers")."""
    outside = [
        t
        for t in span
        if (t.head.i == t.i or not span.start <= t.head.i < span.end) and t.pos_ not in ("DET", "PUNCT")
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
        firsts = [t for t in between if t.lower_ in _FIRST_ADVERBS]
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


def _said_first(verb: Token) -> bool:
    return any(c.dep_ == "advmod" and c.lower_ in _FIRST_ADVERBS for c in verb.children)


def _with_first(verb: Token, cue: str) -> str:
    return f"first {cue}" if _said_first(verb) else cue


def _reporting(verb: Token, also: frozenset[str] = frozenset()) -> bool:
    """A verb of reporting, not a phrasal verb made from one: "carried out by Silver
    Moth" or "Reuters ran out of time" credit no outlet."""
    lemma = verb.lemma_.lower()
    return (lemma in REPORT_VERBS or lemma in also) and not any(
        c.dep_ == "prt" for c in verb.children)


def _subject_frame(node: Token) -> Frame | None:
    """The outlet as the subject of a reporting verb: the plainest credit, and a wire's
    contribution line, which credits the wire for supplying text rather than reporting."""
    head = node.head
    dep = node.dep_
    head_lemma = head.lemma_.lower()
    # "Politico reported", "The New York Times said", "writes The Wall Street Journal"
    if dep in ("nsubj", "csubj") and head.pos_ in ("VERB", "AUX") and _reporting(head):
        return Frame(cue=_with_first(head, head.text.lower()))
    if dep == "nsubj" and head_lemma == "contribute":
        return Frame(cue="contributed", kind="wire_credit")
    # "Associated Press writer Jane Doe contributed to this report."
    top = node
    while top.dep_ == "compound" and top.head.i != top.i:
        top = top.head
    if top is not node and top.dep_ == "nsubj" and top.head.lemma_.lower() == "contribute":
        return Frame(cue="contributed", kind="wire_credit")
    return None


def _agent_frame(governor: Token) -> Frame | None:
    """A passive agent credits the outlet only when the verb or noun it attaches to is
    one of reporting or supplying; "by" alone ("a rally by CNN staff") credits nothing."""
    lemma = governor.lemma_.lower()
    if governor.pos_ in ("VERB", "AUX") and lemma in _SUPPLY_VERBS:
        return Frame(cue=f"{governor.text.lower()} by", kind="wire_credit")
    if governor.pos_ in ("VERB", "AUX") and _reporting(governor, _AGENT_VERBS):
        return Frame(cue=_with_first(governor, f"{governor.text.lower()} by"))
    if lemma in REPORT_NOUNS:
        return Frame(cue=f"{governor.text.lower()} by")
    return None


def _prep_frame(head: Token) -> Frame | None:
    """The outlet as object of a preposition: the preposition and what it hangs from
    decide between a credit ("an interview with CBS") and a mere mention ("in New York")."""
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
    # "said the same to CNN": the parser hangs "to" on the verb's object
    if prep == "to" and governor.dep_ == "dobj" and governor.head.lemma_.lower() in TELL_VERBS:
        return Frame(cue=f"{governor.head.text.lower()} to")
    # "said on CNN", "wrote in The Guardian", "said to Reuters"
    if governor.pos_ in ("VERB", "AUX"):
        if prep in ("on", "in") and lemma in MEDIUM_VERBS:
            return Frame(cue=f"{governor.text.lower()} {prep}")
        if prep == "to" and lemma in TELL_VERBS | {"give", "grant"}:
            return Frame(cue=f"{governor.text.lower()} to")
        if prep == "with" and lemma in ("speak", "talk", "interview", "sit"):
            return Frame(cue=f"{governor.text.lower()} with")
    return None


def _object_frame(node: Token, span: Span) -> Frame | None:
    """The outlet as an object or modifier: told to, cited, the subject of inverted
    speech the parser took for an object, or the owner of a piece of journalism."""
    head = node.head
    dep = node.dep_
    head_lemma = head.lemma_.lower()
    # "told CNN", "telling Reuters"
    if dep in ("dobj", "dative", "iobj") and head_lemma in TELL_VERBS - {"say", "write"}:
        return Frame(cue=head.text.lower())
    # "the agency said, citing The Wall Street Journal", "quoting the BBC"
    if dep == "dobj" and head_lemma in ("cite", "quote"):
        return Frame(cue=head.text.lower())
    # inverted speech: "..., writes The Wall Street Journal" parsed with the name as object
    if dep in ("dobj", "attr", "npadvmod") and _reporting(head) and head.i < span.start:
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


def _first_report_frame(node: Token) -> Frame | None:
    """The outlet said to have reported first: "NBC News was the first to report it",
    "the FT, which first reported the request, ..." (said beside whatever else the
    sentence credits it with)."""
    head = node.head
    if node.dep_ == "nsubj" and head.lemma_.lower() == "be":
        for attr in (c for c in head.children if c.dep_ in ("attr", "acomp")):
            if attr.lower_ == "first" and any(
                    c.lemma_.lower() in REPORT_VERBS for c in attr.children
                    if c.dep_ in ("relcl", "acl", "xcomp")):
                return Frame(cue="first to report")
    for rel in (c for c in node.children if c.dep_ == "relcl"):
        if rel.lemma_.lower() in REPORT_VERBS and _said_first(rel):
            return Frame(cue=f"first {rel.text.lower()}")
    return None


def _dependency_frame(node: Token, span: Span) -> Frame | None:
    """How the parse credits the outlet at ``node``. The checks run from the surest frame
    to the loosest, and a prepositional object is settled by its preposition alone."""
    frame = _first_report_frame(node) or _subject_frame(node)
    if frame is not None:
        return frame
    head = node.head
    if node.dep_ == "pobj":
        # "per Axios", "via Reuters"
        if head.lower_ in ("per", "via"):
            return Frame(cue=head.lower_)
        # "first reported by the FT" (passive agent)
        if head.lower_ == "by":
            return _agent_frame(head.head)
        if head.dep_ == "prep":
            return _prep_frame(head)
    return _object_frame(node, span)
