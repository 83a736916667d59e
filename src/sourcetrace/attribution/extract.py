"""Attribution extraction: who said what, with source, cue and content offsets.

Works on the spaCy parse the pipeline already made (no second pass). Candidates
come from rule families in :mod:`sourcetrace.attribution.rules`, one sentence at a time:

- cue verbs with their subject as source and a complement as content
  ("X said (that) ...", "..., X said", "X denied the report", "X called for ...");
- "according to X" (content: the clause the phrase attaches to);
- cue nouns with a content clause ("X's claim that ...");
- colon attributions ("Peskov: Russia has not asked ...").

Quotes found by :mod:`sourcetrace.attribution.quotes` then widen contents to whole
quotations (also across the parenthetical "..., he said. ..." break), and
pronouns and role descriptions are resolved by :mod:`sourcetrace.attribution.resolve`.
One odd sentence never fails the document: each sentence is tried on its own.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Sequence
from dataclasses import replace

from spacy.tokens import Doc
from spacy.tokens import Span as SpacySpan

from sourcetrace.attribution import cues
from sourcetrace.attribution.closings import closing_sources
from sourcetrace.attribution.confidence import confidence
from sourcetrace.attribution.interviews import interview_answers
from sourcetrace.attribution.layout import furniture_cue, headline_candidates
from sourcetrace.attribution.occasions import without_occasions
from sourcetrace.attribution.quotes import Quote, find_quotes, paragraph_spans
from sourcetrace.attribution.reach import Reach, packaged
from sourcetrace.attribution.relays import drop_outlet_wrappers, reroute_cited_sources
from sourcetrace.attribution.resolve import resolve_sources
from sourcetrace.attribution.rules import sentence_candidates
from sourcetrace.attribution.spans import (
    Candidate,
    CharSpan,
    clip_at_semicolon,
    dateline_end,
    dedupe,
    trim_source,
    trim_span,
)
from sourcetrace.attribution.verdicts import appended_verdicts
from sourcetrace.attribution.withdrawals import withdrawn_pieces
from sourcetrace.lexicons import lexicon
from sourcetrace.models import Attribution, content_id
from sourcetrace.nlp.doctext import doc_text

log = logging.getLogger(__name__)


def _para_index(paras: Sequence[CharSpan], pos: int) -> int:
    for k, (s, e) in enumerate(paras):
        if s <= pos < e:
            return k
    return -1


def _widen_to_quotes(
    cands: list[Candidate], quotes: Sequence[Quote], paras: Sequence[CharSpan], text: str
) -> None:
    """Grow contents to whole quotations, and over "..., X said. ..." breaks."""
    for c in cands:
        s, e = c.content
        # A cue inside a quotation ("I think ...") is the quoted speaker's own
        # attribution: it must not swallow the quotation around it.
        touched = [
            q for q in quotes if q.start < e and q.end > s and not q.start < c.cue[0] < q.end
        ]
        # A colon cue with the quote in the next paragraph ("he continued:\n\n"...").
        if not touched and text[c.cue[1] - 1 : c.cue[1]] == ":" and e - s < 3:
            nxt = next((q for q in quotes if q.start >= c.cue[1]), None)
            if nxt is not None and text[c.cue[1] : nxt.start].strip() == "":
                touched = [nxt]
                s, e = nxt.start, nxt.end
        for q in touched:
            s, e = min(s, q.start), max(e, q.end)
        if not touched:
            continue
        quoted = sum(min(e, q.end) - max(s, q.start) for q in touched)
        if c.kind in ("indirect", "direct"):
            c.kind = "direct" if quoted >= 0.9 * (e - s) else "mixed"
            # A quotation settles the content's bounds: its own rule, its own precision.
            c.via = f"quotation/{c.kind}"
            c.confidence = confidence(c.via)
        # Chain: '"A," X said. "B."' — the next quote directly after the cue belongs too.
        if c.cue[0] >= e - 1:
            pi = _para_index(paras, c.cue[0])
            after = [q for q in quotes if q.start >= c.cue[1]]
            first = True
            for q in after:
                if _para_index(paras, q.start) != pi or any(
                        o is not c and o.content[0] < q.end and q.start < o.content[1]
                        and not q.start <= o.cue[0] < q.end for o in cands):
                    break  # '"A," X said. "B," Y said.': B is Y's
                if first:
                    # Only the attribution itself may sit between the two quotes
                    # ('"A," X said. "B."'), and the second must start a sentence.
                    rest = _without(text, (e, q.start), [c.cue, c.source, c.source_outer])
                    if not re.search(r"[.:,;]\s*$", text[e : q.start]):
                        break
                    # The attribution's own sentence may run on ("..., Cruz told reporters
                    # outside a restaurant."), as long as the next quote opens the next one.
                    own_sentence = (
                        c.sentence[1] <= q.start and not text[c.sentence[1] : q.start].strip()
                    )
                    if len(rest.strip(" \t.,;:\u2014\u2013-")) > 25 and not own_sentence:
                        break
                elif text[e : q.start].strip():
                    break
                first = False
                e = q.end
        c.content = (s, e)


def _continue_into_quote_paragraphs(
    cands: list[Candidate], quotes: Sequence[Quote], paras: Sequence[CharSpan], text: str
) -> None:
    """A paragraph that is nothing but a quotation, right after a quoted attribution,
    continues that speaker's words (the usual newswire layout); the content grows over it."""
    cue_paras = {_para_index(paras, c.cue[0]) for c in cands}
    starts = {q.start: q for q in quotes}
    for c in cands:
        if c.kind not in ("direct", "mixed"):
            continue
        pi = _para_index(paras, max(c.content[1] - 1, c.cue[0]))
        if pi < 0 or _para_index(paras, c.cue[0]) != pi:
            continue
        # Only when the attribution ends its paragraph (nothing else said after it).
        if (
            text[max(c.content[1], c.cue[1]) : paras[pi][1]].strip(" .,;\t")
            and len(text[max(c.content[1], c.cue[1]) : paras[pi][1]]) > 80
        ):
            continue
        end = c.content[1]
        k = pi + 1
        while k < len(paras) and k not in cue_paras:
            q = starts.get(paras[k][0])
            if q is None or text[q.end : paras[k][1]].strip():
                break
            end = q.end
            k += 1
        if end > c.content[1]:
            c.content = (c.content[0], end)


