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


def test_stances_read_on_the_workers_are_the_stances_read_at_the_end(tmp_path: Path) -> None:
    """The words are read in the per-article block (cached with the article); only the
    outlet rule waits for the speakers. Without that block stage the corpus stage reads
    everything itself, and the two agree, outlets included."""
    story = tmp_path / "story.txt"
    story.write_text(
        "Russia asked China for drones, the Financial Times said on Sunday.\n\n"
        "Foreign Minister Anna Berg said that Russia had not asked China for anything.\n\n"
        "Beijing dismissed the report as disinformation, a spokesman said.\n\n"
        "Asked whether Moscow had made the request, the ministry's spokesman, Li Wen, "
        "said: \"Is that what they are saying now?\"\n",
        encoding="utf-8",
    )
    everything = sourcetrace.analyze([str(story)], db=f"sqlite:///{tmp_path / 'a.db'}")
    names = [s.name for s in sourcetrace.pipeline.all_stages() if s.name != "attribution_stance"]
    at_the_end = sourcetrace.analyze([str(story)], db=f"sqlite:///{tmp_path / 'b.db'}",
                                     stages=names)
    kind = {s["id"]: s["type"] for s in everything.speakers}
    got = [(a["content"], a["stance"]) for a in everything.attributions]
    assert got == [(a["content"], a["stance"]) for a in at_the_end.attributions]
    by_kind = {kind.get(a["speaker"]): a["stance"] for a in everything.attributions}
    assert by_kind.get("outlet") == "reports"
    assert {"denies", "reports"} <= {stance for _, stance in got}


def test_a_negated_content_is_read_on_the_articles_parse(nlp) -> None:  # type: ignore[no-untyped-def]
    """No second parse: the per-article reading finds the denial in the article's own
    tokens; the parser the lexical path would load is never asked."""
    from sourcetrace.attribution.extract import extract_attributions
    from sourcetrace.models import Article
    from sourcetrace.pipeline import ArticleWork
    from sourcetrace.settings import load_settings
    from sourcetrace.stance import _read_stances
    from sourcetrace.stance.rules import _nlp

    text = ("Foreign Minister Anna Berg said that Russia had not asked China for anything. "
            "An official, who did not want to be named, said the talks went well.")
    doc = nlp(text)
    work = ArticleWork(Article(id="a1", path="a1.txt", text=text), doc=doc,
                       attributions=extract_attributions(doc, article_id="a1"))
    asked = _nlp.cache_info()
    _read_stances(work, load_settings())
    assert _nlp.cache_info() == asked
    stance = {a.content: a.stance for a in work.attributions}
    assert stance["that Russia had not asked China for anything"] == "denies"
    # The negation in the relative clause is outside the statement.
    assert stance["the talks went well"] == "asserts"
