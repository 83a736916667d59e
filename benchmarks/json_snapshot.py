"""Analyse fixed corpora and write (or compare) their JSON v1, to show a refactor changes nothing.

    python benchmarks/json_snapshot.py write  OUT_DIR   # analyse and write one JSON per corpus
    python benchmarks/json_snapshot.py check  OUT_DIR   # analyse again and diff against OUT_DIR

The corpora are the demo, the seeds, the two dev stories and one ECB+ dev topic (topic 18,
30 articles on an office shooting), all read from where they live (``demo/`` and
``../shared``), each analysed into a fresh SQLite store so no cache is shared. The run-level
fields that change on every run (timestamps, store paths) are dropped before comparing.
"""

from __future__ import annotations

import difflib
import json
import sys
import tempfile
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
ECB_TOPIC = "18"
# Fields that describe the run rather than the analysis.
VOLATILE = {"generated_at", "created_at", "started_at", "finished_at", "db", "store", "elapsed_s"}


def _ecb_sample(where: Path) -> Path:
    # Article ids hash the input's path, so the sample is written to a fixed place.
    out = where / "ecb-topic18.jsonl"
    with (SHARED / "data" / "ecbplus" / "train_dev_docs.jsonl").open(encoding="utf-8") as fh, \
            out.open("w", encoding="utf-8") as dst:
        for line in fh:
            doc = json.loads(line)
            if str(doc.get("topic_id")) == ECB_TOPIC:
                dst.write(json.dumps({"id": doc["doc_id"], "text": doc["text"]}) + "\n")
    return out


def corpora(where: Path) -> dict[str, Path]:
    return {
        "demo": ROOT / "demo" / "corpus",
        "seeds": SHARED / "corpora" / "seeds",
        "spy-balloon": SHARED / "data" / "stories" / "spy-balloon" / "articles",
        "kakhovka-dam": SHARED / "data" / "stories" / "kakhovka-dam" / "articles",
        "ecb-topic18": _ecb_sample(where),
    }


def _scrub(obj: Any) -> Any:
    if isinstance(obj, dict):
        return {k: _scrub(v) for k, v in obj.items() if k not in VOLATILE}
    if isinstance(obj, list):
        return [_scrub(v) for v in obj]
    return obj


def analyse(path: Path, tmp: Path, name: str) -> str:
    import sourcetrace

    result = sourcetrace.analyze([str(path)], db=f"sqlite:///{tmp / (name + '.db')}")
    out = tmp / f"{name}.json"
    result.to_json(str(out))
    data = json.loads(out.read_text(encoding="utf-8"))
    return json.dumps(_scrub(data), indent=1, sort_keys=True, ensure_ascii=False) + "\n"


def main(argv: list[str]) -> int:
    if len(argv) != 2 or argv[0] not in ("write", "check"):
        print(__doc__)
        return 2
    mode, where = argv[0], Path(argv[1])
    where.mkdir(parents=True, exist_ok=True)
    differ = 0
    with tempfile.TemporaryDirectory() as t:
        tmp = Path(t)
        for name, path in corpora(where).items():
            text = analyse(path, tmp, name)
            target = where / f"{name}.json"
            if mode == "write":
                target.write_text(text, encoding="utf-8")
                print(f"{name}: written ({len(text)} bytes)")
                continue
            before = target.read_text(encoding="utf-8")
            if before == text:
                print(f"{name}: identical")
                continue
            differ += 1
            diff = list(difflib.unified_diff(before.splitlines(), text.splitlines(),
                                             "before", "after", lineterm="", n=1))
            print(f"{name}: DIFFERS ({len(diff)} diff lines)")
            print("\n".join(diff[:60]))
    return 1 if differ else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