def _clip_to_paragraph(c: Candidate, paras: Sequence[CharSpan], text: str) -> Candidate | None:
    """Keep a parse-derived content inside the cue's paragraph.

    spaCy sometimes runs a sentence over a paragraph break; quotations that really span
    paragraphs are added back later by the quote widening.
    """
    pi = _para_index(paras, c.cue[0])
    if pi < 0:
        return c
    ps, pe = paras[pi]
    s, e = max(c.content[0], ps), min(c.content[1], pe)
    if e - s < 2:
        if text[c.cue[1] - 1 : c.cue[1]] == ":":
            c.content = (c.cue[1], c.cue[1])  # "he continued:" — the quote follows
            return c
        return None
    c.content = trim_span(text, (s, e))
    if c.source is not None:
        ss, se = max(c.source[0], ps), min(c.source[1], pe)
        c.source = trim_span(text, (ss, se)) if se > ss else None
    return c


def _without(text: str, span: CharSpan, holes: Sequence[CharSpan | None]) -> str:
    """The text of ``span`` with the ``holes`` cut out."""
    chars = list(text[span[0] : span[1]])
    for h in holes:
        if h is None:
            continue
        for k in range(max(h[0], span[0]), min(h[1], span[1])):
            chars[k - span[0]] = ""
    return "".join(chars)


