"""Quotation scanning: every quoting style, multi-paragraph quotes, stray marks."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from sourcetrace.attribution.quotes import find_quotes


def _texts(text: str) -> list[str]:
    return [text[q.start : q.end] for q in find_quotes(text)]


def test_every_double_quote_style() -> None:
    text = (
        'He said "straight one" and “curly one” then «guillemets» and „low high“ '
        "and »German style« too."
    )
    assert _texts(text) == [
        '"straight one"',
        "“curly one”",
        "«guillemets»",
        "„low high“",
        "»German style«",
    ]


def test_single_quotes_are_not_apostrophes() -> None:
    text = "She called it ‘a disgrace’ and the dogs’ bowls aren't 'full of water' today."
    assert _texts(text) == ["‘a disgrace’", "'full of water'"]


def test_typewriter_double_apostrophes() -> None:
    text = "He said ''we will win.'' Then ``nothing.''"
    assert _texts(text) == ["''we will win.''", "``nothing.''"]


def test_multi_paragraph_quote_continues() -> None:
    text = "“First paragraph of the quote.\n\n“Second paragraph,” she said.\n\nAfter."
    quotes = find_quotes(text)
    assert len(quotes) == 1
    assert text[quotes[0].start : quotes[0].end].endswith("paragraph,”")
    assert quotes[0].closed


def test_unbalanced_quote_does_not_drop_the_rest() -> None:
    text = 'He said "this never closes\n\nLater, she said "this one does" clearly.'
    quotes = find_quotes(text)
    assert [q.closed for q in quotes] == [False, True]
    assert text[quotes[1].start : quotes[1].end] == '"this one does"'


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("ab \"“”«»„‘’'\n.,")), max_size=80))
def test_never_fails_and_spans_are_in_range(text: str) -> None:
    for q in find_quotes(text):
        assert 0 <= q.start < q.end <= len(text)


def test_they_stands_for_a_plural_or_coordinated_subject_before(nlp) -> None:  # type: ignore[no-untyped-def]
    from sourcetrace.attribution.extract import extract_attributions

    text = ("Harbour master Ana Ruiz and a senior port official briefed reporters on Monday. "
            "They both said the ferry had been overloaded.")
    a = next(x for x in extract_attributions(nlp(text), article_id="a") if x.cue == "said")
    assert a.source_text == "They both"
    assert a.resolved_source == "Harbour master Ana Ruiz and a senior port official"
    assert a.resolved_span is not None
    assert text[a.resolved_span[0] : a.resolved_span[1]] == a.resolved_source
    # A singular subject before is not who "they" are.
    text = "The harbour master briefed reporters on Monday. They said the ferry sank."
    a = next(x for x in extract_attributions(nlp(text), article_id="a") if x.cue == "said")
    assert a.resolved_source is None


def test_a_straight_opener_closed_curly_ends_there() -> None:
    # Mixed marks from copy-editing: left open, the quotation ran over the next
    # paragraphs and swallowed their attributions ("..., he said").
    text = ('He called it "an environmental bomb of mass destruction” on Tuesday.\n\n'
            "“Such destruction is a crime,” he said.\n\n"
            'He said they did "all we can".')
    assert _texts(text) == ['"an environmental bomb of mass destruction”',
                            "“Such destruction is a crime,”", '"all we can"']
