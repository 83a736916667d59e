"""Word lists and patterns as data: one TOML file per concept under ``lexicons/en/``.

Language facts (reporting verbs, denial words, report nouns ...) live apart from the code
that uses them, the way spaCy keeps ``spacy/lang/en/`` apart from its pipeline and
HeidelTime keeps its English rules under ``resources/english/``. A file holds named
tables; each table says what it is (``doc``) and what kind of entries it holds
(``kind``), and the loader checks both before anything uses it:

- ``lemmas``: single lower-case words in their dictionary form, compared with spaCy
  lemmas (``words = "say tell add"``, whitespace-separated);
- ``words``: single lower-case word forms, compared with the text as written (a phrasal
  verb is its lemma and particle joined by "_": "shoot_down");
- ``names``: single words whose case is part of them ("Times", "Post"), as written;
- ``phrases``: lower-case strings that may hold spaces (``entries = ["according to"]``);
- ``pairs``: two-word tuples such as a verb and its preposition (``entries = [["call",
  "for"]]``);
- ``regex``: regular expressions over lower-cased text (``patterns = ['\\bbaseless\\b']``),
  compiled once here so a broken pattern fails at load with its file and table named;
- ``mapping``: lower-case keys to a string or a number, in file order
  (``[nationalities.entries]`` then ``chinese = "China"``);
- ``dependency``: named spaCy ``DependencyMatcher`` patterns (``[[table.patterns]]`` with
  ``name`` and ``pattern``, a list of node dicts), checked by building a matcher at load
  so a malformed pattern fails with its file and table named.

An entry listed twice in one table is an error, not a silent no-op: duplicates are
where two copies of a list started to disagree.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

from sourcetrace.errors import SourcetraceError

__all__ = ["KINDS", "Lexicon", "LexiconError", "alternation", "any_of", "available", "lexicon"]

LANGUAGE = "en"
KINDS = ("lemmas", "words", "names", "phrases", "pairs", "regex", "mapping", "dependency")
# The key each kind keeps its entries under.
_FIELD = {"lemmas": "words", "words": "words", "names": "words", "phrases": "entries", "pairs": "entries",
          "regex": "patterns", "mapping": "entries", "dependency": "patterns"}
_WORD = re.compile(r"[a-z][a-z'\-.]*(?:_[a-z]+)?|n't")  # "shoot_down": a phrasal verb
_NAME = re.compile(r"[A-Za-z][\w'\-.]*")


class LexiconError(SourcetraceError):
    """A lexicon file that is missing, malformed or inconsistent (a packaging bug)."""

    def __init__(self, message: str) -> None:
        super().__init__(message, code="E503")


@dataclass(frozen=True)
class Table:
    name: str
    doc: str
    kind: str
    entries: tuple[Any, ...]


@dataclass(frozen=True)
class Lexicon:
    """One concept's tables, validated."""

    name: str
    doc: str
    tables: dict[str, Table]

    def table(self, key: str, *kinds: str) -> Table:
        try:
            table = self.tables[key]
        except KeyError:
            raise LexiconError(f"lexicon {self.name!r} has no table {key!r}") from None
        if kinds and table.kind not in kinds:
            raise LexiconError(
                f"lexicon {self.name!r} table {key!r} is {table.kind}, not {' or '.join(kinds)}"
            )
        return table

    def words(self, key: str) -> frozenset[str]:
        """A set of words, lemmas or phrases."""
        return frozenset(self.table(key, "lemmas", "words", "names", "phrases").entries)

    def ordered(self, key: str) -> tuple[str, ...]:
        """Words, lemmas or phrases in file order (where order decides a match)."""
        return tuple(self.table(key, "lemmas", "words", "names", "phrases").entries)

    def pairs(self, key: str) -> frozenset[tuple[str, str]]:
        return frozenset(self.table(key, "pairs").entries)

    def patterns(self, key: str) -> tuple[re.Pattern[str], ...]:
        return tuple(self.table(key, "regex").entries)

    def pattern(self, key: str) -> re.Pattern[str]:
        """The one pattern of a single-pattern table."""
        found = self.patterns(key)
        if len(found) != 1:
            raise LexiconError(f"lexicon {self.name!r} table {key!r} holds {len(found)} patterns")
        return found[0]

    def dependency(self, key: str) -> tuple[tuple[str, list[dict[str, Any]]], ...]:
        """(name, pattern) pairs for a spaCy ``DependencyMatcher``, in file order."""
        return tuple(self.table(key, "dependency").entries)

    def mapping(self, key: str) -> dict[str, Any]:
        """Keys to values, in file order (a fresh dict each call)."""
        return dict(self.table(key, "mapping").entries)


@cache
def any_of(patterns: tuple[re.Pattern[str], ...]) -> re.Pattern[str] | None:
    """One pattern that matches wherever any of ``patterns`` does (``search`` finds
    something exactly when one of them would), so that a text is scanned once instead
    of once per pattern. None when they cannot be joined: mixed flags, or a group
    referred to by name or number."""
    if not patterns or len({p.flags for p in patterns}) != 1:
        return None
    if any(p.groupindex or re.search(r"\\[1-9]", p.pattern) for p in patterns):
        return None
    try:
        return re.compile("|".join(f"(?:{p.pattern})" for p in patterns), patterns[0].flags)
    except re.error:
        return None


def alternation(words: Iterable[str], *, space: str = r"\s+") -> str:
    """A regex alternation of ``words``, longest first, each escaped.

    A regex takes the first alternative that matches, so "Reuters/Ipsos poll" must be
    tried before "poll" and "last week" before "last". A space in a word matches
    ``space`` (any run of whitespace unless told). Ties are ordered by the words
    themselves, so a set gives the same pattern in every process. An empty list gives
    a pattern that never matches.
    """
    ordered = sorted(set(words), key=lambda w: (-len(w), w))
    return "|".join(re.escape(w).replace(r"\ ", space) for w in ordered) or "(?!x)x"


