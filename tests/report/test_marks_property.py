"""Marking any spans over any text keeps the text intact and the HTML well nested."""

from __future__ import annotations

import html
import re

from hypothesis import given, settings
from hypothesis import strategies as st

from sourcetrace.report.data import Evidence
from sourcetrace.report.marks import render_marked

TEXT = st.text(alphabet=st.sampled_from(list("ab <>&\"'\n\u00e9\u201c\U0001f600")), max_size=60)
SPANS = st.lists(st.tuples(st.integers(-5, 70), st.integers(-5, 70)), max_size=8)


@given(TEXT, SPANS)
@settings(max_examples=200, deadline=None)
def test_marks_keep_text_and_never_nest(text: str, spans: list[tuple[int, int]]) -> None:
    out = render_marked(text, [Evidence("a", s, "attribution") for s in spans])
    assert html.unescape(re.sub(r"<[^>]*>", "", out)) == text
    depth = 0
    for tag in re.findall(r"</?mark\b", out):
        depth += -1 if tag.startswith("</") else 1
        assert depth in (0, 1)
    assert depth == 0
    assert "<" not in re.sub(r"<(/?mark|span)[^>]*>|</span>", "", out)
