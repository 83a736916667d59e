"""Credits the citation extractor cannot see: an outlet named as the source of a report
("a day after Techwire reported that ...", "The breach was first reported by Techwire")
credits that outlet, though the name alone does not look like an outlet's. The speakers
stage knows it is one (the corpus has articles Techwire published, or the registry
knows it); the citation extractor, which reads one article at a time, does not.
``spoken_citations`` credits the outlets that speak; ``named_outlet_citations`` the
corpus's own outlets named in a crediting frame where no outlet speaks (the statement went
to whom the outlet cites: "after Bloomwire reported, citing people ..., that P").
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence

from sourcetrace.lexicons import lexicon
from sourcetrace.models import Attribution, Citation, Speaker, content_id

__all__ = ["named_outlet_citations", "spoken_citations"]

# The confidence the extractor gives an outlet the registry lacks in a clear frame.
_CONFIDENCE = 0.6
# The words after or before an outlet's name that credit it ("Bloomwire reported").
_WORDS = lexicon("citation_words")
_AFTER = _WORDS.pattern("named_outlet_after")
_BEFORE = _WORDS.pattern("named_outlet_before")


def spoken_citations(
    attributions: Sequence[Attribution], speakers: Sequence[Speaker],
    citations: Sequence[Citation], own_outlet: Mapping[str, str | None],
) -> list[Citation]:
    """Citations for the attributions whose speaker is an outlet named in the text
    (not a pronoun or description resolved to one) and that no citation of the article
    covers yet; not the article's own outlet ("Techwire has learned" in Techwire)."""
    outlet = {s.id: s.name or s.label for s in speakers if s.type == "outlet"}
    taken = _taken(citations)
    out: list[Citation] = []
    for a in attributions:
        name = outlet.get(a.speaker or "")
        span = a.source_span
        if (name is None or span is None or a.resolved_source or not a.cue
                or _same(name, own_outlet.get(a.article))
                or any(s[0] < span[1] and span[0] < s[1] for s in taken[a.article])):
            continue
        out.append(Citation(
            id=content_id(f"{a.article}|citation|{name}|{span[0]}|{span[1]}", "c"),
            article=a.article, outlet=name, cue=a.cue.lower(), span=span,
            sentence_span=a.sentence_span, confidence=_CONFIDENCE))
        taken[a.article].append(span)
    return out


def _taken(citations: Sequence[Citation]) -> dict[str, list[tuple[int, int]]]:
    """Per article, the spans its citations already take: no second credit there."""
    taken: dict[str, list[tuple[int, int]]] = defaultdict(list)
    for c in citations:
        taken[c.article].append(c.span)
    return taken


def _same(name: str, own: str | None) -> bool:
    """The article's own outlet, as its metadata writes it ("Techwire", "News-Press NOW
    (newspressnow.com)"): a name it holds is the publisher speaking of itself."""
    if not own:
        return False
    key = name.casefold().removeprefix("the ")
    return key in own.casefold()


def named_outlet_citations(
    texts: Mapping[str, str], names: Iterable[str], citations: Sequence[Citation],
    own_outlet: Mapping[str, str | None],
) -> list[Citation]:
    """Citations of the corpus's own outlets where the prose credits one by a name alone
    ("after Bloomwire reported, citing ...", "according to Techwire"): the extractor, which
    reads one article at a time, cannot know such a name is an outlet's, and the statement
    may be rerouted to whom the outlet cites, so no outlet speaker is left to credit it."""
    taken = _taken(citations)
    out: list[Citation] = []
    for name in sorted({n for n in names if n}, key=len, reverse=True):
        pattern = re.compile(rf"(?<![\w-]){re.escape(name)}(?![\w-])")
        for article, text in texts.items():
            if _same(name, own_outlet.get(article)):
                continue
            for m in pattern.finditer(text):
                cue = _AFTER.match(text[m.end() : m.end() + 60]) or _BEFORE.search(
                    text[max(0, m.start() - 40) : m.start()])
                if cue is None or any(s < m.end() and m.start() < e for s, e in taken[article]):
                    continue
                out.append(Citation(
                    id=content_id(f"{article}|citation|{name}|{m.start()}|{m.end()}", "c"),
                    article=article, outlet=name, cue=" ".join(cue["cue"].lower().split()),
                    span=m.span(), sentence_span=_sentence(text, m.start(), m.end()),
                    confidence=_CONFIDENCE))
                taken[article].append(m.span())
    return out


def _sentence(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence around a span, by its stops and line breaks."""
    stop = text.rfind(". ", 0, start)
    lo = max(stop + 2 if stop >= 0 else 0, text.rfind("\n", 0, start) + 1)
    stops = [i for i in (text.find(". ", end), text.find("\n", end)) if i >= 0]
    return lo, (min(stops) + 1 if stops else len(text))
