"""Stance scoring arithmetic and the eval gate on fixed dev subsets."""

from __future__ import annotations

import json
from pathlib import Path

from sourcetrace.evaluation.stance import emergent_split, evaluate, fnc_score, read_pairs, scores


def test_fnc_score_weights() -> None:
    gold = ["unrelated", "supports", "denies", "reports"]
    # unrelated right (.25), supports exact (1.0), denies related-only (.25), reports missed.
    pred = ["unrelated", "supports", "reports", "unrelated"]
    score, best = fnc_score(gold, pred)
    assert best == 0.25 + 3 * 1.0
    assert score == 0.25 + 1.0 + 0.25


def test_scores_macro_f1_and_relative() -> None:
    out = scores(["supports", "denies", "unrelated"], ["supports", "supports", "unrelated"])
    assert out["accuracy"] == 2 / 3
    assert out["f1_denies"] == 0.0
    assert abs(out["macro_f1"] - (2 / 3 + 0.0 + 1.0) / 3) < 1e-9
    assert "fnc_relative" in out
    assert "fnc_relative" not in scores(["supports"], ["supports"])


def test_emergent_split_is_by_claim_and_stable(shared_dir: Path) -> None:
    assert emergent_split("some-claim") == emergent_split("some-claim")
    pairs = read_pairs(shared_dir / "data" / "emergent" / "train.jsonl")
    split_of: dict[str, set[str]] = {}
    for p in pairs:
        split_of.setdefault(p.claim, set()).add(p.split)
    assert all(len(s) == 1 for s in split_of.values())
    dev = sum(p.split == "dev" for p in pairs) / len(pairs)
    assert 0.1 < dev < 0.35


def test_gate_fnc1_holdout_subset(shared_dir: Path, tmp_path: Path) -> None:
    d = shared_dir / "data" / "fnc1"
    out_file = tmp_path / "pred.jsonl"
    out = evaluate(d / "train_stances.jsonl", d / "train_bodies.jsonl", out_file,
                   split="holdout", limit=800)
    lines = [json.loads(line) for line in out_file.read_text().splitlines()]
    assert len(lines) == 800 and set(lines[0]) == {"id", "label"}
    assert out["fnc_relative"] >= 0.80
    assert out["macro_f1"] >= 0.50


def test_gate_emergent_dev(shared_dir: Path) -> None:
    out = evaluate(shared_dir / "data" / "emergent" / "train.jsonl", split="dev")
    assert out["accuracy"] >= 0.71
