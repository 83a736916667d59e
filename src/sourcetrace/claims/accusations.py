"""Accusations whose shape says who is accused of what, read with the dependency patterns
of ``lexicons/en/accusations.toml``.

"Moscow and Kyiv blamed each other for ripping a breach in the dam" carries two claims,
Kyiv's that Moscow did it and Moscow's that Kyiv did; "explosions that Moscow and Kyiv
blamed on each other" the same; "the dam's destruction, which they blamed on Russia" one.
No clause of these sentences states either claim, so the sentence-by-sentence candidates
miss them: these candidates are built from the match, one per accused side, with the
accuser as their source and the accused as their agent, rendered as "<accused> <gerund
phrase>" or "<accused> was behind <event>". They are the sentence's own-voice mentions
(no attribution): the text reports that the sides accuse each other.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import replace
from functools import cache
from typing import TYPE_CHECKING

from sourcetrace.attribution.cues import SAID_IN
from sourcetrace.claims import actors, entities
from sourcetrace.claims.canon import Prop
from sourcetrace.claims.kept import kept_tokens
from sourcetrace.claims.lexical import content_words
from sourcetrace.geo.places import country_code, is_city, state_name
from sourcetrace.lexicons import lexicon
from sourcetrace.models import content_id
from sourcetrace.nlp.depmatch import may_match, required_words
from sourcetrace.nlp.treematch import TreePattern

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token
    from spacy.tokens import Span as SpacySpan

    from sourcetrace.claims.candidates import ClaimCandidate
    from sourcetrace.models import Attribution

_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
_CLAUSES = frozenset({"relcl", "acl", "advcl", "ccomp", "pcomp"})


@cache
def _patterns(table: str) -> list[tuple[TreePattern, tuple[tuple[str, frozenset[str]], ...]]]:
    """``table``'s patterns in file order, each with the words it needs the document to
    hold."""
    return [(TreePattern(pattern), required_words(pattern))
            for _, pattern in lexicon("accusations").dependency(table)]  # fmt: skip


def accusation_candidates(doc: Doc, *, article_id: str, sides_window: int,
                          attributions: Sequence[Attribution] = ()) -> list[ClaimCandidate]:
    """One candidate per side accused in each matched sentence, in text order; "both
    sides" looks ``sides_window`` sentences back for them. A one-sided accusation by a
    named accuser is the mention of the attribution whose cue is its verb ("Varnia blamed
    Ostland for E": Varnia's, among ``attributions``)."""
    out: dict[str, ClaimCandidate] = {}
    for table in ("reciprocal", "both_sides", "one_sided"):
        for pattern, needed in _patterns(table):
            if not may_match(needed, doc):
                continue  # a word the pattern needs is not in the document
            for ids in pattern.in_doc(doc):
                nodes = {name: doc[i] for name, i in zip(pattern.names, ids, strict=True)}
                for cand in _from_match(doc, nodes, article_id, sides_window, attributions):
                    out.setdefault(cand.id, cand)
    return sorted(out.values(), key=lambda c: (c.span[0], c.id))


def _from_match(doc: Doc, nodes: dict[str, Token], article_id: str, sides_window: int,
                attributions: Sequence[Attribution]) -> list[ClaimCandidate]:
    event = nodes["event"]
    sent = event.sent
    phrase = _event_phrase(event, nodes["verb"], sent)
    if phrase is None:
        return []
    # (accused key, how the accused is written, accuser key)
    sides: list[tuple[str | None, str, str | None]] = []
    said: str | None = None
    if "accused" in nodes:
        accuser = _accuser(nodes["verb"])
        sides = [_side(nodes["accused"], doc, accuser)]
        verb = nodes["verb"].idx
        said = next((a.id for a in attributions if accuser is not None and a.cue_span
                     and a.cue_span[0] <= verb < a.cue_span[1]), None)
    elif "sides" in nodes:
        two = two_sides(nodes["sides"], sides_window)
        if two is not None:
            (a, a_name), (b, b_name) = two
            sides = [(a, a_name, b), (b, b_name, a)]
    else:
        party, other = nodes["party"], nodes["other"]
        sides = [_side(party, doc, other), _side(other, doc, party)]
    out = []
    for agent, name, accuser_key in sides:
        if agent is None:
            continue  # "the other": no one named
        text = f"{name} {phrase}" if event.pos_ == "VERB" else f"{name} was behind {phrase}"
        text = text[0].upper() + text[1:]
        entities, _ = actors.actor_entities(_event_tokens(event, nodes["verb"], sent), event, doc)
        out.append(replace(_candidate(doc, sent, article_id, text, agent, tuple(dict.fromkeys(
            [agent, *entities])), accuser_key, event), attribution=said))
    return out


def _side(accused: Token, doc: Doc, accuser: Token | None) -> tuple[str | None, str, str | None]:
    words = [accused] if accused.dep_ == "conj" else list(doc[accused.left_edge.i : accused.i + 1])
    return (actors.key_of_phrase(accused, doc) or _proper_name(words),
            "".join(t.text_with_ws for t in words).strip(),
            actors.key_of_phrase(accuser, doc) if accuser is not None else None)


def _proper_name(words: list[Token]) -> str | None:
    """The key of a name the tagger left untagged ("The Red Hand movement claimed
    responsibility"): its proper nouns, lower case."""
    return " ".join(t.lower_ for t in words if t.pos_ == "PROPN") or None


def two_sides(sides: Token, window: int) -> tuple[tuple[str, str], tuple[str, str]] | None:
    """The two states "both sides" stands for, as (key, name): the last two coordinated
    in the ``window`` sentences just before ("Russia and Ukraine began evacuations. Both
    sides blamed the other ...": ``[candidates] sides_window``), else the article so far
    has two states it names far more often than any other (a conflict's parties); else
    None."""
    doc = sides.doc
    sents = list(doc.sents)
    k = next(i for i, s in enumerate(sents) if s.start <= sides.i < s.end)
    window_toks = doc[sents[max(0, k - window)].start : sides.i]
    for tok in reversed(window_toks):
        if tok.pos_ not in {"PROPN", "NOUN"} or tok.dep_ == "conj":
            continue
        members, stack = [tok], [tok]
        while stack:  # the whole coordination: "Armenia, Azerbaijan and Iran" is three
            conj = [c for c in stack.pop().children if c.dep_ == "conj"]
            members += conj
            stack += conj
        if len(members) < 2:
            continue
        keys = [actors.key_of_phrase(t, doc) for t in members]
        states = [p for p in dict.fromkeys(keys) if p is not None and country_code(p)]
        if len(states) == 2:
            return _named(states[0]), _named(states[1])
    counts = Counter(_state_mentions(doc[: sents[k].end]))
    ranked = counts.most_common(3)
    if len(ranked) >= 2 and ranked[1][1] >= 2 and (
        len(ranked) == 2 or ranked[2][1] * 2 <= ranked[1][1]
    ):
        return _named(ranked[0][0]), _named(ranked[1][0])
    return None


def _named(key: str) -> tuple[str, str]:
    return key, state_name(key) or key


def _state_mentions(span: SpacySpan) -> list[str]:
    """The state key of each named state, demonym, capital or seat in ``span``."""
    out: list[str] = []
    seen: set[int] = set()
    for tok in span:
        ent = entities.entity_of(tok, span.doc)
        if ent is not None:
            if ent.start in seen:
                continue
            seen.add(ent.start)
        if is_city(tok.text) and tok.dep_ != "nsubj":
            continue  # a capital stands for its state when it acts, not in "OSLO (Reuters)"
        key = actors.key_of_phrase(tok, span.doc) if ent is not None else entities.metonym(tok)
        if key is not None and country_code(key):
            out.append(key)
    return out


def _candidate(doc: Doc, sent: SpacySpan, article_id: str, text: str, agent: str,
               entities: tuple[str, ...], source: str | None, event: Token) -> ClaimCandidate:  # fmt: skip
    from sourcetrace.claims.candidates import ClaimCandidate

    span = (sent.start_char, sent.end_char)
    return ClaimCandidate(
        id=content_id(f"{article_id}|{span[0]}|{span[1]}|{text}", prefix="k"),
        article=article_id,
        text=text,
        span=span,
        entities=entities,
        predicates=actors.predicates(event),
        agent=agent,
        sentence=span,
        source=source,
        words=content_words(text, doc),
    )


def _accuser(verb: Token) -> Token | None:
    """Who blames, when named: the relative clause's own subject ("which they blamed on
    Russia": "they" names no one, so the claim has no source here)."""
    subj = next((c for c in verb.children if c.dep_ in _SUBJECTS), None)
    return subj if subj is not None and subj.pos_ != "PRON" else None


def _event_tokens(event: Token, verb: Token, sent: SpacySpan) -> list[Token]:
    """What is blamed, without the blaming clause and without clauses hung on it ("in what
    Kyiv said was an attempt to ...", ", which Kyiv claimed was ...": other statements)."""
    keep = kept_tokens(Prop(event), sent)
    drop: set[int] = {t.i for t in verb.subtree} if verb.i in {t.i for t in event.subtree} else set()
    for tok in event.subtree:
        if tok.i != event.i and tok.dep_ in _CLAUSES and any(c.dep_ in _SUBJECTS for c in tok.children):
            drop.update(t.i for t in tok.subtree)
    # A preposition whose object went with a clause goes too ("in [what Kyiv said ...]"),
    # and so does the text it was said in ("the attack [in a post on social media]").
    drop.update(t.i for t in event.subtree
                if t.dep_ == "prep" and all(c.i in drop for c in t.children) and any(t.children))
    for prep in [t for t in event.subtree if t.dep_ == "prep" and t.lower_ in {"in", "on", "via"}
                 and any(o.dep_ == "pobj" and o.lemma_.lower() in SAID_IN for o in t.children)]:
        drop.update(t.i for t in prep.subtree)
    kept = [t for t in keep if t.i not in drop]
    while kept and kept[-1].dep_ in {"punct", "cc"}:
        kept.pop()
    return kept


def _event_phrase(event: Token, verb: Token, sent: SpacySpan) -> str | None:
    tokens = _event_tokens(event, verb, sent)
    if len(tokens) < 2:
        return None  # "culpability": nothing checkable is blamed
    return "".join(t.text_with_ws for t in tokens).strip()
