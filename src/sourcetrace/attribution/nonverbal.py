"""Attribution cues that are no verb, each over one sentence: "according to X" (the content
is the clause the phrase attaches to), a reportive adverb ("X reportedly asked ...": a report
with no source stated) and a cue noun with a content clause ("X's claim that P", "said in a
statement that P", the clause misparsed onto the noun). ``rules`` runs them beside the verb
rules.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from sourcetrace.attribution import cues, shapes
from sourcetrace.attribution.confidence import confidence
from sourcetrace.attribution.spans import (
    SUBJ_DEPS,
    Candidate,
    closes_sentence,
    noun_phrase_span,
    outer_without,
    said_in,
    subtree_span,
    trim_span,
)
from sourcetrace.attribution.subjects import find_subject

__all__ = ["according_candidate", "adverb_candidate", "noun_candidate"]


def according_candidate(tok: Token, sent: Span, text: str) -> Candidate | None:
    """ "according to X" (the shape in ``attribution_shapes.toml``): the content is the
    clause the phrase attaches to."""
    found = next(iter(shapes.at("according_to", tok)), None)
    if found is None:
        return None
    to, pobj = found["to"], found["source"]
    source = noun_phrase_span(pobj, text)
    # The clause the phrase attaches to: climb to the nearest verb (or the root).
    head = tok.head
    while head.pos_ not in ("VERB", "AUX") and head.head.i != head.i:
        head = head.head
    pp = set(tok.subtree) | set(to.subtree)
    while closes_sentence(tok, pp, sent) and head.dep_ in ("advcl", "relcl", "acl"):
        # "P weeks before Q, according to X": the parser hangs the phrase on the last
        # clause; set off at the end, it covers the clause that one modifies (not beyond
        # a content clause: "Agencies believe P, according to X" relays the belief).
        head = head.head
    content = outer_without(head, pp, text)
    if content is None or content[1] - content[0] < 3:
        return None
    return Candidate(
        (tok.idx, to.idx + len(to.text)),
        content,
        source,
        "according_to",
        confidence("according_to"),
        (sent.start_char, sent.end_char),
        via="according_to",
    )


def adverb_candidate(adv: Token, sent: Span, text: str) -> Candidate | None:
    """ "X reportedly asked ...": a report without a stated source; the clause is content."""
    head = adv.head
    if head.pos_ not in ("VERB", "AUX"):
        return None
    content = outer_without(head, [adv], text)
    if content is None or content[1] - content[0] < 8:
        return None
    return Candidate((adv.idx, adv.idx + len(adv.text)), content, None, "reportive",
                     confidence("adverb"), (sent.start_char, sent.end_char), via="adverb")


def noun_candidate(n: Token, sent: Span, text: str) -> Candidate | None:
    if n.pos_ != "NOUN" or n.lemma_.lower() not in cues.NOUNS or any(
            c.dep_ == "det" and c.lower_ == "no" for c in n.children):
        return None  # "contains no allegations that P": no one reports P
    # "said in a statement [that the minister had paid]": after a verb of saying, a clause
    # the parser took for a relative one (its "that" no subject of it) is the content.
    said = said_in(n)
    deps = ("acl", "ccomp", "relcl") if said is not None else ("acl", "ccomp")
    # A clause with no subject but its "that" is a relative one ("reports [that first
    # appeared on Telegram]"), whatever the parser called the "that".
    clause = next((c for c in n.children if c.dep_ in deps and any(
        m.lower_ == "that" and (c.dep_ != "relcl" or m.dep_ not in SUBJ_DEPS) for m in c.children)
        and any(s.dep_ in (*SUBJ_DEPS, "expl") and s.lower_ != "that" for s in c.children)),
        None)
    if clause is None:
        return None
    src_tok = next((c for c in n.children if c.dep_ == "poss"), None)
    if src_tok is None:
        by = next((c for c in n.children if c.dep_ == "prep" and c.lower_ in ("by", "from")), None)
        src_tok = next((c for c in by.children if c.dep_ == "pobj"), None) if by else None
    if src_tok is None and n.dep_ == "conj" and n.head.pos_ == "VERB":
        # "The lawsuit — filed days after Labor Day — claims that ...": a verb the tagger
        # took for the noun, coordinated with the verb whose subject it shares.
        src_tok = find_subject(n)
    cue = n
    if src_tok is None and said is not None:
        # "The ministry said in a statement that P", the clause misparsed onto the noun:
        # the ministry said P, and "said" (or "denied") is the cue.
        src_tok, cue = find_subject(said), said
    source = noun_phrase_span(src_tok, text) if src_tok is not None else None
    return Candidate(
        (cue.idx, cue.idx + len(cue.text)),
        trim_span(text, subtree_span(clause)),
        source,
        "indirect",
        confidence("noun"),
        (sent.start_char, sent.end_char),
        via="noun",
    )
