"""The story evaluation: every metric on invented gold and predictions, the CLI, the gate."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from sourcetrace.evaluation import story as st
from sourcetrace.evaluation import story_metrics as sm
from sourcetrace.evaluation.cli import app

STORIES = Path(__file__).resolve().parents[2].parent / "shared" / "data" / "stories"

# Invented articles: one sentence per gold mention, so spans are easy to reason about.
A = ("Officials said the balloon spied. The ministry denied the balloon spied. "
     "Experts said it was a weather craft. Nobody said the jets fired.")  # fmt: skip
B = ("Sources said the balloon spied. The army said it was a weather craft. "
     "Witnesses said the jets fired twice. Pilots said the jets fired.")  # fmt: skip
TEXTS = {"a.txt": A, "b.txt": B, "c.txt": "Copy.", "d.txt": "Other."}


def _sent(text: str, sentence: str) -> list[int]:
    at = text.index(sentence)
    return [at, at + len(sentence)]


def _mention(file: str, quote: str, role: str = "reports", speaker: str = "x") -> dict[str, Any]:
    return {"file": file, "quote": quote, "role": role, "speaker": speaker}


GOLD: dict[str, Any] = {
    "duplicates": [{"files": ["a.txt", "b.txt", "c.txt"], "kind": "edited"}],
    "not_duplicates": [{"files": ["c.txt", "d.txt"]}],
    "speakers": [
        {"name": "officials", "type": "anonymous", "files": ["a.txt"]},
        {"name": "sources", "type": "anonymous", "files": ["b.txt"]},
        {"name": "witnesses", "type": "anonymous", "files": ["b.txt"]},  # no quote of theirs
        {"name": "experts", "type": "anonymous", "files": ["a.txt"], "aliases": ["the experts"]},
        {"name": "the ministry", "type": "organization", "files": ["a.txt"]},
    ],
    "claims": [
        {"id": "G1", "text": "the balloon spied", "grade": "C3",
         "first_reported_by": {"outlet": "The Daily Planet"}, "primary_sources": [{"source": "o"}],
         "mentions": [_mention("a.txt", "Officials said the balloon spied.", speaker="officials"),
                      _mention("a.txt", "The ministry denied the balloon spied.", "denies",
                               "the ministry"),
                      _mention("b.txt", "Sources said the balloon spied.", speaker="sources")]},
        {"id": "G2", "text": "a weather craft", "grade": "B4",
         "first_reported_by": {"outlet": "Reuters"}, "primary_sources": [{"source": "m"}],
         "mentions": [_mention("a.txt", "Experts said it was a weather craft.",
                               speaker="the experts"),
                      _mention("b.txt", "The army said it was a weather craft.", "denies")]},
        {"id": "G3", "text": "the jets fired", "grade": "A1",
         "first_reported_by": {"outlet": "CNN"}, "primary_sources": [],
         "mentions": [_mention("a.txt", "Nobody said the jets fired."),
                      _mention("b.txt", "Witnesses said the jets fired twice."),
                      _mention("b.txt", "Pilots said the jets fired.")]},
    ],
    "citations": [
        {"file": "a.txt", "outlet": "The Daily Planet"},
        {"file": "a.txt", "outlet": "The Daily Planet"},  # same pair, other evidence: counted once
        {"file": "b.txt", "outlet": "UPI"},
        {"file": "c.txt", "outlet": "Reuters"},
    ],
}  # fmt: skip


def _att(tid: str, art: str, sentence: str, speaker: str, claim: str | None,
         stance: str = "asserts") -> dict[str, Any]:  # fmt: skip
    text = A if art == "A" else B
    return {"id": tid, "article": art, "speaker": speaker, "stance": stance, "claim": claim,
            "span": _sent(text, sentence), "sentence_span": _sent(text, sentence)}  # fmt: skip


def _doc() -> dict[str, Any]:
    atts = [
        _att("t1", "A", "Officials said the balloon spied.", "s_anon", "P1"),
        _att("t2", "A", "The ministry denied the balloon spied.", "s_min", "P1", "denies"),
        _att("t3", "B", "Sources said the balloon spied.", "s_per", "P1"),  # typed person
        _att("t4", "A", "Experts said it was a weather craft.", "s_per", "P1"),
        _att("t5", "B", "The army said it was a weather craft.", "s_min", "P1", "denies"),
        _att("t6", "A", "Experts said it was a weather craft.", "s_anon", "P2"),
        _att("t7", "B", "Witnesses said the jets fired twice.", "s_w", "P3"),
        _att("t8", "B", "Pilots said the jets fired.", "s_w", None),
    ]
    claims = [
        # P1 is the giant cluster: it covers all of G1 and all of G2.
        {"id": "P1", "text": "giant", "grade": "C2", "mentions": ["t1", "t2", "t3", "t4", "t5"],
         "first_reported_by": ["Daily Planet (dailyplanet.com)", "Other"]},
        {"id": "P2", "text": "weather", "grade": "F4", "mentions": ["t6"],
         "first_reported_by": ["AP"]},
        {"id": "P3", "text": "jets", "grade": "A1", "mentions": ["t7"],
         "first_reported_by": ["CNN"]},
    ]  # fmt: skip
    return {
        "articles": [{"id": x.upper(), "path": f"/somewhere/{x}.txt"} for x in "abcd"],
        "duplicate_groups": [{"members": ["A", "B"]}, {"members": ["C", "D"]}],
        "speakers": [
            {"id": "s_anon", "type": "anonymous", "articles": ["A"]},
            {"id": "s_min", "type": "organization", "articles": ["A", "B"]},
            {"id": "s_per", "type": "person", "articles": ["A", "B"]},
            {"id": "s_w", "type": "anonymous", "articles": ["B"]},
        ],
        "attributions": atts,
        "claims": claims,
        "citations": [
            {"article": "A", "outlet": "Daily Planet"},
            {"article": "B", "outlet": "United Press International"},  # the registry's "UPI"
            {"article": "D", "outlet": "Reuters"},  # right outlet, wrong file
        ],
    }


def test_every_figure_on_invented_story() -> None:
    fig = sm.score_story(GOLD, _doc(), TEXTS)["figures"]
    # Copies: gold a-b, a-c, b-c; predicted a-b and c-d (a gold non-duplicate).
    assert fig["copy_precision"] == 1 / 2 and fig["copy_recall"] == 1 / 3
    assert fig["false_copies"] == 1
    # officials found; sources' attribution is typed person; witnesses by the file fallback;
    # experts through the alias their mention uses.
    assert fig["anonymous_recall"] == 3 / 4
    # G1 -> P1 (3/3), G2 -> P2 (1/2: exactly half is found), G3 -> P3 (1/3: not found).
    assert fig["claim_recall"] == 2 / 3
    assert fig["mention_recall"] == 5 / 8
    # P1 has 5 sentences on gold mentions, 3 of them G1's; P2 1 of 1; P3 1 of 1.
    assert fig["claim_purity"] == 5 / 7
    # G1's denial is a denies attribution of P1; G2's is a denies attribution of P1, not
    # of G2's match P2, so it does not count.
    assert fig["denial_recall"] == 1 / 2
    # Marked as denials on gold mentions of their own claim's match: only t2, rightly.
    assert fig["denial_precision"] == 1.0
    assert fig["grade_letter"] == 1 / 3 and fig["grade_number"] == 1 / 3
    assert fig["first_reporter"] == 1 / 3  # G3's right answer does not count: not found
    assert fig["f_share"] == 1 / 2
    assert fig["citation_precision"] == 2 / 3 and fig["citation_recall"] == 2 / 3
    assert fig["citation_f1"] == pytest.approx(2 / 3)
    parts = [1 / 3, 3 / 4, 2 / 3, 5 / 8, 5 / 7, 1 / 2, 1 / 3, 1 / 3, 2 / 3]
    assert fig["mean"] == pytest.approx(sum(parts) / len(parts))


def test_one_giant_claim_answers_for_one_gold_claim_only() -> None:
    doc = _doc()
    doc["claims"] = doc["claims"][:1]  # only P1, which covers every mention of G1 and G2
    pred = sm.index_prediction(doc)
    mentions = sm.gold_mentions(GOLD, TEXTS)
    assert sm.match_claims(mentions, pred) == {0: ("P1", 3)}
    fig = sm.score_story(GOLD, doc, TEXTS)["figures"]
    assert fig["claim_recall"] == 1 / 3 and fig["mention_recall"] == 3 / 8


@pytest.mark.parametrize(("stance", "denial_recall"), [("denies", 1.0), ("asserts", 0.5)])
def test_greedy_prefers_the_larger_cover(stance: str, denial_recall: float) -> None:
    doc = _doc()
    # P2 now covers both G2 mentions: G2 -> P2 (2) is taken before any 1-mention pair.
    doc["attributions"].append(_att("t9", "B", "The army said it was a weather craft.",
                                    "s_min", "P2", stance))  # fmt: skip
    doc["claims"][1]["mentions"].append("t9")
    matches = sm.match_claims(sm.gold_mentions(GOLD, TEXTS), sm.index_prediction(doc))
    assert matches == {0: ("P1", 3), 1: ("P2", 2), 2: ("P3", 1)}
    # The army's denial is covered either way; it counts only with the denies stance.
    fig = sm.score_story(GOLD, doc, TEXTS)["figures"]
    assert fig["denial_recall"] == denial_recall and fig["mention_recall"] == 6 / 8


def test_a_denial_marked_on_a_mention_that_asserts_is_wrong() -> None:
    doc = _doc()
    doc["attributions"][0]["stance"] = "denies"  # "Officials said the balloon spied."
    fig = sm.score_story(GOLD, doc, TEXTS)["figures"]
    assert fig["denial_precision"] == 1 / 2 and fig["denial_recall"] == 1 / 2
    claims = sm.score_story(GOLD, doc, TEXTS)["claims"]
    assert [m["marked_denial"] for m in claims[0]["mentions"]] == [True, True, False]
    listing = st.error_listing({"story": "invented", "claims": claims, "anonymous": []})
    assert any("Officials said" in line and "[stance denies: WRONG]" in line for line in listing)


def test_less_than_half_is_not_found_but_own_voice_sentences_cover() -> None:
    doc = _doc()
    # An own-voice sentence of P3 (no attribution) covers G3's first mention: 2 of 3.
    doc["claims"][2]["sentences"] = [["A", *_sent(A, "Nobody said the jets fired.")]]
    fig = sm.score_story(GOLD, doc, TEXTS)["figures"]
    assert fig["claim_recall"] == 1.0 and fig["mention_recall"] == 6 / 8
    assert fig["grade_letter"] == 2 / 3  # G3's A1 now counts


def test_content_span_stands_in_for_a_missing_sentence() -> None:
    doc = _doc()
    for a in doc["attributions"]:
        a["sentence_span"] = None
        a["span"] = [a["span"][0] + 2, a["span"][1] - 2]  # content inside the sentence
    assert sm.score_story(GOLD, doc, TEXTS)["figures"]["mention_recall"] == 5 / 8


def test_error_listing_says_where_mentions_went() -> None:
    res = sm.score_story(GOLD, _doc(), TEXTS)
    g2 = res["claims"][1]
    assert g2["match"]["id"] == "P2" and g2["found"]
    army = g2["mentions"][1]
    assert not army["covered"] and army["denial_found"] is False
    assert army["went_to"] == ["P1: giant"]
    pilots = res["claims"][2]["mentions"][2]
    assert pilots["went_to"] == ["attribution t8, in no claim"]
    nobody = res["claims"][2]["mentions"][0]
    assert nobody["went_to"] == ["no attribution/candidate overlaps"]
    res["story"] = "invented"
    text = "\n".join(st.error_listing(res))
    assert "G3 [NOT found, 1/3 mentions]" in text and "[stance NOT denies]" in text


def test_outlet_names() -> None:
    assert sm.same_outlet("The Washington Post", "Washington Post (washingtonpost.com)")
    assert sm.same_outlet("the moscow times", "The Moscow Times")
    # One outlet the registry knows by two names; two outlets stay two.
    assert sm.same_outlet("AP", "Associated Press")
    assert sm.same_outlet("UPI", "United Press International")
    assert not sm.same_outlet("AP", "Agence France-Presse")
    assert not sm.same_outlet("", "CNN") and not sm.same_outlet(None, "CNN")


def test_unmeasurable_figures_are_none_and_left_out_of_means() -> None:
    gold = {**GOLD, "duplicates": [], "not_duplicates": []}
    fig = sm.score_story(gold, _doc(), TEXTS)["figures"]
    assert fig["copy_recall"] is None
    assert sm.mean([None, 0.5, 1.0]) == 0.75
    avg = st.average([{"figures": {"x": None}}, {"figures": {"x": 0.4}}])
    assert avg == {"x": 0.4}


def _story_dir(tmp_path: Path) -> Path:
    """The invented story on disk: header block, blank line, body (the reader's layout)."""
    story = tmp_path / "invented"
    (story / "articles").mkdir(parents=True)
    for name, body in TEXTS.items():
        (story / "articles" / name).write_text(f"outlet: Site {name}\ndate: 2024-01-02\n\n{body}\n")
    (story / "gold.json").write_text(json.dumps(GOLD))
    return story


def test_text_read_from_files_when_the_json_has_none(tmp_path: Path) -> None:
    story = _story_dir(tmp_path)
    texts = st.article_texts(_doc(), story)  # paths point elsewhere: found under articles/
    assert texts == TEXTS
    res = st.evaluate_story(story, _doc())
    assert res["figures"]["mention_recall"] == 5 / 8


def test_cli_scores_predictions_and_writes_json(tmp_path: Path) -> None:
    story = _story_dir(tmp_path)
    pred = tmp_path / "analysis.json"
    pred.write_text(json.dumps(_doc()))
    out = tmp_path / "figures.json"
    args = ["story", str(story), "--predictions", str(pred), "--json", str(out), "--errors"]
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 0, result.output
    assert "invented" in result.output and "claim R" in result.output
    assert "G3 [NOT found" in result.output
    data = json.loads(out.read_text())
    assert data["stories"]["invented"]["figures"]["claim_recall"] == 2 / 3
    assert data["average"]["claim_recall"] == 2 / 3
    twice = CliRunner().invoke(app, ["story", str(story), str(story), "--predictions", str(pred)])
    assert twice.exit_code != 0
    # A file beside the story folders ("stories/*" takes the README) is skipped, said so.
    readme = tmp_path / "README.md"
    readme.write_text("the stories")
    globbed = CliRunner().invoke(app, ["story", str(readme), str(story), "--predictions", str(pred)])
    assert globbed.exit_code == 0, globbed.output
    assert "skipped" in globbed.output and "claim R" in globbed.output
    alone = CliRunner().invoke(app, ["story", str(readme)])
    assert alone.exit_code != 0 and "no story folder" in str(alone.exception)


# Measured on the dev stories with the pipeline of this commit (see BENCHMARKS.md); the
# floors sit just under them so one more lost claim (0.1 of a 10-claim story) fails. The
# vectors are the same on every x86 CPU (``nlp.int8``, 7-bit weights); with 8-bit weights
# CPUs without VNNI gave others and both stories scored differently there.
FLOORS = {
    "spy-balloon": {"copy_recall": 0.99, "anonymous_recall": 0.99, "claim_recall": 0.89,
                    "mention_recall": 0.68, "claim_purity": 0.87, "denial_recall": 0.49,
                    "denial_precision": 0.69, "grade_letter": 0.69, "grade_number": 0.69, "first_reporter": 0.79,
                    "citation_f1": 0.90, "via_recall": 0.80, "mean": 0.81},
    "kakhovka-dam": {"copy_recall": 0.99, "anonymous_recall": 0.99, "claim_recall": 0.99,
                     "mention_recall": 0.82, "claim_purity": 0.92, "denial_recall": 0.99,
                     "denial_precision": 0.99, "grade_letter": 0.79, "grade_number": 0.69, "first_reporter": 0.69,
                     "citation_f1": 0.90, "via_recall": 0.94, "mean": 0.90},
}  # fmt: skip


@pytest.mark.slow
def test_gate_dev_stories() -> None:
    assert STORIES.is_dir(), f"dev stories missing: {STORIES}"
    for name, floors in FLOORS.items():
        fig = st.evaluate_story(STORIES / name)["figures"]
        low = {k: (fig[k], v) for k, v in floors.items() if fig[k] is None or fig[k] < v}
        assert not low, f"{name}: below floor (measured, floor): {low}"
        assert fig["copy_precision"] == 1.0 and fig["false_copies"] == 0, (name, fig)


def test_origin_accuracy_reads_own_and_skips_what_the_texts_cannot_show() -> None:
    from sourcetrace.evaluation.story_copies import gold_origin, origin_scores

    gold = {"files": [
        {"file": "a.txt", "outlet": "Site A", "origin": "Reuters"},
        {"file": "b.txt", "outlet": "Site B", "origin": "own (Site B)"},
        {"file": "c.txt", "outlet": "TASS", "origin": "TASS (own)"},
        {"file": "d.txt", "outlet": "Site D", "origin": "uncredited wire copy (AFP per outside knowledge)"},
    ]}  # fmt: skip
    assert [gold_origin(f) for f in gold["files"]] == ["Reuters", "Site B", "TASS", None]
    doc = {"articles": [
        {"id": "1", "origin": {"outlet": "Reuters"}}, {"id": "2", "origin": {"outlet": "Reuters"}},
        {"id": "3", "origin": {"outlet": "TASS"}}, {"id": "4", "origin": None},
    ]}  # fmt: skip
    files = {"1": "a.txt", "2": "b.txt", "3": "c.txt", "4": "d.txt"}
    got = origin_scores(gold, files, doc)
    assert got == {"origin_accuracy": 2 / 3, "origins_gold": 3.0}
