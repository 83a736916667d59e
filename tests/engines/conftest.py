"""Engine fixtures: a corpus of real news bodies (read from ../shared at run time)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from sourcetrace.pipeline import all_stages, check_order


def available_stages() -> list[str]:
    """Every article stage, with dedup and speakers around them: every stage the registry
    holds is installed (each capability registers its own), so the engine tests run the
    whole per-article pipeline.

    Later corpus stages run in the main process after the engine is done, exactly
    as in a serial run; they are left to their own tests.
    """
    names: list[str] = []
    for stage in all_stages():
        if stage.scope == "corpus" and stage.name not in ("ingest", "dedupe", "speakers"):
            continue
        chosen = [s for s in all_stages() if s.name in {*names, stage.name}]
        try:
            check_order(chosen)
        except Exception:  # needs a corpus stage left out above
            continue
        names.append(stage.name)
    return names


def write_corpus(shared: Path, out: Path, n: int) -> Path:
    """``n`` FNC-1 bodies as JSONL, plus an edited copy of every tenth (for dedup)."""
    rows = []
    with (shared / "data" / "fnc1" / "train_bodies.jsonl").open(encoding="utf-8") as fh:
        for line in fh:
            body = json.loads(line)["body"]
            if 400 < len(body) < 2500:
                rows.append(body)
            if len(rows) == n:
                break
    with out.open("w", encoding="utf-8") as fh:
        for i, body in enumerate(rows):
            fh.write(json.dumps({"text": body, "outlet": f"Outlet {i % 7}"}) + "\n")
            if i % 10 == 0:
                edited = body.replace(" the ", " The ", 1) + " (Updated.)"
                fh.write(json.dumps({"text": edited, "outlet": "Copy Desk"}) + "\n")
    return out


@pytest.fixture(scope="session")
def corpus_writer():  # type: ignore[no-untyped-def]
    return write_corpus


@pytest.fixture(scope="session")
def stage_names() -> list[str]:
    return available_stages()
