"""How sourcing constructions come out: one invented sentence per construction, read by the
whole pipeline after a sentence asserting the claim it is about.

    .venv/bin/python benchmarks/constructions.py [--cases benchmarks/data/constructions.toml]

Each case (``benchmarks/data/constructions.toml``) names a speaker and the stance it should
take toward the claim "Ostland sent troops to Varnia" (asserts, denies, questions,
supports: asserts or reports, or none: no source of it at all), and optionally the outlets
it comes through (``via``) and the speaker's type (``type``: person, anonymous,
organization, outlet, other). A case is right when the speaker's mentions in that claim
carry exactly that stance (none: no mention), that chain and that type, and no one else in
the sentence is made a speaker (shown as "+name"). Prints each case's outcome and the count right:
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


def outcome(text: str, speaker: str, expected: tuple[str, ...] = ()
            ) -> tuple[set[str], set[tuple[str, ...]], set[str]]:
    """The stances ``speaker`` takes toward the claim, as the pipeline reads ``text``, the
    outlets each of its mentions comes through and the types it is given; ``expected``
    names the other speakers the sentence has (a party denying what the speaker says)."""
    import sourcetrace

    with tempfile.TemporaryDirectory() as tmp:
        story = Path(tmp) / "story.txt"
        story.write_text(CLAIM + text + "\n", "utf-8")
        result = sourcetrace.analyze([str(story)], db=f"sqlite:///{tmp}/r.db")
    name = {s["id"]: s["name"] or s["label"] for s in result.speakers}
    kind = {s["id"]: s["type"] for s in result.speakers}
    speaker_of = {a["id"]: name.get(a["speaker"] or "") for a in result.attributions}
    via = {a["id"]: tuple(a["via"] or ()) for a in result.attributions}
    claim = next((c for c in result.claims if "troops" in c["text"]), None)
    if claim is None:
        return {"(no claim)"}, set(), set()
    mine = [(m, s) for m, s in claim["stances"] if speaker_of.get(m) == speaker]
    # Who else the text makes a speaker: a construction misread can credit a bystander
    # ("citing two officials" hung on P made Ostland "report" the officials).
    others = {n for n in speaker_of.values() if n not in (speaker, None, *expected)}
    speaker_id = {a["id"]: a["speaker"] for a in result.attributions}
    return {s for _, s in mine} | {f"+{n}" for n in others if n != "Ruritanian officials"}, {
        via[m] for m, _ in mine}, {kind.get(speaker_id[m] or "", "?") for m, _ in mine}


def right(case: dict[str, Any], stances: set[str], vias: set[tuple[str, ...]],
          types: set[str] | None = None) -> bool:
    """The case's expectation met: "supports" is asserting or reporting it; a ``via``, when
    given, is the one chain of outlets every mention comes through; a ``type``, the one
    type the speaker is given."""
    if case["expect"] == "none":
        return not {s for s in stances if not s.startswith("+")}
    want = {"asserts", "reports"} if case["expect"] == "supports" else {case["expect"]}
    ok = bool(stances) and stances <= want  # no other speaker ("+name") either
    return ok and ("via" not in case or vias == {tuple(case["via"])}) and (
        "type" not in case or (types or set()) == {case["type"]})


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--cases", type=Path,
                    default=ROOT / "benchmarks" / "data" / "constructions.toml")
    args = ap.parse_args()
    cases: list[dict[str, Any]] = tomllib.loads(args.cases.read_text("utf-8"))["case"]
    count = 0
    for case in cases:
        stances, vias, types = outcome(case["text"], case["speaker"], tuple(case.get("others", ())))
        ok = right(case, stances, vias, types)
        count += ok
        shown = (", ".join(sorted(stances)) or "none") + "".join(
            f" via {' > '.join(v)}" for v in sorted(vias) if v) + (
            f" ({', '.join(sorted(types))})" if "type" in case else "")
        mark = "ok   " if ok else "WRONG"
        print(f"{mark} {case['expect']:9} got {shown:30} | {case['text'].strip()}")
    print(f"{count} of {len(cases)} constructions right")


if __name__ == "__main__":
    main()
