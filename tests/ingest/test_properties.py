"""Property-based tests of the front-matter and JSONL readers."""

from __future__ import annotations

import json

from hypothesis import given, settings
from hypothesis import strategies as st

from sourcetrace.ingest.readers import Record, read_json_records
from sourcetrace.ingest.textmeta import split_metadata
from sourcetrace.models import Rejection

value = st.text(
    alphabet=st.characters(blacklist_categories=("Cc", "Cs", "Zl", "Zp"), blacklist_characters="\n\r"),
    min_size=1,
    max_size=40,
).map(str.strip).filter(bool)
body_line = st.text(
    alphabet=st.characters(blacklist_categories=("Cc", "Cs", "Zl", "Zp")), min_size=1, max_size=80
).filter(lambda s: s.strip() and ":" not in s and not s.lower().lstrip().startswith(("by ", "date", "source", "credit", "via", "published", "posted", "updated")))


@given(
    meta=st.dictionaries(st.sampled_from(["title", "outlet", "url", "author", "language"]), value, min_size=1),
    lines=st.lists(body_line, min_size=1, max_size=5),
)
@settings(max_examples=150, deadline=None)
def test_front_matter_round_trip(meta: dict[str, str], lines: list[str]) -> None:
    body = "\n".join(lines).strip()
    raw = "".join(f"{k}: {v}\n" for k, v in meta.items()) + "\n" + body + "\n"
    split = split_metadata(raw)
    assert {k: split.meta[k] for k in meta} == meta
    assert split.body == body


@given(
    records=st.lists(
        st.fixed_dictionaries(
            {"text": value},
            optional={"title": value, "outlet": value, "date": st.dates().map(str)},
        ),
        max_size=6,
    ),
    garbage=st.lists(st.text(max_size=30).filter(lambda s: "\n" not in s and "\r" not in s), max_size=4),
)
@settings(max_examples=150, deadline=None)
def test_jsonl_never_raises_and_accounts_for_every_line(
    records: list[dict[str, str]], garbage: list[str]
) -> None:
    lines = [json.dumps(r) for r in records] + garbage
    out = list(read_json_records("\n".join(lines), path="x.jsonl"))
    good = [o for o in out if isinstance(o, Record)]
    bad = [o for o in out if isinstance(o, Rejection)]
    assert len(good) >= len(records)
    nonblank = sum(1 for ln in lines if ln.strip())
    try:
        whole_array = isinstance(json.loads("\n".join(lines)), list)
    except ValueError:
        whole_array = False
    if not whole_array:  # a JSON array on one line legitimately yields one item per element
        assert len(good) + len(bad) <= nonblank
    assert all(r.reason for r in bad)
    for rec, src in zip(good, records, strict=False):
        assert rec.text
        if "date" in src and rec.line is not None and lines[rec.line - 1] == json.dumps(src):
            assert rec.date == src["date"]
