"""How sourcing constructions come out: one invented sentence per construction, read by the
whole pipeline after a sentence asserting the claim it is about.

    .venv/bin/python benchmarks/constructions.py [--cases benchmarks/data/constructions.toml]

Each case (``benchmarks/data/constructions.toml``) names a speaker and the stance it should
take toward the claim "Ostland sent troops to Varnia" (asserts, denies, questions, or none:
no source of it at all). A case is right when the speaker's mentions in that claim carry
exactly that stance (none: no mention). Prints each case's outcome and the count right:
a check of kinds of wording, not a sample of any corpus, so the count is no accuracy.
"""

from __future__ import annotations

import argparse
import tempfile
import tomllib
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
CLAIM = "Ostland sent troops to Varnia last week, Ruritanian officials said on Monday. "


def outcome(text: str, speaker: str) -> set[str]:
    """The stances ``speaker`` takes toward the claim, as the pipeline reads ``text``."""
    import sourcetrace

    with tempfile.TemporaryDirectory() as tmp:
        story = Path(tmp) / "story.txt"
        story.write_text(CLAIM + text + "\n", "utf-8")
        result = sourcetrace.analyze([str(story)], db=f"sqlite:///{tmp}/r.db")
    name = {s["id"]: s["name"] or s["label"] for s in result.speakers}
    speaker_of = {a["id"]: name.get(a["speaker"] or "") for a in result.attributions}
    claim = next((c for c in result.claims if "troops" in c["text"]), None)
    if claim is None:
        return {"(no claim)"}
    return {stance for mention, stance in claim["stances"] if speaker_of.get(mention) == speaker}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--cases", type=Path, default=ROOT / "benchmarks" / "data" / "constructions.toml")
    args = ap.parse_args()
    cases: list[dict[str, Any]] = tomllib.loads(args.cases.read_text("utf-8"))["case"]
    right = 0
    for case in cases:
        got = outcome(case["text"], case["speaker"])
        ok = got == (set() if case["expect"] == "none" else {case["expect"]})
        right += ok
        shown = ", ".join(sorted(got)) or "none"
        print(f"{'ok   ' if ok else 'WRONG'} {case['expect']:9} got {shown:18} | {case['text'].strip()}")
    print(f"{right} of {len(cases)} constructions right")


if __name__ == "__main__":
    main()
