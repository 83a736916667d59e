"""Any odd analysis (bad spans, hostile strings, dangling ids) still renders safely."""

from __future__ import annotations

from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from sourcetrace.report import render_report

NASTY = st.text(alphabet=st.sampled_from(list("ab <>&\"'/\n\u202e\U0001f600")), max_size=30)
SPAN = st.one_of(st.none(), st.tuples(st.integers(-3, 40), st.integers(-3, 40)).map(list))
IDS = st.sampled_from(["a1", "a2", "missing"])


@st.composite
def analyses(draw: Any) -> dict[str, Any]:
    arts = [{"id": i, "path": "p", "outlet": draw(st.one_of(st.none(), NASTY)),
             "title": draw(st.one_of(st.none(), NASTY)), "published": None,
             "language": "en", "words": 1, "duplicate_of": None, "text": draw(NASTY)}
            for i in ("a1", "a2")]
    atts = [{"id": f"t{n}", "article": draw(IDS), "kind": "direct", "content": draw(NASTY),
             "span": draw(SPAN), "sentence_span": draw(SPAN), "speaker": draw(st.sampled_from(["s1", "zz", None])),
             "stance": draw(st.sampled_from(["asserts", "denies", None]))} for n in range(3)]
    claims = [{"id": "c1", "text": draw(NASTY), "articles": draw(st.lists(IDS, max_size=3)),
               "asserted_by": ["s1"], "denied_by": draw(st.lists(st.sampled_from(["s1", "zz"]))),
               "first_reported_by": draw(st.lists(NASTY, max_size=2)), "grade": None,
               "reasons": [draw(NASTY)], "mentions": ["t0", "t1", "t2", "nope"],
               "sentences": [["a1", 0, 5], ["missing", 1, 2]]}]
    cits = [{"id": "ci", "article": draw(IDS), "outlet": draw(NASTY), "cue": draw(NASTY),
             "span": draw(SPAN), "kind": "citation"}]
    speakers = [{"id": "s1", "name": None, "label": draw(NASTY), "type": "anonymous",
                 "articles": ["a1"], "descriptors": {"x": draw(NASTY)}}]
    return {"articles": arts, "attributions": atts, "claims": claims, "citations": cits,
            "speakers": speakers, "events": [], "duplicate_groups": [], "rejected": []}


@given(analyses())
@settings(max_examples=60, deadline=None)
def test_odd_analyses_render_safely(doc: dict[str, Any]) -> None:
    page = render_report(doc)
    assert page.count("<script") == 1
    assert page.rstrip().endswith("</html>")
