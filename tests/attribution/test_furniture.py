"""Page furniture carries no one's statement: links to other stories, credits, captions."""

from __future__ import annotations

from typing import Any

from sourcetrace.attribution.extract import extract_attributions


def test_links_to_other_stories_are_not_attributions(nlp: Any) -> None:
    text = (
        "The finance minister said on Tuesday that the deficit would shrink next year.\n\n"
        "READ MORE: Federal budget won’t be balanced until 2040, Finance Department says\n\n"
        "Related: ‘Domestic realities,’ not a tweet, to blame for the migrants, expert says\n\n"
        "Getty Images\nAt the time, the company said it had about 50,000 old chips.\n"
    )
    atts = extract_attributions(nlp(text), article_id="t1")
    contents = [a.content for a in atts]
    assert any("the deficit would shrink" in c for c in contents), contents
    assert not any("balanced until 2040" in c or "to blame" in c for c in contents), contents
    # A sentence the parser ran on from a credit line into the text keeps its statement.
    assert any("50,000 old chips" in c for c in contents), contents
