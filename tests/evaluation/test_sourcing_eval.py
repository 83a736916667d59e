"""`sourcetrace eval sourcing`: scoring pinned on invented data, and the real pipeline on
invented articles in the MCAE format."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from sourcetrace.cli import app
from sourcetrace.evaluation.sourcing import name_right, predicted_type, score


def test_scoring_counts_found_typed_and_named_statements() -> None:
    text = "Mara Velt said the port would reopen. Officials said trucks were waiting."
    rows = [{"doc_id": "d1", "text": text, "sourced_statements": [
        {"statement": "the port would reopen", "span": [15, 36], "source_type": "person",
         "source_name": "Mara Velt"},
        {"statement": "trucks were waiting", "span": [53, 72], "source_type": "anonymous",
         "source_name": "Officials"},
        {"statement": "lost", "span": None, "source_type": "person", "source_name": "X"},
    ]}]  # fmt: skip
    doc = {
        "articles": [{"id": "a1", "line": 1}],
        "speakers": [{"id": "s1", "name": "Mara Velt", "label": "Mara Velt", "type": "person"},
                     {"id": "s2", "name": None, "label": "Officials", "type": "organization"}],
        "attributions": [{"id": "t1", "article": "a1", "span": [15, 36], "speaker": "s1"},
                         {"id": "t2", "article": "a1", "span": [53, 72], "speaker": "s2"},
                         {"id": "t3", "article": "a1", "span": [0, 4], "speaker": None}],
    }  # fmt: skip
    result = score(rows, doc)
    fig = result["figures"]
    assert fig["statements"] == 2 and fig["statement_recall"] == 1.0
    assert fig["attribution_precision"] == pytest.approx(2 / 3)
    assert fig["type_accuracy"] == 0.5 and fig["name_accuracy"] == 1.0
    assert fig["whole_accuracy"] == 0.5
    assert result["confusion"][("anonymous", "organization")] == 1
    assert [e["error"] for e in result["errors"]] == ["type"]


def test_the_attribution_overlapping_a_statement_most_answers_for_it() -> None:
    # "While the difference may not seem like much, Rees said it can really matter": a
    # short speakerless attribution inside the statement covers it as fully as Rees's own.
    text = "While it may seem small, Ana Velt said it can really matter for renters."
    rows = [{"doc_id": "d1", "text": text, "sourced_statements": [
        {"statement": text, "span": [0, len(text)], "source_type": "person",
         "source_name": "Ana Velt"}]}]  # fmt: skip
    doc = {
        "articles": [{"id": "a1", "line": 1}],
        "speakers": [{"id": "s1", "name": "Ana Velt", "label": "Ana Velt", "type": "person"}],
        "attributions": [{"id": "t1", "article": "a1", "span": [6, 22], "speaker": None},
                         {"id": "t2", "article": "a1", "span": [39, 71], "speaker": "s1"}],
    }  # fmt: skip
    fig = score(rows, doc)["figures"]
    assert fig["whole_accuracy"] == 1.0


def test_types_and_names_as_the_benchmark_reads_them() -> None:
    assert predicted_type({"type": "outlet"}) == "organization"
    assert predicted_type(None) == "none"
    assert name_right("Reuters/Ipsos", {"name": None, "label": "a Reuters/Ipsos poll"})
    assert not name_right("Chris Chike", {"name": "Roger Clark", "label": "Roger Clark"})
    # no name in the gold: right when the speaker has none either
    assert name_right("", {"name": None, "label": "three people familiar with it"})
    assert not name_right("", {"name": "Jason Kwon", "label": "Jason Kwon"})
    assert not name_right("", None)


def test_command_runs_the_pipeline_on_mcae_style_rows(tmp_path: Path) -> None:
    text = ("The port authority of Veloria said on Tuesday that the northern terminal would "
            "stay closed for two weeks. \u201cNobody was hurt,\u201d said Mara Velt, the "
            "authority's director.")
    start = text.index("Nobody")
    data = tmp_path / "dev.jsonl"
    data.write_text(json.dumps({"doc_id": "d1", "text": text, "sourced_statements": [
        {"statement": "Nobody was hurt", "span": [start, start + 15], "source_type": "person",
         "source_name": "Mara Velt"}]}) + "\n", encoding="utf-8")  # fmt: skip
    out = tmp_path / "res.json"
    res = CliRunner().invoke(app, ["eval", "sourcing", str(data), "--json", str(out)])
    assert res.exit_code == 0, res.output
    assert "statement recall             1.000" in res.output
    saved = json.loads(out.read_text(encoding="utf-8"))
    assert saved["figures"]["whole_accuracy"] == 1.0


# Floors just under the figures in BENCHMARKS.md ("Sourcing"): one more statement typed or
# named wrong in about a hundred fails the gate.
MCAE_FLOORS = {"statement_recall": 0.87, "type_accuracy": 0.90, "name_accuracy": 0.86,
               "whole_accuracy": 0.74}  # fmt: skip


@pytest.mark.slow
def test_gate_mcae_dev(shared_dir: Path) -> None:
    from sourcetrace.evaluation.attribution import read_records
    from sourcetrace.evaluation.sourcing import analyse

    rows = read_records(shared_dir / "data" / "mcae" / "dev.jsonl")
    fig = score(rows, analyse(rows))["figures"]
    low = {k: (fig[k], v) for k, v in MCAE_FLOORS.items() if fig[k] < v}
    assert not low, f"below floor (measured, floor): {low}"