def available() -> list[str]:
    """The names of every packaged lexicon."""
    folder = resources.files("sourcetrace.lexicons").joinpath(LANGUAGE)
    return sorted(p.name[:-5] for p in folder.iterdir() if p.name.endswith(".toml"))


@cache
def lexicon(name: str) -> Lexicon:
    """The packaged lexicon ``name`` (``lexicons/en/<name>.toml``), loaded and validated once."""
    path = resources.files("sourcetrace.lexicons").joinpath(LANGUAGE, f"{name}.toml")
    if not path.is_file():
        raise LexiconError(f"no lexicon {name!r} (expected {LANGUAGE}/{name}.toml)")
    try:
        data = tomllib.loads(path.read_text("utf-8"))
    except tomllib.TOMLDecodeError as exc:
        raise LexiconError(f"lexicon {name!r} is not valid TOML: {exc}") from exc
    return parse_lexicon(name, data)


def parse_lexicon(name: str, data: dict[str, Any]) -> Lexicon:
    """Validate the parsed TOML of one lexicon file."""
    doc = data.get("doc")
    if not isinstance(doc, str) or not doc.strip():
        raise LexiconError(f"lexicon {name!r} needs a top-level 'doc' saying what it holds")
    tables = {}
    for key, raw in data.items():
        if key == "doc":
            continue
        if not isinstance(raw, dict):
            raise LexiconError(f"lexicon {name!r}: {key!r} must be a table")
        tables[key] = _table(f"{name}.{key}", key, raw)
    return Lexicon(name=name, doc=doc, tables=tables)


def _table(where: str, key: str, raw: dict[str, Any]) -> Table:
    kind = raw.get("kind")
    if kind not in KINDS:
        raise LexiconError(f"{where}: kind must be one of {KINDS}, not {kind!r}")
    doc = raw.get("doc")
    if not isinstance(doc, str) or not doc.strip():
        raise LexiconError(f"{where}: every table needs a 'doc'")
    field = _FIELD[kind]
    extra = set(raw) - {"kind", "doc", field}
    if extra:
        raise LexiconError(f"{where}: unknown keys {sorted(extra)}")
    value = raw.get(field)
    if kind in ("lemmas", "words", "names"):
        if not isinstance(value, str):
            raise LexiconError(f"{where}: {field!r} must be a whitespace-separated string")
        entries: list[Any] = value.split()
        check = _NAME if kind == "names" else _WORD
        bad = [w for w in entries if not check.fullmatch(w)]
        if bad:
            what = "single words" if kind == "names" else "lower-case single words"
            raise LexiconError(f"{where}: not {what}: {bad}")
    elif kind == "phrases":
        entries = _strings(where, field, value)
        bad = [p for p in entries if p != p.lower() or p != p.strip() or "  " in p]
        if bad:
            raise LexiconError(f"{where}: phrases must be lower-case and single-spaced: {bad}")
    elif kind == "mapping":
        if not isinstance(value, dict) or not all(
            isinstance(k, str) and k == k.lower() and isinstance(v, str | int)
            for k, v in value.items()
        ):
            raise LexiconError(f"{where}: {field!r} must map lower-case keys to strings or numbers")
        entries = list(value.items())
    elif kind == "pairs":
        if not isinstance(value, list) or not all(
            isinstance(p, list) and len(p) == 2 and all(isinstance(w, str) for w in p)
            for p in value
        ):
            raise LexiconError(f"{where}: {field!r} must be a list of two-string lists")
        entries = [(a, b) for a, b in value]
    elif kind == "dependency":
        entries = _dependency(where, value)
    else:
        entries = _strings(where, field, value)
    seen: set[Any] = set()
    keys = [e[0] for e in entries] if kind == "dependency" else entries
    dupes = [e for e in keys if e in seen or seen.add(e)]  # type: ignore[func-returns-value]
    if dupes:
        raise LexiconError(f"{where}: listed twice: {sorted(set(dupes), key=str)}")
    if kind == "regex":
        compiled = []
        for pattern in entries:
            try:
                compiled.append(re.compile(pattern))
            except re.error as exc:
                raise LexiconError(f"{where}: bad pattern {pattern!r}: {exc}") from exc
        entries = compiled
    return Table(name=key, doc=doc, kind=kind, entries=tuple(entries))


def _strings(where: str, field: str, value: Any) -> list[str]:
    if not isinstance(value, list) or not all(isinstance(v, str) and v for v in value):
        raise LexiconError(f"{where}: {field!r} must be a list of non-empty strings")
    return list(value)


def _dependency(where: str, value: Any) -> list[tuple[str, list[dict[str, Any]]]]:
    """Named DependencyMatcher patterns, validated by spaCy itself on an empty vocabulary."""
    from spacy.matcher import DependencyMatcher
    from spacy.vocab import Vocab

    if not isinstance(value, list) or not value:
        raise LexiconError(f"{where}: 'patterns' must be a list of {{name, pattern}} tables")
    matcher = DependencyMatcher(Vocab())
    out = []
    for item in value:
        if not isinstance(item, dict) or set(item) != {"name", "pattern"}:
            raise LexiconError(f"{where}: each pattern needs exactly 'name' and 'pattern'")
        name, pattern = item["name"], item["pattern"]
        try:
            matcher.add(name, [pattern])
        except (ValueError, TypeError, KeyError) as exc:
            raise LexiconError(f"{where}: bad dependency pattern {name!r}: {exc}") from exc
        out.append((name, pattern))
    return out

