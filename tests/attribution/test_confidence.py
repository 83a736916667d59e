"""Each attribution's confidence is its rule's precision, fitted on labelled data."""

from __future__ import annotations

import re
import tomllib
from typing import Any

from sourcetrace.attribution.confidence import OVERALL, confidence, table, table_path
from sourcetrace.attribution.extract import extract_attributions
from sourcetrace.training.attribution_confidence import count, render, smoothed


def test_the_packaged_table_is_what_the_fit_wrote() -> None:
    raw = table_path().read_text(encoding="utf-8")
    assert "sourcetrace train attribution-confidence" in raw
    rules = tomllib.loads(raw)["rules"]
    assert OVERALL in rules and len(rules) > 10
    for rule, entry in rules.items():
        # Not hand-set: every figure is the smoothed share of its own counts.
        assert entry["confidence"] == smoothed(entry["right"], entry["found"]), rule
        assert 0 <= entry["right"] <= entry["found"] <= rules[OVERALL]["found"]


def test_an_unseen_rule_takes_its_dependent_then_the_overall_figure() -> None:
    known = table()
    assert confidence("ccomp/never-seen") == known["ccomp"]
    assert confidence("no-such-rule") == known[OVERALL]
    assert confidence("ccomp/speech") == known["ccomp/speech"]


def test_an_attribution_carries_its_rule_and_that_rule_s_confidence(nlp: Any) -> None:
    text = ("The minister said that taxes would rise next year. "
            "According to the central bank, inflation will fall.")
    atts = extract_attributions(nlp(text), article_id="t")
    rules = {a.rule: a for a in atts}
    assert set(rules) >= {"ccomp/speech", "according_to"}, [(a.rule, a.content) for a in atts]
    for rule, att in rules.items():
        assert att.confidence == round(confidence(rule), 3)


def test_the_fit_counts_right_and_wrong_attributions_by_rule(nlp: Any) -> None:
    text = "The minister said that taxes would rise. Analysts believe the plan will fail."
    said = re.search(r"taxes would rise", text)
    analysts = re.search(r"Analysts", text)
    plan = re.search(r"the plan will fail", text)
    minister = re.search(r"The minister", text)
    assert said and analysts and plan and minister
    row = {"doc_id": "d", "text": text, "attributions": [
        # Right content and source for the speech verb; the belief's source is wrong in gold.
        {"content": [said.start(), said.end()], "source": [minister.start(), minister.end()]},
        {"content": [plan.start(), plan.end()], "source": [plan.start(), plan.start() + 3]},
    ]}
    found, right = count([row], [nlp(text)])
    assert found["ccomp/speech"] == 1 and right["ccomp/speech"] == 1
    assert found["ccomp/cognition"] == 1 and right["ccomp/cognition"] == 0
    assert found[OVERALL] == 2 and right[OVERALL] == 1 and found["ccomp"] == 2
    written = tomllib.loads(render(found, right, source="x.jsonl", documents=1))["rules"]
    assert written["ccomp/speech"]["confidence"] == smoothed(1, 1) == round(2 / 3, 3)
