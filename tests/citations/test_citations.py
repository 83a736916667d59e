"""Outlet citations on real spaCy parses: frames, mere mentions, credits, seeds."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sourcetrace.citations.extract import extract_citations
from sourcetrace.ingest.textmeta import split_metadata


def cite(nlp, text: str, **kw):  # type: ignore[no-untyped-def]
    return extract_citations(nlp(text), article_id="t", **kw)


def outlets(cits) -> list[str]:  # type: ignore[no-untyped-def]
    return [c.outlet for c in cits]


@pytest.mark.parametrize(
    ("text", "expected", "cue"),
    [
        (
            "The plan was first reported by the Daily Telegraph and Bloomberg on Tuesday.",
            ["The Daily Telegraph", "Bloomberg"],
            "first reported by",
        ),
        ("Der Spiegel reported that the minister had resigned.", ["Der Spiegel"], "reported"),
        ("The Guardian said the deal was off.", ["The Guardian"], "said"),
        ("The mayor told NPR that the bridge would reopen.", ["NPR"], "told"),
        ("Prices rose, according to Bloomberg.", ["Bloomberg"], "according to"),
        ("The port is closed, writes Le Monde.", ["Le Monde"], "writes"),
        (
            "She argued in an op-ed for The Atlantic that talks had failed.",
            ["The Atlantic"],
            "op-ed for",
        ),
        ("On Fox News, the senator said the vote would pass.", ["Fox News"], "said on"),
        ("An Axios report said the talks had stalled.", ["Axios"], "report"),
        (
            "According to the Israeli newspaper Haaretz, the cabinet met twice.",
            ["Haaretz"],
            "according to",
        ),
        ("A senior official said the same to CNN on Sunday.", ["CNN"], "said to"),
        # A passive agent of having the thing in hand ("seen by", "reviewed by").
        ("The plan appears in documents seen by The Guardian.", ["The Guardian"], "seen by"),
    ],
)
def test_citation_frames(nlp, text: str, expected: list[str], cue: str) -> None:  # type: ignore[no-untyped-def]
    cits = cite(nlp, text)
    assert outlets(cits) == expected
    assert cits[0].cue == cue
    assert all(c.kind == "citation" and c.confidence == 1.0 for c in cits)
    c = cits[0]
    assert c.outlet_id is not None and c.sentence_span == (0, len(text))


@pytest.mark.parametrize(
    "text",
    [
        "A former reporter for The New York Times, she now teaches in Ohio.",
        "The former CNN anchor said he was leaving politics.",
        "He told reporters that the talks had failed.",
        "CNN's headquarters in Atlanta were evacuated on Monday.",
        "The company bought advertising in The Guardian last year.",
        "A crowd gathered in Times Square.",
        "The Guardian saw its readership fall last year.",
    ],
)
def test_mere_mentions_are_not_citations(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert cite(nlp, text) == []


def test_wire_credits_and_photo_credits(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "MOSCOW (Reuters) - The central bank raised rates on Friday.\n"
        "A trader looks at screens [File: Jane Doe/AFP]\n"
        "The move surprised markets [Source: AP]\n"
        "— dpa"
    )
    cits = cite(nlp, text)
    assert [(c.outlet, c.kind) for c in cits] == [
        ("Reuters", "wire_credit"),
        ("Associated Press", "wire_credit"),
        ("Deutsche Presse-Agentur", "wire_credit"),
    ]
    assert text[cits[0].span[0] : cits[0].span[1]] == "Reuters"


def test_credit_lines_become_source_line_citations(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The minister resigned on Monday, she told Al Jazeera."
    cits = cite(nlp, text, credits=["Source: Al Jazeera and news agencies", "Via: The Kyiv Ledger"])
    assert [(c.outlet, c.kind, c.span) for c in cits] == [
        ("Al Jazeera", "source_line", (0, 0)),
        ("The Kyiv Ledger", "source_line", (0, 0)),
    ]
    # "told Al Jazeera" in Al Jazeera's own story is its reporting, not a citation.
    assert cits[1].confidence < 1.0 and cits[1].outlet_id is None


def test_own_outlet_argument_drops_self_citations(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The envoy told TRT World the talks would resume. Reuters reported the same."
    assert outlets(cite(nlp, text, outlet="TRT World")) == ["Reuters"]
    assert outlets(cite(nlp, text)) == ["TRT World", "Reuters"]


def test_unknown_outlet_in_frame_gets_lower_confidence(nlp) -> None:  # type: ignore[no-untyped-def]
    cits = cite(nlp, "The Daily Blah reported that the mine had closed.")
    assert outlets(cits) == ["Daily Blah"]
    assert cits[0].confidence < 1.0 and cits[0].outlet_id is None
    assert cite(nlp, "John Smith reported that the mine had closed.") == []


def test_an_unknown_outlet_naming_a_report_is_cited(nlp) -> None:  # type: ignore[no-untyped-def]
    # The name modifies the report noun ("a Varnia Herald report"): the name's last word
    # is a compound of "report", which is no part of the name.
    cits = cite(nlp, "According to a Varnia Herald report that cited unnamed officials, the "
                     "mine had closed.")
    assert outlets(cits) == ["Varnia Herald"]
    assert cite(nlp, "The Varnia Herald building was closed on Monday.") == []


def test_short_form_and_referring_noun_resolve_to_the_cited_outlet(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The Washington Post reported on Sunday that the envoy had resigned. "
        "The Post said two aides confirmed it. According to the newspaper, he will stay on."
    )
    cits = cite(nlp, text)
    assert outlets(cits) == ["The Washington Post"] * 3
    assert cits[2].confidence < 1.0


def test_odd_input_never_fails(nlp) -> None:  # type: ignore[no-untyped-def]
    for text in ["", "“Unbalanced (Reuters", "ＣＮＮ said \u200b", "(((", "told"]:
        assert isinstance(cite(nlp, text), list)


EXPECTED_SEEDS = {
    "000": {"The New York Times", "Financial Times", "The Washington Post"},
    "002": {"Financial Times", "The Washington Post", "CNN"},
    "003": {"The New York Times", "Politico", "CNN", "Financial Times", "BBC"},
    "004": {"The Wall Street Journal", "CBS News"},
}


@pytest.mark.parametrize("prefix", sorted(EXPECTED_SEEDS))
def test_seed_articles(nlp, seeds_dir: Path, prefix: str) -> None:  # type: ignore[no-untyped-def]
    path = next(seeds_dir.glob(f"{prefix}_*.txt"))
    meta = split_metadata(path.read_text(encoding="utf-8"))
    cits = extract_citations(nlp(meta.body), article_id=prefix, credits=meta.credits)
    prose = {c.outlet for c in cits if c.kind != "source_line"}
    assert prose == EXPECTED_SEEDS[prefix]
    for c in cits:
        if c.kind != "source_line":
            assert meta.body[c.span[0] : c.span[1]].strip()
    if prefix in ("000", "002"):
        assert [c.kind for c in cits if c.span == (0, 0)] == ["source_line"]
    if prefix == "002":
        first = {c.outlet for c in cits if c.cue.startswith("first")}
        assert first == {"Financial Times", "The Washington Post"}


MORE_CASES = [
    ("The deal collapsed, as first reported by Axios.", ["Axios"]),
    ("Reuters reported, citing three sources, that the plant had closed.", ["Reuters"]),
    (
        "The army moved north, according to a report in The Times of Israel.",
        ["The Times of Israel"],
    ),
    ("The army moved north, according to a Reuters report.", ["Reuters"]),
    ("A spokesperson told The Associated Press that talks would resume.", ["Associated Press"]),
    ("She told the BBC's Today programme that she would stay.", ["BBC"]),
    ("Speaking to Sky News, the minister denied it.", ["Sky News"]),
    ("In comments to Reuters, the minister denied it.", ["Reuters"]),
    ("In a statement to CNN, the company denied it.", ["CNN"]),
    ("Xinhua, the state news agency, said the talks were productive.", ["Xinhua News Agency"]),
    ("State media outlet CGTN reported that the ship had docked.", ["CGTN"]),
    (
        "Russian state news agency RIA Novosti quoted the minister as saying the talks failed.",
        ["RIA Novosti"],
    ),
    ("The story was published by ProPublica last year.", ["ProPublica"]),
    ("An investigation by the Guardian found that the firm paid no tax.", ["The Guardian"]),
    ("As the Financial Times noted, the bank raised rates.", ["Financial Times"]),
    (
        "In an interview on CBS's Face the Nation, the senator said the bill would pass.",
        ["CBS News"],
    ),
    ("He wrote in a column for Bloomberg Opinion that rates would rise.", ["Bloomberg"]),
    ("The senator spoke on NBC Nightly News on Monday.", ["NBC News"]),
    ("The vote is expected on Friday, per Axios.", ["Axios"]),
    ("Kommersant daily reported that the deal was signed.", ["Kommersant"]),
    ("ABC News has learned that the plan was dropped.", ["ABC News"]),
    (
        "Haaretz and the Times of Israel reported that the cabinet met.",
        ["Haaretz", "The Times of Israel"],
    ),
    ("Associated Press writer Jane Doe contributed to this report.", ["Associated Press"]),
    ("This story was provided by The Associated Press.", ["Associated Press"]),
    (
        "Two officials said the plan was approved, the Wall Street Journal reported.",
        ["The Wall Street Journal"],
    ),
    ("The plan was approved, the Journal reported, citing officials.", []),
    ("Citing The Wall Street Journal, the agency said the sale was off.",
     ["The Wall Street Journal"]),
    ("The news agency, quoting Reuters, said the port was shut.", ["Reuters"]),
    ("The BBC Persian service reported that protests spread.", ["BBC"]),
    # mere mentions
    ("He worked at Reuters for ten years before joining the ministry.", []),
    ("Reuters could not independently verify the report.", []),
    ("The minister sued The Guardian for libel.", []),
    ("She watched CNN in her hotel room.", []),
    ("Bloomberg Philanthropies funded the study.", []),
    ("A former BBC correspondent now runs the charity.", []),
    ("Protesters gathered outside the offices of the Daily Mail.", []),
]


@pytest.mark.parametrize(("text", "expected"), MORE_CASES)
def test_more_frames_and_mere_mentions(nlp, text: str, expected: list[str]) -> None:  # type: ignore[no-untyped-def]
    got = [c.outlet for c in cite(nlp, text) if c.kind != "source_line"]
    assert sorted(set(got)) == sorted(set(expected))


def test_dateline_credits_name_unknown_wires(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "NORTH BAY, June 3 (Granite Wire) – The ferry sank, two officials told Granite Wire."
    cits = cite(nlp, text)
    assert [(c.outlet, c.kind) for c in cits] == [
        ("Granite Wire", "wire_credit"),
        ("Granite Wire", "citation"),
    ]
    assert all(c.outlet_id is None and c.confidence < 1.0 for c in cits)
    known = cite(nlp, "KYIV, May 2 (Reuters) - Shelling resumed.")
    assert [(c.outlet, c.kind) for c in known] == [("Reuters", "wire_credit")]
    # A transcript's speaker label has the shape of a dateline: no credit.
    transcript = "Take a listen.\n\nDANIEL COATS (Tape): We know you run the shop."
    assert cite(nlp, transcript) == []


def test_only_the_first_conjunct_is_first(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The plan was first reported by Der Spiegel and later by Le Monde."
    cues = {c.outlet: c.cue for c in cite(nlp, text)}
    assert cues == {"Der Spiegel": "first reported by", "Le Monde": "reported by"}


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    st.lists(
        st.sampled_from(
            [
                "Reuters",
                "(AFP)",
                "told",
                "the",
                "CNN",
                "“",
                "said",
                ",",
                "according to",
                "Daily",
                "Blah",
                "reported",
                "\n",
                "[",
                "]",
                "Source:",
                "é",
                "\u200b",
                "by",
                "first",
                "The",
                "Times",
                "newspaper",
                "—",
                "'s",
                ".",
            ]
        ),
        max_size=40,
    )
)
def test_any_token_soup_gives_valid_citations(nlp, words: list[str]) -> None:  # type: ignore[no-untyped-def]
    text = " ".join(words)
    for c in cite(nlp, text, credits=["Source: " + " ".join(words[:3])]):
        s, e = c.span
        assert (s, e) == (0, 0) or 0 <= s < e <= len(text)
        assert c.outlet.strip()


def test_an_acronym_after_the_name_is_no_wire_credit(nlp) -> None:  # type: ignore[no-untyped-def]
    # "(NYT)" glosses the name before it; the Times is cited by "wrote", it did not
    # supply the text. A dateline credit right after a place is still a credit.
    cits = cite(nlp, "Satellites saw a blast, the New York Times (NYT) wrote on Friday.")
    assert [(c.outlet, c.kind) for c in cits] == [("The New York Times", "citation")]
    cits = cite(nlp, "WASHINGTON, June 6 (AP) - The dam broke on Tuesday.")
    assert [(c.outlet, c.kind) for c in cits] == [("Associated Press", "wire_credit")]


def test_a_byline_or_copyright_naming_an_outlet_credits_the_text(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("By Oren Liebermann, CNN\nFeb 2, 2023\n\nThe Pentagon is tracking a balloon.\n\n"
            "The-CNN-Wire & © 2023 Cable News Network, Inc. All rights reserved.")
    assert [(c.outlet, c.kind, c.cue) for c in cite(nlp, text)] == [
        ("CNN", "wire_credit", "byline"), ("CNN", "wire_credit", "copyright")]
    # A writer's title is no outlet; "copyright" in prose is no notice.
    assert cite(nlp, "By Jane Doe, Staff Writer\nThe ministry said no.") == []
    assert cite(nlp, "He cited the copyright lawsuit filed by The New York Times.") == []


def test_a_byline_glued_to_its_wire_credits_the_text(nlp) -> None:  # type: ignore[no-untyped-def]
    # Scraped pages join the byline's elements without a space.
    text = ("(Timo Jaakonaho / AP)\n\nJari Tanner and Jan M. OlsenAssociated Press\n\n"
            "Donald Trump and Vladimir Putin will meet in Helsinki.")
    assert [(c.outlet, c.kind, c.cue) for c in cite(nlp, text)] == [
        ("Associated Press", "wire_credit", "byline")]
    # A glued photo credit is one word, not a byline; a paper glued to a word is no credit.
    assert cite(nlp, "Image\n\nCreditAssociated Press\n\nPresident Trump met Putin.") == []
    assert cite(nlp, "Jane Doe and John RoeThe Times\n\nThe summit ended.") == []


def test_a_slash_dateline_credits_its_agency(nlp) -> None:  # type: ignore[no-untyped-def]
    cits = cite(nlp, "MOSCOW, June 6. /TASS/. Ukraine has committed sabotage at the plant.")
    assert [(c.outlet, c.kind) for c in cits] == [("TASS", "wire_credit")]
    # On TASS's own site it is no credit of someone else.
    assert cite(nlp, "MOSCOW, June 6. /TASS/. Ukraine has committed sabotage.", outlet="TASS") == []



@pytest.mark.parametrize(("text", "outlet", "cue"), [
    ("NBC News was the first to report the intelligence assessment on Tuesday.", "NBC News",
     "first to report"),
    ("The Financial Times, which first reported the request, cited US officials.",
     "Financial Times", "first reported"),
    ("NBC News broke the story on Tuesday.", "NBC News", "broke"),
    ("Reuters exclusively reported the plan on Monday.", "Reuters", "first reported"),
])  # fmt: skip
def test_every_way_of_saying_an_outlet_reported_first(nlp, text, outlet, cue) -> None:  # type: ignore[no-untyped-def]
    from sourcetrace.citations.credits import first_report

    found = {c.outlet: c.cue for c in cite(nlp, text)}
    assert found.get(outlet) == cue, found
    assert first_report(cue)
    assert not first_report("reported") and not first_report("cited")


def test_an_unknown_agency_named_after_its_noun_is_cited(nlp) -> None:  # type: ignore[no-untyped-def]
    # The parser makes "agency" and "Norpress" two subjects: the noun still describes the name.
    for text in ["State news agency Norpress had quoted Admiral Teo Varga as saying the "
                 "trawler rammed the frigate.",
                 "The state news agency Norpress quoted Admiral Teo Varga as saying the "
                 "trawler rammed the frigate."]:
        assert outlets(cite(nlp, text)) == ["Norpress"]
    # A name the parse cut short is no outlet of its first word.
    assert "Russia" not in outlets(cite(nlp, "Dmitry Peskov told English-language state "
                                             "broadcaster Russia Today that rivalry was good."))
    # A date after an outlet's noun is no outlet.
    assert outlets(cite(nlp, "The minister told the newspaper Tuesday that the bridge had "
                             "fallen.")) == []


def test_an_agency_of_something_else_is_no_news_agency(nlp) -> None:  # type: ignore[no-untyped-def]
    # "agency" names a news agency bare or after a word of the news, not after another kind.
    text = ("A cargo ship was struck by a drone off the coast of Kessania on Tuesday, the "
            "maritime security agency MSA said in an advisory.")
    assert outlets(cite(nlp, text)) == []
    assert outlets(cite(nlp, "The Vesti news agency said the talks had failed.")) == ["Vesti"]
