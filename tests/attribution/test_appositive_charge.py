""""X has been accused of P, a charge it denies": the one accused denies P, and is no source
of the charge. Invented Ostland story, the real pipeline."""

from __future__ import annotations

from pathlib import Path

import pytest

import sourcetrace


def _said(tmp_path: Path, text: str) -> set[tuple[str, str, str]]:
    story = tmp_path / "story.txt"
    story.write_text(text + "\n", "utf-8")
    result = sourcetrace.analyze([str(story)], db=f"sqlite:///{tmp_path / 'r.db'}")
    return {(a["source_text"] or "", a["stance"] or "", a["content"])
            for a in result.attributions}


@pytest.mark.parametrize(("denier", "text"), [
    # The parser makes "denies" a relative clause of the apposition...
    ("it", "Ostland has been accused of sending troops to Varnia, a charge it denies."),
    # ... or glues "a charge" onto the denier as a compound.
    ("Ostland", "Ostland has been accused of sending troops to Varnia, a charge Ostland "
                "denies."),
])
def test_an_appositive_charge_is_denied_by_the_accused(tmp_path: Path, denier: str,
                                                        text: str) -> None:
    said = _said(tmp_path, text)
    assert (denier, "denies", "Ostland has been accused of sending troops to Varnia") in said
    # The accusation itself is someone's unnamed: the accused is no source of it.
    assert ("", "asserts", "sending troops to Varnia") in said, said
    assert not any(source == "Ostland" and stance != "denies" for source, stance, _ in said)


def test_the_one_accused_is_no_source(tmp_path: Path) -> None:
    said = _said(tmp_path, "Ivo Brant has been accused of hiding the convoy.")
    assert not any(source == "Ivo Brant" for source, _, _ in said), said
