"""Which claim a prose citation credits: "... had asked for help. The request was first
reported by the FT" credits the claim told just before it; "The Coastal Times first
reported the seizure on Sunday" credits the claim of the seizure, wherever in the article
it is told, not the denial quoted just before the credit.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import replace

from spacy.lang.en.stop_words import STOP_WORDS

from sourcetrace.lexicons import lexicon
from sourcetrace.models import Attribution, Citation, Claim, Span

__all__ = ["carrying", "claim_citations", "claim_words", "link_citations", "nearest_claim",
           "unclaimed_sources",
           "sentence_stems", "spots"]

Spot = tuple[tuple[int, int], str]

# How far after a claim's sentence a citation still credits it (characters).
_WINDOW = 600
# Words a credit shares with any claim: how it reports, not what.
_REPORTING = (lexicon("citation_words").words("report_verbs")
              | lexicon("report_nouns").words("journalism") | lexicon("report_nouns").words("claims"))
_WORD = re.compile(r"[a-z]{4,}")
# Words are compared by their first letters: "seizure" and "seized" share "seiz".
_STEM = 4
_REPORTING_STEMS = frozenset(w[:_STEM] for w in _REPORTING if len(w) >= _STEM)


def _near(span: tuple[int, int], target: tuple[int, int], window: int) -> int | None:
    """Distance from a claim mention to a citation sentence: 0 in it, else 1 and more
    after it (a sentence ending where the credit begins is before it, not in it); None
    too far or after it."""
    if span[0] < target[1] and target[0] < span[1]:
        return 0
    if target[0] >= span[1] and target[0] - span[1] <= window:
        return target[0] - span[1] + 1
    return None


def spots(claims: Sequence[Claim], mentions: Mapping[str, Sequence[Attribution]]
          ) -> dict[str, list[Spot]]:  # fmt: skip
    """Per article, the sentences that mention each claim: its attributed mentions and
    its own-voice sentences ("The bank cut rates on Tuesday, confirming an earlier report
    by Bloomberg": the credit is the cut's)."""
    by_article: dict[str, list[Spot]] = defaultdict(list)
    for claim in claims:
        for att in mentions[claim.id]:
            by_article[att.article].append((att.sentence_span or att.span, claim.id))
        for article, start, end in claim.sentences:
            by_article[article].append(((start, end), claim.id))
    return by_article


def sentence_stems(text: str, outlet: str = "") -> set[str]:
    """The content words of ``text`` by their first letters, without the outlet's name and
    the words of reporting."""
    skip = {w.casefold() for w in outlet.split()}
    return {w[:_STEM] for w in _WORD.findall(text.casefold())
            if w not in STOP_WORDS and w not in skip and w[:_STEM] not in _REPORTING_STEMS}


def nearest_claim(c: Citation, spots: Sequence[Spot], text: str = "",
                  words: Mapping[str, set[str]] | None = None) -> str | None:
    """The claim a prose citation credits: one mentioned in the same sentence; else, given
    the article's ``text`` and each claim's ``words`` (``_stems`` of its text), the claim
    of the article whose words its sentence names most ("first reported the seizure");
    else the one mentioned just before it."""
    target = c.sentence_span or c.span
    best: tuple[int, str] | None = None
    for span, cid in spots:
        d = _near(span, target, _WINDOW)
        if d is not None and (best is None or d < best[0]):
            best = (d, cid)
    if best is not None and best[0] == 0:
        return best[1]
    if text and words:
        said = sentence_stems(text[target[0] : target[1]], c.outlet)
        shared = {cid: len(said & words.get(cid, set())) for _span, cid in spots}
        named = max(shared.values(), default=0)
        if named > 0:
            # Of the claims it names most, the one told nearest the credit.
            return min(((abs(span[0] - target[0]), cid) for span, cid in spots
                        if shared[cid] == named))[1]
    return best[1] if best is not None else None


def claim_words(claims: Sequence[Claim]) -> dict[str, set[str]]:
    """Each claim's content words, as ``nearest_claim`` compares them."""
    return {claim.id: sentence_stems(claim.text) for claim in claims}


def claim_citations(
    claims: Sequence[Claim], citations_by_article: Mapping[str, Sequence[Citation]],
    mentions: Mapping[str, Sequence[Attribution]], texts: Mapping[str, str],
    unclaimed: Mapping[str, Sequence[Span]] | None = None,
) -> dict[str, list[Citation]]:
    """Citations per claim; a wire credit or credit line covers every claim of its article.
    ``unclaimed``: per article, the source spans of statements that carry no claim ("Die
    Welt said it stood by its reporting"): an outlet cited as their speaker credits none,
    not the nearest claim (which another said)."""
    by_article = spots(claims, mentions)
    words = claim_words(claims)
    voiced = _voiced(claims, mentions)
    linked: dict[str, list[Citation]] = defaultdict(list)
    for article_id, cits in citations_by_article.items():
        here = by_article.get(article_id, [])
        for c in cits:
            if c.claim:
                linked[c.claim].append(c)
            elif c.kind in ("wire_credit", "source_line"):
                for cid in dict.fromkeys(cid for _s, cid in here):
                    linked[cid].append(c)
            elif (credited := _credited(c, voiced, here, texts.get(article_id, ""), words,
                                        unclaimed)) is not None:
                linked[credited].append(c)
    return linked


# What only points back at something reported ("The request was first reported by the
# FT"): no statement of its own, so its outlet credits the claim before it.
_POINTING = re.compile(r"(?i)^\W*(?:the|this|that|these|those)\b")


def unclaimed_sources(attributions: Iterable[Attribution]) -> dict[str, list[Span]]:
    """Per article, the source spans of statements that carry no claim (a clause, not a
    noun pointing back at what was reported)."""
    out: dict[str, list[Span]] = defaultdict(list)
    for a in attributions:
        if (a.claim is None and a.source_span is not None and len(a.content.split()) > 2
                and not _POINTING.match(a.content)):
            out[a.article].append(a.source_span)
    return out


def _credited(c: Citation, voiced: Mapping[str, Sequence[Spot]], here: Sequence[Spot],
              text: str, words: Mapping[str, set[str]],
              unclaimed: Mapping[str, Sequence[Span]] | None) -> str | None:
    """The claim a prose citation credits: what the outlet is said to have reported; none
    where the outlet is the speaker of a statement that carries no claim ("Die Welt said
    it stood by its reporting"); else the nearest claim."""
    if (said := _said_by(c, voiced)) is not None:
        return said
    if any(s <= c.span[0] and c.span[1] <= e for s, e in (unclaimed or {}).get(c.article, ())):
        return None
    return nearest_claim(c, here, text, words)


def carrying(cits: Sequence[Citation], atts: Sequence[Attribution]) -> list[Citation]:
    """The citations of outlets that carry a claim: not one named as who denies or doubts
    it ("Hart's employer, the Weekly Globe, said the charges were absurd"), which is a
    party answering the claim, not a relay of it."""
    dissent = [(a.article, a.source_span) for a in atts
               if a.stance in ("denies", "questions") and a.source_span is not None]
    return [c for c in cits if c.kind != "citation" or not any(
        article == c.article and span[0] <= c.span[0] and c.span[1] <= span[1]
        for article, span in dissent)]


def _said_by(c: Citation, voiced: Mapping[str, Sequence[Spot]]) -> str | None:
    """ "..., after Brussels Wire reported that the Commission had drafted such measures":
    the outlet credits what it is said to have reported, not the claim of the sentence's
    main clause."""
    return next((cid for (s, e), cid in voiced.get(c.article, ())
                 if s <= c.span[0] and c.span[1] <= e), None)


def _voiced(claims: Sequence[Claim], mentions: Mapping[str, Sequence[Attribution]]
            ) -> dict[str, list[Spot]]:  # fmt: skip
    """Per article, the source span of each mention with its claim: a citation inside one
    names the speaker, so it credits that mention's claim."""
    by_span: dict[str, dict[tuple[int, int], str]] = defaultdict(dict)
    for claim in claims:
        for att in mentions[claim.id]:
            if att.source_span is not None:  # a mention of several claims: the last
                by_span[att.article][att.source_span] = claim.id
    return {article: list(spans.items()) for article, spans in by_span.items()}


def link_citations(
    claims: Sequence[Claim], mentions: Mapping[str, Sequence[Attribution]],
    citations: Sequence[Citation], texts: Mapping[str, str] | None = None,
    unclaimed: Mapping[str, Sequence[Span]] | None = None,
) -> list[Citation]:
    """Citations with ``claim`` filled where a prose citation credits one claim (see
    ``nearest_claim``; ``texts``, article id -> text, lets a credit name its claim).
    Wire credits and credit lines cover a whole article and keep ``claim=None``."""
    by_article = spots(claims, mentions)
    words = claim_words(claims)
    voiced = _voiced(claims, mentions)
    out = []
    for c in citations:
        if c.claim is None and c.kind == "citation":
            c = replace(c, claim=_credited(c, voiced, by_article.get(c.article, []),
                                           (texts or {}).get(c.article, ""), words, unclaimed))
        out.append(c)
    return out