def extract_attributions(doc: Doc, *, article_id: str = "", reach: Reach | None = None
                         ) -> list[Attribution]:  # fmt: skip
    """Every attributed statement in a parsed article, in text order; ``reach`` is how far
    back pronouns and descriptions look (the packaged ``[resolve]`` settings when None)."""
    text = doc_text(doc)
    try:
        quotes = find_quotes(text)
    except Exception:  # pragma: no cover - defensive: quotes are an enhancement only
        log.warning("quote scan failed for %s", article_id, exc_info=True)
        quotes = []
    paras = paragraph_spans(text)
    cands: list[Candidate] = []
    for sent in doc.sents:
        try:
            cands.extend(without_occasions(sent, text, appended_verdicts(
                sent, text, closing_sources(sent, text, sentence_candidates(sent, text)))))
        except Exception:  # one odd sentence never fails the document
            log.debug("sentence skipped in %s", article_id, exc_info=True)
    cands = [c for c in (_clip_to_paragraph(c, paras, text) for c in cands) if c is not None]
    quoted = [(q.start, q.end) for q in quotes]
    cands = [c for c in (clip_at_semicolon(c, text, quoted) for c in cands) if c is not None]
    for para in paras:
        # Headlines: the parse of a title-case line is unreliable; where the headline
        # pattern matches, it replaces the parse-based candidates of that line.
        try:
            heads = headline_candidates(text, para)
        except Exception:  # pragma: no cover - defensive
            log.debug("headline skipped in %s", article_id, exc_info=True)
            continue
        if heads:
            cands = [c for c in cands if not para[0] <= c.cue[0] < para[1]] + heads
    cands += interview_answers(doc)  # "Q: ... / A: ...": the interviewee's answers
    # A link to another story ("READ MORE: ..., minister says"), a credit or a caption
    # carries another page's headline or a picture's description, no statement here.
    cands = [c for c in cands if not furniture_cue(text, c.cue)
             and not cues.states_nothing(doc, c.cue, c.content)]
    # Attributions inside a quotation ("I think ...", "as we said") belong to the
    # quoted speaker's words, not to the article's sourcing: news attribution
    # annotation (PolNeAR/PARC) leaves them out, and they double-count the quote.
    cands = [c for c in cands if not any(q.start < c.cue[0] < q.end for q in quotes)]
    _widen_to_quotes(cands, quotes, paras, text)
    _continue_into_quote_paragraphs(cands, quotes, paras, text)
    for c in cands:
        if c.source is not None and c.source[0] < c.content[1] < c.source[1]:
            # The parser hung the speaker on the quote's last noun ('"... every flight
            # left on time," a spokesperson for the operator, Selda Airports, said'): a
            # source never holds its own content.
            c.source = (c.content[1], c.source[1])
        if c.source is not None:
            c.source = trim_source(text, c.source)
            if c.source[1] - c.source[0] < 1:
                c.source = None
    cands = [c for c in dedupe(cands) if c.content[1] - c.content[0] >= 2]
    cands = withdrawn_pieces(reroute_cited_sources(cands, text), doc)
    out = _attributions(cands, text, article_id)
    reach = reach or packaged()
    out = _floating_quotes(drop_outlet_wrappers(resolve_sources(doc, out, reach=reach), text),
                           quotes, paras, text, article_id)
    return _continuing_quotes(out, quotes, doc, paras, article_id, reach.continuing_min_chars)


def _attributions(cands: Sequence[Candidate], text: str, article_id: str) -> list[Attribution]:
    """The attributions the candidates make, contents starting after any dateline."""
    out: list[Attribution] = []
    for c in cands:
        s, e = dateline_end(text, *c.content), c.content[1]
        # A verdict shares its statement's content: its cue tells the two apart.
        key = f"{article_id}:{s}:{e}" + (f":{c.cue[0]}" if c.via == "verdict" else "")
        out.append(
            Attribution(
                id=content_id(key, "t"),
                article=article_id,
                kind=c.kind,
                content=text[s:e],
                span=(s, e),
                source_text=text[c.source[0] : c.source[1]] if c.source else None,
                source_span=c.source,
                cue=text[c.cue[0] : c.cue[1]],
                cue_span=c.cue,
                sentence_span=c.sentence,
                confidence=round(min(c.confidence, 1.0), 3),
                rule=c.via,
                resolved_source=text[c.resolved[0] : c.resolved[1]] if c.resolved else None,
                resolved_span=c.resolved,
            )
        )
    return out


def _floating_quotes(atts: list[Attribution], quotes: Sequence[Quote],
                     paras: Sequence[CharSpan], text: str, article_id: str) -> list[Attribution]:
    """A paragraph that is nothing but a quotation, with no cue, continues the speaker of
    the last attribution in the paragraph before: the usual newswire layout ("'...,'
    she said." or "She said the board will ..." and then a quoted paragraph). After a
    quotation that ends its paragraph the content already grew over it (one relation,
    ``_continue_into_quote_paragraphs``); otherwise it is the same speaker's own
    attribution, with no cue, so that what was said there is not lost."""
    starts = {q.start: q for q in quotes}
    out = list(atts)
    for k in range(1, len(paras)):
        q = starts.get(paras[k][0])
        if (q is None or not q.closed or not _ends_sentence(text, q.end, paras[k][1])
                or any(a.span[0] < q.end and q.start < a.span[1] for a in out)):
            continue
        before = [a for a in out if a.source_span is not None and a.cue_span is not None
                  and paras[k - 1][0] <= a.cue_span[0] < paras[k - 1][1]]
        before += [a for a in out if a.cue_span is None and a.resolved_source
                   and paras[k - 1][0] <= a.span[0] < paras[k - 1][1]]  # a floating one
        if not before:
            continue
        last = max(before, key=lambda a: a.span[0])
        # No source stands in the paragraph: the speaker is the antecedent, as for "he".
        out.append(replace(_continued(last, (q.start, q.end), text, article_id, kind="direct",
                                      sentence=paras[k], rule="floating"), via=()))
    return _in_place(atts, out[len(atts):])


