"""Figures that differ between the mentions of one claim: "about 4 million customers"
in one report, "as many as 6 million" in another. The claim is one (the same breach, the
same strike), but a reader checking it needs to see that its reports do not agree on how
many; the grade's reasons say so, with who gave which figure.

A figure is read from a mention's words (``lexicons/en/figures.toml``): a number, its
multiplier and the noun it counts. Figures of one noun are compared across articles; the
hedges ("at least", "as many as") are shown as written, not reconciled: "at least 12" and
"14" differ as written, and the reader judges whether they conflict.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from sourcetrace.lexicons import lexicon
from sourcetrace.models import Attribution

__all__ = ["differing_figures"]

_FIGURES = lexicon("figures")
_FIGURE = _FIGURES.patterns("figure")
_WORDS = _FIGURES.mapping("number_words")
_MULTIPLIERS = _FIGURES.mapping("multipliers")
_NOT_COUNTED = _FIGURES.words("not_counted")
_SAME = _FIGURES.mapping("same_counted")


def differing_figures(supporting: Sequence[Attribution], who: Mapping[str, str]) -> list[str]:
    """For each counted noun the supporting mentions give two or more values of (in
    different articles), the figures as written and who gave them, in the order the
    mentions come: "about 4 million customers (three people familiar with the
    investigation); as many as 6 million customers (Jonas Berg)". ``who`` maps a speaker
    id to the name shown."""
    seen: dict[str, dict[float, tuple[str, str]]] = {}
    articles: dict[str, set[str]] = {}
    for a in supporting:
        for noun, value, written in _figures(a.content):
            by_value = seen.setdefault(noun, {})
            articles.setdefault(noun, set()).add(a.article)
            if value not in by_value:
                by_value[value] = (written, who.get(a.speaker or "", ""))
    out = []
    for noun, by_value in seen.items():
        if len(by_value) < 2 or len(articles[noun]) < 2:
            continue
        out.append("; ".join(f"{written} ({name})" if name else written
                             for written, name in by_value.values()))
    return out


def _figures(text: str) -> list[tuple[str, float, str]]:
    """(counted noun, value, the figure as written with its noun) for each figure in
    ``text``, the first of each noun only: a mention is one report of its figure."""
    out: dict[str, tuple[str, float, str]] = {}
    found = sorted((m for pattern in _FIGURE for m in pattern.finditer(text)),
                   key=lambda m: m.start())
    taken: list[tuple[int, int]] = []
    for m in found:
        if any(s < m.end("figure") and m.start("figure") < e for s, e in taken):
            continue  # "$2 billion contract": the sum, not a count of contracts
        taken.append(m.span("figure"))
        noun = m["noun"].lower()
        if noun in _NOT_COUNTED or _year(m["num"], m["mult"]) and noun not in _SAME:
            continue
        value = _value(m["num"], m["mult"])
        if value is None:
            continue
        key = str(_SAME.get(noun, noun.removesuffix("s"))).removesuffix("s")
        written = " ".join(m["figure"].split())
        if m.start("noun") < m.start("figure"):
            # "$8 billion" as written; "the death toll rose to 17" as "a toll of 17".
            written = (f"{m.groupdict().get('hedge') or ''}{m['noun']}{written}"
                       if not noun.isalpha() else f"a {noun} of {written}")
        else:
            written = f"{written} {noun}"
        out.setdefault(key, (key, value, written))
    return list(out.values())


def _year(num: str, mult: str | None) -> bool:
    return mult is None and len(num) == 4 and num.isdigit() and num[:2] in ("19", "20")


def _value(num: str, mult: str | None) -> float | None:
    low = num.lower()
    if low in _WORDS:
        base = float(str(_WORDS[low]))
    else:
        try:
            base = float(low.replace(",", ""))
        except ValueError:
            return None
    return base * float(str(_MULTIPLIERS.get(mult.lower(), 1))) if mult else base
