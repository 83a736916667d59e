"""The anchored matcher finds exactly what spaCy's ``DependencyMatcher`` finds: on real
parses, for every dependency pattern the project keeps as data and for every relation
operator spaCy defines, and it refuses what it does not read."""

from __future__ import annotations

from pathlib import Path

import pytest
from spacy.matcher import DependencyMatcher

from sourcetrace.lexicons import lexicon
from sourcetrace.nlp.treematch import TreePattern

_SENTENCES = (
    "Kyiv and Moscow blamed each other for the attack, Reuters said.",
    "The ministry dismissed as nonsense reports that troops had crossed the river.",
    "He told media outlets that Beijing knew, according to two officials.",
    "It was reported by Reuters that the dam was destroyed by explosions, which Kyiv "
    "blamed on Russia.",
    "The officer explained to police officers that he was camping near the lake.",
    "Officials left early. She stayed at home, said the report. Then they met again.",
)


@pytest.fixture(scope="module")
def docs(nlp, seeds_dir: Path) -> list:  # type: ignore[no-untyped-def]
    texts = [p.read_text(encoding="utf-8") for p in sorted(seeds_dir.iterdir()) if p.is_file()]
    return [nlp(t) for t in [*texts, *_SENTENCES]]


def _spacy(nlp, pattern, doc) -> list[list[int]]:  # type: ignore[no-untyped-def]
    matcher = DependencyMatcher(nlp.vocab)
    matcher.add("p", [pattern])
    return sorted(ids for _, ids in matcher(doc))


def test_every_kept_pattern_matches_as_spacy_does(nlp, docs) -> None:  # type: ignore[no-untyped-def]
    compared = found = 0
    for name in ("accusations", "attribution_shapes"):
        for key, table in lexicon(name).tables.items():
            if table.kind != "dependency":
                continue
            for label, pattern in lexicon(name).dependency(key):
                tree = TreePattern(pattern)
                for doc in docs:
                    want = _spacy(nlp, pattern, doc)
                    assert sorted(tree.in_doc(doc)) == want, (name, key, label)
                    # From an anchor: exactly the matches that start there.
                    for i in {ids[0] for ids in want}:
                        assert tree.at(doc[i]) == [ids for ids in want if ids[0] == i]
                    compared += 1
                    found += len(want)
    assert compared > 0 and found > 0


_OPS = ("<", ">", "<<", ">>", ".", ".*", ";", ";*", "$+", "$-", "$++", "$--",
        ">+", ">-", ">++", ">--", "<+", "<-", "<++", "<--")  # fmt: skip


@pytest.mark.parametrize("op", _OPS)
def test_each_relation_operator_as_spacy_reads_it(nlp, docs, op: str) -> None:  # type: ignore[no-untyped-def]
    # Three nodes, the second reached from the first and the third from the second, all
    # loose, so that roots, sentence edges and leaves are all anchors.
    pattern = [
        {"RIGHT_ID": "a", "RIGHT_ATTRS": {}},
        {"LEFT_ID": "a", "REL_OP": op, "RIGHT_ID": "b", "RIGHT_ATTRS": {}},
        {"LEFT_ID": "b", "REL_OP": op, "RIGHT_ID": "c", "RIGHT_ATTRS": {}},
    ]
    tree = TreePattern(pattern)
    total = 0
    for doc in docs[-len(_SENTENCES):]:
        want = _spacy(nlp, pattern, doc)
        assert sorted(tree.in_doc(doc)) == want
        total += len(want)
    assert total > 0 or op in ("<+", "<-", "$+", "$-", ">+", ">-")


@pytest.mark.parametrize(
    ("node", "message"),
    [({"LEFT_ID": "a", "REL_OP": "^", "RIGHT_ID": "b"}, "REL_OP"),
     ({"LEFT_ID": "a", "REL_OP": ">", "RIGHT_ID": "b", "RIGHT_ATTRS": {"MORPH": "Number=Sing"}},
      "MORPH"),
     ({"LEFT_ID": "a", "REL_OP": ">", "RIGHT_ID": "b", "RIGHT_ATTRS": {"LOWER": {"REGEX": "^x"}}},
      "REGEX"),
     ({"LEFT_ID": "z", "REL_OP": ">", "RIGHT_ID": "b"}, "LEFT_ID")],
)
def test_what_it_does_not_read_is_refused(node: dict, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        TreePattern([{"RIGHT_ID": "a", "RIGHT_ATTRS": {"POS": "VERB"}}, node])