def _ends_sentence(text: str, end: int, para_end: int) -> bool:
    """The quotation closing at ``end`` is a sentence of its own: its paragraph ends there,
    or a new sentence starts after it ("“I was on the other side 20 years ago.” He's
    being modest."), not a cue ("..., ” she said")."""
    rest = text[end:para_end].lstrip()
    return not rest or (text[end - 2 : end - 1] in ".!?" and rest[:1].isupper())


def _continued(last: Attribution, span: CharSpan, text: str, article_id: str, *, kind: str,
               sentence: CharSpan, rule: str) -> Attribution:  # fmt: skip
    """The words at ``span``, said by ``last``'s speaker with no cue or source of their
    own (a quoted paragraph or sentence that goes on with it), found by ``rule``."""
    return replace(
        last, id=content_id(f"{article_id}:{span[0]}:{span[1]}", "t"), kind=kind,
        content=text[span[0] : span[1]], span=span, cue=None, cue_span=None,
        source_text=None, source_span=None,
        resolved_source=last.resolved_source or last.source_text,
        resolved_span=last.resolved_span or last.source_span, sentence_span=sentence,
        confidence=round(confidence(rule), 3), rule=rule, stance=None, claim=None)


def _in_place(atts: list[Attribution], added: Sequence[Attribution]) -> list[Attribution]:
    """``atts`` with ``added`` each in its place in text order; the others keep theirs
    (later stages break ties between overlapping attributions by that order)."""
    for new in added:
        at = next((i for i, a in enumerate(atts) if a.span[0] > new.span[0]), len(atts))
        atts = [*atts[:at], new, *atts[at:]]
    return atts


_ROLES = lexicon("roles").words("roles")


def _continuing_quotes(atts: list[Attribution], quotes: Sequence[Quote], doc: Doc,
                       paras: Sequence[CharSpan], article_id: str, min_chars: int
                       ) -> list[Attribution]:  # fmt: skip
    """A sentence that quotes words with no cue of its own, right after an attributed
    sentence of the same paragraph, carries that speaker's words: "According to the
    official, photos confirmed the equipment. The equipment was “inconsistent” with that
    aboard weather balloons." News prose names a source once and goes on quoting it. The
    sentence is the content (a mixed quotation), credited to the previous sentence's
    speaker with no cue and less confidence. Only when that speaker is someone (a name or
    a role: not "the data") and no one else is named outside the quotation: a sentence
    that names a person or body may have its own source, which the cue rules missed. The
    quotation must hold ``min_chars`` characters at least (``[resolve]``)."""
    text = doc_text(doc)
    sents = list(doc.sents)
    added: list[Attribution] = []
    for k in range(1, len(sents)):
        s0, s1 = trim_span(text, (sents[k].start_char, sents[k].end_char))
        p0, p1 = sents[k - 1].start_char, sents[k - 1].end_char
        if not any(a[0] <= p0 and s1 <= a[1] for a in paras):
            continue  # a new paragraph: who speaks is open again
        inside = [q for q in quotes if q.closed and s0 <= q.start and q.end <= s1]
        if (not any(q.end - q.start - 2 >= min_chars for q in inside)
                or any(a.span[0] < s1 and s0 < a.span[1] for a in atts)
                or _names_someone(sents[k], inside)):
            continue
        before = [a for a in atts if a.cue_span is not None
                  and (p0 <= a.span[0] < p1 or p0 < a.span[1] <= p1)]
        if not before:
            continue
        last = max(before, key=lambda a: a.span[1])
        speaker = last.resolved_span or last.source_span
        if speaker is None or not _someone(doc, speaker):
            continue
        # The same relay chain as the sentence before (``via`` kept).
        added.append(_continued(last, (s0, s1), text, article_id, kind="mixed",
                                sentence=(s0, s1), rule="continuing"))
    return _in_place(atts, added)


# Entities that name a possible source: a sentence naming one outside its quotation may
# have its own speaker; a speaker span holding one (or a role word) is someone.
_SOURCE_ENTS = frozenset({"PERSON", "ORG"})
_SPEAKER_ENTS = frozenset({"PERSON", "ORG", "NORP", "GPE"})


def _names_someone(sent: SpacySpan, quotes: Sequence[Quote]) -> bool:
    return any(e.label_ in _SOURCE_ENTS and not any(q.start <= e.start_char < q.end for q in quotes)
               for e in sent.ents)


def _someone(doc: Doc, span: CharSpan) -> bool:
    words = doc.char_span(span[0], span[1], alignment_mode="expand")
    return words is not None and any(
        t.ent_type_ in _SPEAKER_ENTS or t.lower_ in _ROLES for t in words)


def with_speaker(attribution: Attribution, speaker_id: str | None) -> Attribution:
    """A copy of ``attribution`` credited to ``speaker_id``."""
    return replace(attribution, speaker=speaker_id)
