"""Lexicon lint: every packaged word list loads and validates, lemma lists hold lemmas,
cue classes do not contradict each other, and word lists do not grow back into code."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

from sourcetrace.lexicons import LexiconError, alternation, available, lexicon, parse_lexicon

SRC = Path(__file__).resolve().parents[2] / "src" / "sourcetrace"
CAPABILITIES = ("ingest", "dedup", "nlp", "temporal", "attribution", "speakers", "citations",
                "geo", "stance", "claims", "provenance")


def test_an_alternation_tries_the_longest_word_first() -> None:
    pattern = re.compile(rf"(?:{alternation({'poll', 'Reuters/Ipsos poll', 'last', 'last week'})})")
    assert pattern.match("Reuters/Ipsos poll").group() == "Reuters/Ipsos poll"
    assert pattern.match("last  week").group() == "last  week"  # a space is any whitespace
    assert re.fullmatch(alternation(["u.s."]), "u.s.") and not re.match(alternation(["u.s."]), "uxsx")
    assert re.fullmatch(alternation(["a b"], space=" "), "a b") and not re.match(
        alternation(["a b"], space=" "), "a  b")
    assert re.search(alternation([]), "anything") is None
    assert alternation(["bb", "aa", "c"]) == alternation(["c", "aa", "bb"]) == "aa|bb|c"


def test_every_packaged_lexicon_loads() -> None:
    names = available()
    assert {"cues", "denial", "hedges", "questions", "report_nouns", "roles"} <= set(names)
    for name in names:
        lex = lexicon(name)
        assert lex.tables, name
        for table in lex.tables.values():
            assert table.entries, f"{name}.{table.name} is empty"


def _table(**fields: object) -> dict[str, object]:
    return {"doc": "a test lexicon", "t": {"doc": "a table", **fields}}


@pytest.mark.parametrize(("fields", "message"), [
    ({"kind": "lemmas", "words": "say tell say"}, "listed twice"),
    ({"kind": "lemmas", "words": "say Tell"}, "not lower-case single words"),
    ({"kind": "verbs", "words": "say"}, "kind must be one of"),
    ({"kind": "regex", "patterns": ["(unclosed"]}, "bad pattern"),
    ({"kind": "pairs", "entries": [["call"]]}, "two-string lists"),
    ({"kind": "phrases", "entries": ["According to"]}, "lower-case"),
    ({"kind": "mapping", "entries": {"Beijing": "China"}}, "lower-case keys"),
    ({"kind": "lemmas", "words": "say", "extra": 1}, "unknown keys"),
    ({"kind": "dependency", "patterns": [{"name": "p", "pattern": [
        {"RIGHT_ID": "v", "RIGHT_ATTRS": {"LEMMA": "say"}},
        {"LEFT_ID": "nowhere", "REL_OP": ">", "RIGHT_ID": "s", "RIGHT_ATTRS": {"DEP": "nsubj"}},
    ]}]}, "bad dependency pattern"),
    ({"kind": "dependency", "patterns": [{"name": "p"}]}, "exactly 'name' and 'pattern'"),
])
def test_the_loader_refuses_malformed_tables(fields: dict[str, object], message: str) -> None:
    with pytest.raises(LexiconError, match=message):
        parse_lexicon("test", _table(**fields))


def test_a_table_without_doc_is_refused() -> None:
    with pytest.raises(LexiconError, match="needs a 'doc'"):
        parse_lexicon("test", {"doc": "x", "t": {"kind": "words", "words": "a b"}})


def test_lemma_tables_hold_lemmas(nlp) -> None:  # type: ignore[no-untyped-def]
    # Compared with spaCy lemmas, an inflected entry ("told") could never match: read in
    # a verb slot and a noun slot, each entry must come back as its own lemma in one.
    bad = []
    for name in available():
        for table in lexicon(name).tables.values():
            if table.kind != "lemmas":
                continue
            words = list(table.entries)
            verbs = nlp.pipe(f"They will {w} it." for w in words)
            nouns = nlp.pipe(f"The {w} was new." for w in words)
            for w, v, n in zip(words, verbs, nouns, strict=True):
                if v[2].lemma_ != w and n[1].lemma_ != w:
                    bad.append(f"{name}.{table.name}: {w} ({v[2].lemma_})")
    assert bad == []


def test_the_lemma_check_catches_an_inflected_form(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("They will told it.")
    assert doc[2].lemma_ != "told"


def test_stance_cue_classes_do_not_contradict() -> None:
    # One verb, one stance as a cue: a lemma may not both deny and relay or question.
    deny = lexicon("denial").words("contradict") | lexicon("denial").words("dismissive")
    relay = lexicon("hedges").words("cues")
    question = lexicon("questions").words("cues")
    assert deny & relay == set() and deny & question == set() and relay & question == set()
    assert lexicon("denial").words("contradict") & lexicon("denial").words("dismissive") == set()


def _entries(value: ast.expr) -> int:
    """How many list entries a literal holds: strings in a collection, words in a string
    split into a word set, alternatives in a compiled pattern."""
    if isinstance(value, ast.Call):
        name = getattr(value.func, "id", None) or getattr(value.func, "attr", "")
        args = [a for a in value.args if isinstance(a, ast.Constant) and isinstance(a.value, str)]
        if name.endswith(("words", "wordset")) and args:
            return len(args[0].value.split())
        if name == "compile" and args:
            return args[0].value.count("|") + 1
    return sum(1 for n in ast.walk(value) if isinstance(n, ast.Constant) and isinstance(n.value, str))


# Word lists still typed into code, with their size today: the debt left to move into
# lexicons/en/. This table may only shrink; a new list, or a listed one grown, fails.
REMAINING = {
    "attribution/quotes.py:_CLOSERS": 28,
    "ingest/textmeta.py:FRONT_MATTER_KEYS": 10,
    "provenance/grade.py:_RELIABILITY_WORDS": 12,
    "stance/rules.py:_OUT_OF_SCOPE_DEPS": 10,
    "temporal/normalise.py:code": 10,
    "temporal/normalise.py:split": 15,
}


def _literal_lists() -> dict[str, int]:
    found = {}
    for cap in CAPABILITIES:
        for path in sorted((SRC / cap).rglob("*.py")):
            tree = ast.parse(path.read_text(encoding="utf-8"))
            for node in ast.walk(tree):
                if isinstance(node, ast.Assign | ast.AnnAssign) and node.value is not None:
                    target = node.targets[0] if isinstance(node, ast.Assign) else node.target
                    name = getattr(target, "id", None)
                    # Not word lists: exports, the timex rules' precedence (rule names) and
                    # the stance model's feature names.
                    if name is None or name in ("__all__", "__getattr__", "RULE_ORDER", "SCALAR_NAMES"):
                        continue
                    n = _entries(node.value)
                    if n > 8:
                        found[f"{path.relative_to(SRC).as_posix()}:{name}"] = n
    return found


def test_word_lists_do_not_grow_back_into_code() -> None:
    found = _literal_lists()
    new = {k: v for k, v in found.items() if k not in REMAINING}
    grown = {k: v for k, v in found.items() if k in REMAINING and v > REMAINING[k]}
    assert new == {} and grown == {}, (
        f"word lists belong in lexicons/en/ (new: {new}, grown: {grown})"
    )
    # A list moved out is struck from REMAINING, so the table stays the true debt.
    moved = sorted(set(REMAINING) - set(found))
    assert moved == [], f"no longer in code, strike from REMAINING: {moved}"


def test_the_literal_lint_sees_a_word_list() -> None:
    tree = ast.parse('X = _words("a b c d e f g h i j")\nY = re.compile(r"a|b|c")')
    sizes = [_entries(n.value) for n in tree.body if isinstance(n, ast.Assign)]
    assert sizes == [10, 3]
    assert re.fullmatch(r"\w+", "x")
