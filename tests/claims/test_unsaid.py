"""A verb of saying under "to" is a statement only when the saying took place ("went on to
say", "was quick to point out", "took to Twitter to say"): an expected, wanted or purposed
saying ("is expected to tell", "plans to announce", "steps to guarantee") stays an
attribution, as annotated corpora mark it, but its speaker is no source of what it would
say. Invented Ostland story, the real pipeline."""

from __future__ import annotations

from pathlib import Path

import pytest

import sourcetrace

CLAIM = "Ostland sent troops to Varnia last week, Ruritanian officials said on Monday. "


def _stances(tmp_path: Path, text: str) -> dict[str, set[str]]:
    """Who takes which stances toward the troops claim."""
    story = tmp_path / "story.txt"
    story.write_text(CLAIM + text + "\n", "utf-8")
    result = sourcetrace.analyze([str(story)], db=f"sqlite:///{tmp_path / 'r.db'}")
    source = {a["id"]: a["source_text"] for a in result.attributions}
    claim = next(c for c in result.claims if "troops" in c["text"])
    out: dict[str, set[str]] = {}
    for att, stance in claim["stances"]:
        out.setdefault(source[att] or "", set()).add(stance)
    return out


@pytest.mark.parametrize(("text", "speaker"), [
    ("Ivo Brant is expected to tell reporters that Ostland sent troops to Varnia.",
     "Ivo Brant"),
    ("Ivo Brant plans to announce that Ostland sent troops to Varnia.", "Ivo Brant"),
    ("Unless Ostland takes steps to guarantee that it did not send troops to Varnia, the "
     "talks should be cancelled, the minister said.", "Ostland"),
])
def test_a_saying_not_done_has_no_source(tmp_path: Path, text: str, speaker: str) -> None:
    assert speaker not in _stances(tmp_path, text)


@pytest.mark.parametrize(("text", "speaker", "stance"), [
    ("Ivo Brant went on to say that Ostland had sent troops to Varnia.", "Ivo Brant",
     "asserts"),
    ("Ivo Brant was quick to point out that Ostland had sent troops to Varnia.", "Ivo Brant",
     "asserts"),
    ("Ivo Brant took to Twitter to deny that Ostland sent troops to Varnia.", "Ivo Brant",
     "denies"),
])
def test_a_saying_done_keeps_its_source(tmp_path: Path, text: str, speaker: str,
                                        stance: str) -> None:
    stances = _stances(tmp_path, text)
    assert stances.get(speaker) == {stance}, stances
