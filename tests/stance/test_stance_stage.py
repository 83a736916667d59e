"""The stance stage as the pipeline runs it: speaker types reach the rules."""

from __future__ import annotations

from pathlib import Path

import sourcetrace


def test_an_outlet_speaking_relays_and_a_minister_asserts(tmp_path: Path) -> None:
    story = tmp_path / "story.txt"
    story.write_text(
        "Russia asked China for drones, the Financial Times said on Sunday.\n\n"
        "Foreign Minister Anna Berg said that Russia had asked China for drones.\n",
        encoding="utf-8",
    )
    result = sourcetrace.analyze([str(story)], db=f"sqlite:///{tmp_path / 'st.db'}")
    kind = {s["id"]: s["type"] for s in result.speakers}
    stance = {kind.get(a["speaker"]): a["stance"] for a in result.attributions}
    # The outlet relays what it reports (it was typed but never passed to the rule, so
    # every outlet "asserted"); the minister states it as her own.
    assert stance.get("outlet") == "reports"
    assert stance.get("person") == "asserts"
