"""Claim candidates: short canonical propositions from one parsed article.

Candidates come from two places: the contents of attributions (what a source is credited
with saying) and factual sentences in the article's own voice. Each candidate is reduced
to a short proposition: attribution wrappers ("X said that", "according to Y") and
non-restrictive asides (", which ...", appositions, dates) are dropped, a subject pronoun
that refers to the speaker is replaced by the speaker, and entities are normalised so
that government metonyms agree ("Moscow" and "the Kremlin" are Russia, "Beijing" is
China, "Washington" and "the White House" are the US) — only when the place name is an
actor, not a location ("talks in Rome" keeps Rome as a place).

A denial phrased about a report ("Both countries denied those reports", "Assertions that
X are disinformation") is kept as a candidate: when the report carries its proposition
("assertions that X", "reports of X") the candidate is X; otherwise ``refers_to`` names
the candidate the report most likely carries (the nearest preceding relayed claim of the
same article), and clustering attaches the denial to that claim's cluster.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, NamedTuple

from sourcetrace.models import Attribution, Span, content_id
from sourcetrace.stages import claim_link as lex

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token
    from spacy.tokens import Span as SpacySpan


@dataclass(frozen=True)
class ClaimCandidate:
    """One mention of a proposition in one article (picklable, hashable)."""

    id: str
    article: str
    text: str  # short canonical proposition
    span: Span  # offsets of the source sentence part or attribution content
    attribution: str | None = None
    entities: tuple[str, ...] = ()  # normalised actor keys ("russia", "peskov"); "@rome" = place
    predicates: tuple[str, ...] = ()  # lemmas of the main predicate(s)
    negated: bool = False  # the mention negates or denies the proposition
    agent: str | None = None  # normalised entity key of the proposition's subject
    refers_to: str | None = None  # denial of a report: id of the candidate the report carries
    order: int = 0  # position in the article (0 = first candidate)


class _Prop(NamedTuple):
    """A proposition: its head token and, when read off the surface because the parse
    slipped, the token range ``lo:hi`` it covers (else the head's subtree)."""

    root: Token
    lo: int | None = None
    hi: int | None = None


ARTICLE_CONTEXT = lex.ARTICLE_CONTEXT

_BYLINE = re.compile(r"^\s*By\s+[A-Z][^:\n]{1,60}:\s*")
_CAPTION = re.compile(
    r"\[(?:File|Photo|Image|Picture|Credit)\b|\((?:Photo|Image|File)\b|\bGetty Images\b|"
    r"^\s*(?:Source|Read more|Related|Subscribe|Follow us|Click here|Sign up|Advertisement)\b"
    r"|All rights reserved|©",
    re.I,
)
_SPACES = re.compile(r"\s+")
# Quotation marks carry no content in a canonical proposition (and are often unbalanced
# once a clause is cut out); an apostrophe inside a word ("China’s") is kept.
_QUOTE_MARKS = re.compile(r"[\"“”«»„]|``|''|‘|(?<![A-Za-z])’|’(?![A-Za-z])")
_SPACE_BEFORE_PUNCT = re.compile(r"\s+([,.;:!?%)\]’”])")
_QUOTES = "\"'“”‘’«»"


def claim_candidates(
    doc: Doc, *, article_id: str, attributions: Sequence[Attribution] = ()
) -> list[ClaimCandidate]:
    """Candidates for one article, in text order, from ``doc`` (never re-parsed).

    ``attributions`` are this article's attributions (``extract_attributions``); own-voice
    sentences they cover are not repeated as own-voice candidates.
    """
    regions: list[tuple[int, int, Attribution | None]] = []
    covered: list[Span] = []
    for given in attributions:
        if given.article != article_id:
            continue
        piece = _content_piece(doc.text, given)
        regions.append((piece[0], piece[1], given))
        covered.append(given.span)
        if given.sentence_span is not None:
            covered.append(given.sentence_span)
    for start, end in _own_voice_regions(doc):
        if not any(_overlap((start, end), c) > 0.5 * (end - start) for c in covered):
            regions.append((start, end, None))
    regions.sort(key=lambda r: (r[0], r[1]))

    out: list[ClaimCandidate] = []
    for start, end, att in regions:
        try:
            cand = _candidate(doc, start, end, article_id=article_id, att=att, order=len(out))
        except Exception:  # noqa: BLE001 - one odd region never fails the document
            cand = None
        if cand is not None:
            out.append(cand)
    return lex.link_report_denials(out)


def _overlap(a: Span, b: Span) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def _line_of(text: str, pos: int) -> str:
    """The whole line around ``pos``: a caption credit at its end marks every sentence."""
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    return text[start : end if end >= 0 else len(text)]


def _repeated_lines(text: str) -> set[str]:
    """Opening words shared by two consecutive lines: a photo caption and its alt text
    ("A officer adjusts a flag ..." twice) are furniture, not claims."""
    lines = [ln.strip() for ln in text.splitlines() if ln.strip()]
    out: set[str] = set()
    for a, b in zip(lines, lines[1:], strict=False):
        ka, kb = " ".join(a.split()[:5]).lower(), " ".join(b.split()[:5]).lower()
        if ka == kb and len(a.split()) >= 5:
            out.add(ka)
    return out


def _content_piece(text: str, att: Attribution) -> Span:
    """The line of an attribution's content nearest its cue: a content that runs across a
    line break (headline, byline) belongs to the cue's line only."""
    start, end = att.span
    pieces: list[Span] = []
    pos = start
    for part in re.split(r"(\n+)", text[start:end]):
        if part.strip() and not part.startswith("\n"):
            pieces.append((pos, pos + len(part)))
        pos += len(part)
    if len(pieces) <= 1:
        return pieces[0] if pieces else (start, end)
    cue = att.cue_span[0] if att.cue_span else None
    if cue is None:
        return max(pieces, key=lambda p: p[1] - p[0])
    return min(
        pieces, key=lambda p: 0 if p[0] <= cue <= p[1] else min(abs(cue - p[0]), abs(cue - p[1]))
    )


def _own_voice_regions(doc: Doc) -> list[Span]:
    """Sentence parts (sentences split at line breaks) that may carry a factual claim."""
    text = doc.text
    captions = _repeated_lines(text)
    out: list[Span] = []
    for sent in doc.sents:
        pos = sent.start_char
        for piece in re.split(r"(\n+)", text[sent.start_char : sent.end_char]):
            start, end = pos, pos + len(piece)
            pos = end
            stripped = piece.strip()
            if not stripped or stripped.startswith("\n"):
                continue
            if stripped.endswith("?") or _CAPTION.search(_line_of(text, start)):
                continue
            if " ".join(stripped.split()[:5]).lower() in captions:
                continue
            if len(stripped.split()) < 5:
                continue
            lead = len(piece) - len(piece.lstrip())
            out.append((start + lead, start + lead + len(stripped)))
    return out


def _candidate(
    doc: Doc, start: int, end: int, *, article_id: str, att: Attribution | None, order: int
) -> ClaimCandidate | None:
    m = _BYLINE.match(doc.text[start:end])
    if m:
        start += m.end()
    region = doc.char_span(start, end, alignment_mode="contract")
    if region is None or len(region) < (1 if att is not None else 3):
        return None
    sent = _first_propositional_sentence(region)
    if sent is None:
        if att is None:
            return None
        # "denied those reports", "calling it disinformation": a nominal content.
        sent = region
    if att is not None and att.sentence_span is not None:
        context = doc.char_span(*att.sentence_span, alignment_mode="expand") or sent.sent
    else:
        # Own voice: the region is already one sentence (or one line of it).
        context = sent
    nominal = not any(t.pos_ in {"VERB", "AUX"} for t in sent)
    prop: _Prop | None
    if nominal:
        prop, wrapper_subj, denial_wrapper = _Prop(sent.root), None, lex.denial_cue(att)
    else:
        prop, wrapper_subj, denial_wrapper = _proposition_root(sent)
    denial = denial_wrapper or lex.denial_cue(att) or _denial_words(prop, sent, context, att)
    bare = False
    if denial:
        carried = _report_proposition(context) or _denied_object(prop)
        if carried is not None:
            prop = carried
        elif prop is None or lex.targets_report(prop.root) or (nominal and lex.is_report(prop.root)):
            bare = True
            prop = prop or _Prop(sent.root)
    if prop is None:
        return None
    root = prop.root
    keep = _kept_tokens(prop, context if not sent.start <= root.i < sent.end else sent)
    if not keep:
        return None
    speaker = lex.speaker_span(att, doc) or wrapper_subj
    if speaker is None and att is None:
        speaker = lex.previous_subject(sent)
    text, subj_sub = _render(keep, root, speaker)
    entities, agent = lex.actor_entities(keep, root, doc)
    if subj_sub is not None:
        entities, agent = lex.merge_speaker(entities, subj_sub, doc, agent)
    negated = denial or lex.negated(root)
    if not bare:
        if att is None and not _checkable(root, entities, keep, nominal_ok=denial):
            return None
        if att is not None and not _attributed_proposition(root, entities, denial):
            return None
    cid = content_id(f"{article_id}|{start}|{end}|{text}", prefix="k")
    return ClaimCandidate(
        id=cid,
        article=article_id,
        text=text,
        span=(region.start_char, region.end_char),
        attribution=att.id if att is not None else None,
        entities=entities,
        predicates=lex.predicates(root),
        negated=negated,
        agent=agent,
        # A denial of a bare report ("denied those reports") has no proposition of its own;
        # it is pointed at the claim the report carries by ``lex.link_report_denials``.
        refers_to="?" if bare else None,
        order=order,
    )


def _denial_words(
    prop: _Prop | None, sent: SpacySpan, context: SpacySpan, att: Attribution | None
) -> bool:
    """Denial vocabulary in the proposition itself or in its wrapper ("dismissed as
    disinformation the claim that ..."), not in an aside ("..., which has denied any
    role"): asides are dropped from the proposition and are not part of the wrapper."""
    if prop is None:
        return lex.has_denial_words(context.text)
    inner = {t.i for t in prop.root.subtree}
    kept = " ".join(t.text for t in _kept_tokens(prop, sent))
    if att is not None:
        outside = " ".join(t.text for t in context if not sent.start <= t.i < sent.end)
        return lex.has_denial_words(kept) or (
            lex.has_denial_words(outside) and lex.denies_report(outside)
        )
    wrapper = " ".join(t.text for t in sent if t.i not in inner)
    return lex.has_denial_words(kept) or lex.has_denial_words(wrapper)


def _attributed_proposition(root: Token, entities: tuple[str, ...], denial: bool) -> bool:
    """An attribution content is a claim when it is a clause with a subject about an actor
    ("Russia has asked ..."), not a bare object ("military equipment", "to use in ...");
    a denied nominal ("a request for military assistance from Russia") also counts."""
    if not [e for e in entities if not e.startswith("@")]:
        return False
    if denial and root.pos_ in {"NOUN", "PROPN"}:
        return True
    if any(t.lower_ in {"i", "me", "my"} for t in root.subtree):
        return False  # "I don't trust this news", "it seemed strange to me": a personal view
    if root.pos_ not in {"VERB", "AUX"}:
        return False
    return any(c.dep_ in {"nsubj", "nsubjpass", "csubj", "expl"} for c in root.children)


def _denied_object(prop: _Prop | None) -> _Prop | None:
    """ "never heard of a request for X", "denied any request for X": the nominal denied."""
    if prop is None:
        return None
    root = prop.root
    lemma = root.lemma_.lower()
    if lemma not in lex.DENIAL_VERBS and not (
        lemma in {"hear", "know", "aware", "see"} and lex.negated(root)
    ):
        return None
    for c in root.children:
        nominal: Token | None = None
        if c.dep_ == "dobj":
            nominal = c
        elif c.dep_ == "prep" and c.lower_ in {"of", "about"}:
            nominal = next((p for p in c.children if p.dep_ == "pobj"), None)
        if (
            nominal is not None
            and nominal.pos_ == "NOUN"
            and nominal.lemma_.lower() not in lex.REPORT_NOUNS
            and nominal.lower_ not in lex.REPORT_NOUNS
        ):
            return _Prop(nominal)
    return None


def _first_propositional_sentence(region: SpacySpan) -> SpacySpan | None:
    """The first sentence inside ``region`` with a verbal predicate (quotes can hold many)."""
    doc = region.doc
    starts: list[SpacySpan] = []
    for tok in region:
        if tok.i == region.start or tok.is_sent_start:
            starts.append(tok.sent)
    for s in starts:
        piece = doc[max(s.start, region.start) : min(s.end, region.end)]
        if any(t.pos_ in {"VERB", "AUX"} for t in piece) and len(piece) >= 3:
            return piece
    return None


def _proposition_root(sent: SpacySpan) -> tuple[_Prop | None, SpacySpan | None, bool]:
    """The root of the proposition, descending through wrappers ("X said that P").

    Returns the root (None when a wrapper has no proposition: "reports suggest so"), the
    outermost wrapper's subject (a pronoun subject of P may stand for it) and whether a
    denial verb wrapped P ("The Kremlin denied it has sought ...").
    """
    root = sent.root
    subject: SpacySpan | None = None
    denial = False
    for _ in range(4):
        lemma = root.lemma_.lower()
        if lemma in lex.OPINION_VERBS and any(
            c.dep_ == "nsubj" and c.lower_ in {"i", "we"} for c in root.children
        ):
            return None, subject, denial  # "I think ...": an opinion, not a checkable claim
        if _impersonal(root):
            # "It is known / believed / reported that P": the wrapper has no source.
            clause = next(c for c in root.children if c.dep_ == "ccomp")
            if sent.start <= clause.i < sent.end:
                root = clause
                continue
        if lemma in lex.WRAPPER_VERBS or lemma in lex.DENIAL_VERBS:
            comp = _complement(root, sent)
            if subject is None:
                subj = next((c for c in root.children if c.dep_ == "nsubj"), None)
                if subj is not None and subj.pos_ != "PRON":
                    subject = sent.doc[subj.left_edge.i : subj.i + 1]
            denial = denial or lemma in lex.DENIAL_VERBS
            if comp is None:
                surface = _that_clause_root(root, sent)
                if surface is not None:
                    return surface, subject, denial
                return (_Prop(root) if _has_obj(root) else None), subject, denial
            root = comp
            continue
        if lemma in lex.PUBLISH_VERBS:
            # "The Times published a story quoting officials who believe P": P is the claim.
            for tok in root.subtree:
                if (
                    tok.dep_ == "ccomp"
                    and tok.head.lemma_.lower() in lex.WRAPPER_VERBS
                    and sent.start <= tok.i < sent.end
                ):
                    return _Prop(tok), subject, denial
        break
    if root.lemma_.lower() in lex.OPINION_SUBJECT and any(
        c.dep_ == "nsubj" and c.lower_ in {"i", "we"} for c in root.children
    ):
        return None, subject, denial
    return _Prop(root), subject, denial


def _impersonal(verb: Token) -> bool:
    """A passive with a dummy "it" subject and a clause: "it is known that ..."."""
    return verb.tag_ == "VBN" and any(
        c.dep_ in {"nsubjpass", "expl"} and c.lower_ == "it" for c in verb.children
    ) and any(c.dep_ == "ccomp" for c in verb.children)


def _that_clause_root(verb: Token, sent: SpacySpan) -> _Prop | None:
    """Parser slips: "told media outlets that P" parsed with P as a relative clause of the
    object. A "that" within a few words after a speech verb still opens its complement."""
    doc = sent.doc
    for i in range(verb.i + 1, min(verb.i + 7, sent.end - 1)):
        if doc[i].lower_ == "that":
            return _clause_head(doc, i + 1, sent.end)
        if doc[i].text in {".", ";", "“", '"'} or doc[i].pos_ == "VERB":
            break
    return None


def _clause_head(doc: Doc, lo: int, hi: int) -> _Prop | None:
    """The highest verb of tokens ``lo:hi`` (the one whose head lies outside them)."""
    while hi > lo and doc[hi - 1].is_punct:
        hi -= 1
    verbs = [t for t in doc[lo:hi] if t.pos_ in {"VERB", "AUX"}]
    for t in verbs:
        if not lo <= t.head.i < hi or t.head.i == t.i:
            return _Prop(t, lo, hi)
    return _Prop(verbs[0], lo, hi) if verbs else None


def _has_obj(tok: Token) -> bool:
    return any(
        c.dep_ in {"dobj", "attr"} and c.lemma_.lower() not in lex.REPORT_NOUNS
        for c in tok.children
    )


def _complement(tok: Token, sent: SpacySpan) -> Token | None:
    for c in tok.children:
        if c.dep_ in {"ccomp", "xcomp"} and sent.start <= c.i < sent.end:
            if c.dep_ == "xcomp" and tok.lemma_.lower() not in lex.DENIAL_VERBS:
                continue
            return c
    return None


def _report_proposition(sent: SpacySpan) -> _Prop | None:
    """The proposition a report noun carries: "assertions that X", "reports of X"."""
    doc = sent.doc
    for tok in sent:
        if tok.lemma_.lower() not in lex.REPORT_NOUNS and tok.lower_ not in lex.REPORT_NOUNS:
            continue
        if tok.i + 1 < sent.end and doc[tok.i + 1].lower_ == "that":
            # Read off the surface: the parser often mis-attaches long "that" clauses.
            return _clause_head(doc, tok.i + 2, _report_clause_end(doc, tok.i + 2, sent.end))
        for c in tok.children:
            if c.dep_ in {"acl", "ccomp", "relcl"} and any(
                g.lower_ == "that" and g.dep_ == "mark" for g in c.children
            ):
                return _Prop(c)
            if c.dep_ == "prep" and c.lower_ in {"of", "about", "on"}:
                for p in c.children:
                    if p.dep_ == "pobj" and (p.pos_ == "NOUN" or p.ent_type_):
                        return _Prop(p)
    return None


def _report_clause_end(doc: Doc, lo: int, hi: int) -> int:
    """Where "assertions that P" ends: before the copula of "... are disinformation"."""
    for i in range(lo, hi):
        if doc[i].lemma_ == "be" and lex.has_denial_words(doc[i : min(hi, i + 5)].text):
            return i
    return hi


def _kept_tokens(prop: _Prop, sent: SpacySpan) -> list[Token]:
    root = prop.root
    if prop.lo is not None and prop.hi is not None:
        tokens = list(sent.doc[prop.lo : prop.hi])
    else:
        tokens = list(root.subtree)
    drop: set[int] = set()
    for tok in tokens:
        if not (sent.start <= tok.i < sent.end):
            drop.add(tok.i)
            continue
        if tok.i in drop:
            continue
        if _droppable(tok, root):
            sub = [t.i for t in tok.subtree]
            drop.update(sub)
            # An aside set off by commas takes its closing comma with it: "Comeaux, 49,
            # escaped" -> "Comeaux escaped", not "Comeaux, escaped".
            after = max(sub) + 1
            if _after_comma(tok) and after < len(sent.doc) and sent.doc[after].text == ",":
                drop.add(after)
                drop.add(min(sub) - 1)
    keep = [t for t in tokens if t.i not in drop]
    # Leading connectives and complementisers carry no content.
    while keep and (keep[0].dep_ in {"mark", "cc", "punct"} or keep[0].lower_ in lex.DISCOURSE
                    or _complementiser(keep)):
        keep.pop(0)
    while keep and keep[-1].dep_ in {"punct", "cc"}:
        keep.pop()
    return keep


def _complementiser(keep: list[Token]) -> bool:
    """A leading "that" before a subject ("that Beijing knew ...") that the parser did not
    label as a marker; "That proves ..." (a demonstrative subject) is kept."""
    return (keep[0].lower_ == "that" and len(keep) > 1
            and keep[0].dep_ not in {"det", "nsubj", "nsubjpass"}
            and keep[1].pos_ not in {"VERB", "AUX"})


def _droppable(tok: Token, root: Token) -> bool:
    if tok.i == root.i:
        return False
    low = tok.lower_
    if low == "according" or (low in lex.DROP_ADVERBS and tok.dep_ == "advmod"):
        return True
    if tok.dep_ == "relcl" and _after_comma(tok):
        return True  # ", which had expressed willingness ..." is an aside
    if tok.dep_ == "appos" and _after_comma(tok) and tok.pos_ != "PROPN":
        return True  # ", China's ambassador to the US," describes; a name is kept
    if tok.dep_ in {"prep", "npadvmod", "advmod"} and tok.head.i == root.i:
        ents = {t.ent_type_ for t in tok.subtree}
        if ents & {"DATE", "TIME"} and low not in {"until", "before", "after", "since"}:
            return True
    return tok.dep_ == "advcl" and tok.head.i == root.i and _after_comma(tok)


def _after_comma(tok: Token) -> bool:
    first = min(tok.subtree, key=lambda t: t.i)
    return first.i > 0 and first.doc[first.i - 1].text in {",", "–", "—", "-", "("}


# A wire dateline opening a lead sentence: "PORT SELVA, May 14 (Reuters) – ",
# "WASHINGTON (AP) — ", "MOSCOW, March 3 - ". It locates the report, it is not the claim.
_DATELINE = re.compile(
    r"^[A-Z][A-Z.'’ -]*[A-Z]\.?"
    r"(?:,\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,\s*\d{4})?)?"
    r"(?:\s*\([^)]{1,40}\))?\s*[–—-]{1,2}\s+"
)


def _render(
    keep: list[Token], root: Token, speaker: SpacySpan | None
) -> tuple[str, SpacySpan | None]:
    """Detokenised proposition; a subject pronoun that stands for the speaker is replaced."""
    replaced: SpacySpan | None = None
    parts: list[str] = []
    for pos, tok in enumerate(keep):
        word = tok.text
        # Words that were not neighbours in the text (an aside removed between them) need
        # a space even when the first was followed by punctuation.
        gap = pos + 1 < len(keep) and keep[pos + 1].i != tok.i + 1
        if (
            speaker is not None
            and replaced is None
            and tok.dep_ in {"nsubj", "nsubjpass"}
            and tok.head.i == root.i
            and lex.pronoun_fits(tok, speaker)
        ):
            word = speaker.text
            replaced = speaker
        parts.append(word + (" " if tok.whitespace_ or gap else ""))
    text = _QUOTE_MARKS.sub("", "".join(parts)).strip().strip(_QUOTES + " ,;:")
    text = _SPACE_BEFORE_PUNCT.sub(r"\1", _SPACES.sub(" ", text))
    text = re.sub(r"([,–—-])(?:\s*[,–—-])+", r"\1", text).strip(" ,;:–—-")
    text = re.sub(r"\s*[,;:]+\s*([.!?])$", r"\1", _DATELINE.sub("", text))
    if text and text[0].islower() and not text.startswith(("iP", "e-")):
        text = text[0].upper() + text[1:]
    return text, replaced


def _checkable(
    root: Token, entities: tuple[str, ...], keep: list[Token], *, nominal_ok: bool = False
) -> bool:
    """Own-voice sentences: keep factual statements about actors, drop fluff. A denied
    nominal ("never heard of a request for X") is a proposition too."""
    if not [e for e in entities if not e.startswith("@")]:
        return False
    if root.pos_ not in {"VERB", "AUX"} and not nominal_ok:
        return False
    if len(keep) < 4:
        return False
    lemma = root.lemma_.lower()
    if lemma in lex.OPINION_SUBJECT or any(t.lower_ in {"i", "we", "you", "my"} for t in keep):
        return False
    return not any(t.lemma_.lower() in lex.HEDGE_FLUFF for t in keep)
