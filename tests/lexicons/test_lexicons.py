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
                "geo", "stance", "claims", "provenance", "output")
# The literal-collection lint leaves output out: its tuples of field names are the export
# schema, not words. A word alternation in a string is caught there too.
LITERAL_CAPABILITIES = tuple(c for c in CAPABILITIES if c != "output")


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
# Module-level literals are named by their variable, alternations in a string by the
# function (or module-level name) they sit in.
REMAINING = {
    # The grading scale's letters and their descriptions: report text, not a word list.
    "provenance/grade.py:_RELIABILITY_WORDS": 12,
    # TimeML's unit letters (day -> D, hour -> TH): the value format, not English words.
    "temporal/normalise.py:code": 10,
    "temporal/normalise.py:split": 15,
    # spaCy's DependencyMatcher relation operators and token attributes: the pattern
    # format the lexicons are written in, not English words.
    "nlp/treematch.py:_ATTRS": 10,
    "nlp/treematch.py:_OPS": 20,
}


def _literal_lists() -> dict[str, int]:
    found = {}
    for cap in LITERAL_CAPABILITIES:
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


_REGEX_NOISE = re.compile(
    r"\\[bBsSdwWAZ]|\\(.)|\(\?(?:P<\w+>|[:=!]|<[=!]|[-aiLmsux]+:?)|[()?*+^$]|\{\d*,?\d*\}"
)
_GROUP_OPEN = re.compile(r"\((?:\?(?:P<\w+>|[:=!]|<[=!]|[-aiLmsux]+:?))?")
_BARE_WORD = re.compile(r"[A-Za-z][A-Za-z'’.\- ]*")


def _bare_words(alternatives: list[str]) -> int:
    """How many alternatives are a bare word or phrase once regex syntax is stripped."""
    stripped = (_REGEX_NOISE.sub(lambda m: m.group(1) or "", a).strip() for a in alternatives)
    return sum(1 for a in stripped if a and _BARE_WORD.fullmatch(a))


def word_alternatives(text: str) -> int:
    """The most word alternatives in one alternation group of ``text`` ("a|b|(?:c|d)" has
    two in each). A character class or a nested group makes an alternative no bare word;
    a string that is no regex still counts its ``|``-separated words."""
    best, stack, i = 0, [[""]], 0
    while i < len(text):
        c = text[i]
        if c == "\\":
            stack[-1][-1] += text[i : i + 2]
            i += 2
        elif c == "[":
            end = text.find("]", i + 2)
            stack[-1][-1] += "#"
            i = len(text) if end < 0 else end + 1
        elif c == "(":
            stack[-1][-1] += "#"
            stack.append([""])
            i += len(_GROUP_OPEN.match(text, i).group())  # type: ignore[union-attr]
        elif c == ")" and len(stack) > 1:
            best = max(best, _bare_words(stack.pop()))
            i += 1
        elif c == "|":
            stack[-1].append("")
            i += 1
        else:
            stack[-1][-1] += c
            i += 1
    return max([best, *(_bare_words(alts) for alts in stack)])


def _strings_in(tree: ast.AST) -> list[tuple[str, int, str]]:
    """Every string constant outside docstrings, with the function or module-level name it
    sits in (an f-string as one string, its fields as "#")."""
    found: list[tuple[str, int, str]] = []

    def visit(node: ast.AST, owner: str) -> None:
        if isinstance(node, ast.Expr) and isinstance(node.value, ast.Constant):
            return  # a docstring, or a bare string used as a comment
        if isinstance(node, ast.JoinedStr):
            text = "".join(v.value if isinstance(v, ast.Constant) else "#" for v in node.values)
            found.append((owner, node.lineno, text))
            return
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            found.append((owner, node.lineno, node.value))
            return
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
            owner = node.name if owner == "<module>" else owner
        elif isinstance(node, ast.Assign | ast.AnnAssign) and owner == "<module>":
            target = node.targets[0] if isinstance(node, ast.Assign) else node.target
            owner = getattr(target, "id", owner)
        for child in ast.iter_child_nodes(node):
            visit(child, owner)

    visit(tree, "<module>")
    return found


def _inline_alternations() -> dict[str, int]:
    found: dict[str, int] = {}
    for cap in CAPABILITIES:
        for path in sorted((SRC / cap).rglob("*.py")):
            for owner, _line, text in _strings_in(ast.parse(path.read_text(encoding="utf-8"))):
                n = word_alternatives(text)
                if n > 8:
                    key = f"{path.relative_to(SRC).as_posix()}:{owner}"
                    found[key] = max(n, found.get(key, 0))
    return found


def test_word_lists_do_not_grow_back_into_code() -> None:
    found = _literal_lists()
    for key, n in _inline_alternations().items():
        found[key] = max(n, found.get(key, 0))
    new = {k: v for k, v in found.items() if k not in REMAINING}
    grown = {k: v for k, v in found.items() if k in REMAINING and v > REMAINING[k]}
    assert new == {} and grown == {}, (
        f"word lists belong in lexicons/en/ (new: {new}, grown: {grown})"
    )
    # A list moved out is struck from REMAINING, so the table stays the true debt.
    moved = sorted(set(REMAINING) - set(found))
    assert moved == [], f"no longer in code, strike from REMAINING: {moved}"


def test_the_alternation_lint_sees_words_in_any_string() -> None:
    assert word_alternatives("a|b|c|d|e|f|g|h|i") == 9
    assert word_alternatives(r"\b(?:(?P<d>the|its)\s+)?(?:one|two|three)\s+(?:[a-z]+|x)") == 3
    assert word_alternatives(r"(?-i:Mon|Tue|Wed)\.|\bthis\s+past|last|next") == 3
    assert word_alternatives(r"[|||||||||]|\d+|\||\(") == 0
    source = (
        '"""a|b|c|d|e|f|g|h|i"""\n'
        '@rule("x", rf"\\b(?:{X}|a|b|c|d|e|f|g|h|i)")\n'
        'def f(): return re.search(r"\\b(?:a|b|c|d|e|f|g|h|i|j)\\b", t)\n'
        'Y = "a|b"\n'
    )
    assert sorted((o, word_alternatives(t)) for o, _, t in _strings_in(ast.parse(source))) == [
        ("Y", 2), ("f", 1), ("f", 9), ("f", 10)]


def test_the_literal_lint_sees_a_word_list() -> None:
    tree = ast.parse('X = _words("a b c d e f g h i j")\nY = re.compile(r"a|b|c")')
    sizes = [_entries(n.value) for n in tree.body if isinstance(n, ast.Assign)]
    assert sizes == [10, 3]
    assert re.fullmatch(r"\w+", "x")


def test_any_of_finds_what_one_of_the_patterns_finds() -> None:
    import re

    from sourcetrace.lexicons import any_of

    pats = (re.compile(r"\bbaseless\b"), re.compile(r"\bfake news\b"), re.compile(r"\bdenie[sd]\b"))
    joined = any_of(pats)
    assert joined is not None
    for text in ("a baseless claim", "it was fake news", "he denied it", "basel", "fake newsroom",
                 ""):
        assert (joined.search(text) is not None) == any(p.search(text) for p in pats)
    # Patterns that cannot be joined safely are left to be tried one by one.
    assert any_of((re.compile(r"(a)\1"), re.compile("b"))) is None
    assert any_of((re.compile("a", re.I), re.compile("b"))) is None
    assert any_of((re.compile(r"(?P<x>a)"), re.compile("b"))) is None
    assert any_of(()) is None
