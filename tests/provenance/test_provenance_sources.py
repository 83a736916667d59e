"""Who a primary source is: commentators, officials, parties."""

from __future__ import annotations

import pytest


def test_named_commentator_speaks_for_no_institution() -> None:
    from sourcetrace.models import Speaker
    from sourcetrace.provenance.kinds import _commentator

    def spk(role: str, affiliation: str) -> Speaker:
        return Speaker(id="s1", name="Ada Lind", label=f"Ada Lind, {role}", type="person",
                       role=role, affiliation=affiliation)

    assert _commentator(spk("fellow", "defence studies department at a university"))
    assert _commentator(spk("China specialist and director", "a research centre"))
    assert not _commentator(spk("spokeswoman", "foreign ministry"))
    assert not _commentator(spk("foreign ministry researcher", "foreign ministry"))


def test_source_named_inside_another_speakers_words_is_one_chain() -> None:
    # "Minister Aliya Nur said the government believes Belarus asked for trucks": the
    # government is voiced by the minister, so the claim has one on-record source, not two.
    from sourcetrace.models import Article, Attribution, Claim, Speaker
    from sourcetrace.provenance.build import build_provenance

    text = "Minister Aliya Nur said the government believes Belarus asked for trucks."
    art = Article(id="a1", text=text, path="a1", published="2031-05-01")
    speakers = [
        Speaker(id="s_nur", name="Aliya Nur", label="Minister Aliya Nur", type="person",
                role="minister"),
        Speaker(id="s_gov", name="the government", label="the government",
                type="organization"),
    ]
    outer_content = (text.index("the government"), len(text) - 1)
    gov = (text.index("the government"), text.index(" believes"))
    atts = [
        Attribution(id="x_outer", article="a1", kind="indirect",
                    content=text[slice(*outer_content)], span=outer_content,
                    source_span=(0, 18), speaker="s_nur", stance="asserts"),
        Attribution(id="x_inner", article="a1", kind="indirect",
                    content="Belarus asked for trucks", span=(text.index("Belarus"), len(text) - 1),
                    source_span=gov, speaker="s_gov", stance="asserts"),
    ]
    claim = Claim(id="c1", text="Belarus asked for trucks", articles=("a1",),
                  mentions=("x_outer", "x_inner"))
    claims, _ = build_provenance([claim], atts, speakers, [], [art], {"a1": None})
    assert claims[0].independent_sources == 1


def test_seniority_in_a_named_agency_places_an_anonymous_source_to_know() -> None:
    from sourcetrace.models import Speaker
    from sourcetrace.provenance.kinds import placed_to_know

    def anon(**descriptors: object) -> Speaker:
        return Speaker(id="s", name=None, label="an official", type="anonymous",
                       descriptors=dict(descriptors))

    assert placed_to_know(anon(seniority="senior", agency="defense"))
    assert placed_to_know(anon(knowledge="briefed on the matter"))
    # Seniority alone, a former official, or an agency alone say nothing of access.
    assert not placed_to_know(anon(seniority="senior", nationality="United States"))
    assert not placed_to_know(anon(seniority="former", agency="defense"))
    assert not placed_to_know(anon(agency="defense"))


def test_an_office_holder_no_text_places_speaks_for_the_articles_one_country() -> None:
    """"Defense Secretary Lloyd Austin" has no country in the text; in an article whose
    other placed voices (two at least) all speak for the United States, he does too. An
    article with voices of two countries tells nothing, and neither does a body's title
    ("United Nations Secretary-General") or one placed voice alone."""
    from sourcetrace.citations.outlets import load_registry
    from sourcetrace.models import Article, Attribution, Speaker
    from sourcetrace.provenance.index import ProvenanceIndex

    speakers = [
        Speaker(id="austin", name="Lloyd Austin", label="Defense Secretary Lloyd Austin",
                type="person", role="Defense Secretary"),
        Speaker(id="guterres", name="Antonio Guterres", type="person",
                label="United Nations Secretary-General Antonio Guterres",
                role="Secretary-General", affiliation="United Nations"),
        Speaker(id="blinken", name="Antony Blinken", type="person", role="Secretary of State",
                label="U.S. Secretary of State Antony Blinken", country="United States"),
        Speaker(id="usof", name=None, label="a US official", type="anonymous",
                country="United States"),
        Speaker(id="mfa", name="Chinese Foreign Ministry", label="the Chinese Foreign Ministry",
                type="organization", country="China"),
    ]

    def index(voices: dict[str, list[str]]) -> ProvenanceIndex:
        atts = [Attribution(id=f"{art}-{k}", article=art, kind="indirect", content="x",
                            span=(0, 1), speaker=sid)
                for art, ids in voices.items() for k, sid in enumerate(ids)]
        arts = [Article(id=art, path=art, text="x") for art in voices]
        return ProvenanceIndex(atts, speakers, [], arts, {}, load_registry())

    spk = {s.id: s for s in speakers}
    us = index({"a1": ["austin", "blinken", "usof", "guterres"]})
    assert us.speaker_countries(spk["austin"]) == {"US"}
    assert us.speaker_countries(spk["guterres"]) == set()
    mixed = index({"a1": ["austin", "blinken", "mfa"]})
    assert mixed.speaker_countries(spk["austin"]) == set()
    alone = index({"a1": ["austin", "usof"]})
    assert alone.speaker_countries(spk["austin"]) == set()


@pytest.mark.parametrize(("label", "letter"), [
    ("a Ruritanian intelligence report", "D"),  # a report no one is named behind
    ("media reports", "D"),
    ("the draft", "B"),  # a document in the record ("The draft, dated Sept. 28, says P")
    # A court's record is on the record however it is introduced.
    ("a lawsuit filed by residents", "B"),
    ("court documents", "B"),
])
def test_a_document_or_report_the_text_names_is_a_source_not_none(label: str,
                                                                  letter: str) -> None:
    # "according to satellite images" had been graded F, "no primary source stated".
    from sourcetrace.models import Article, Attribution, Claim, Speaker
    from sourcetrace.provenance.build import build_provenance

    text = f"Drones crossed the border, according to {label}."
    art = Article(id="a1", text=text, path="a1", published="2031-05-01")
    speakers = [Speaker(id="s1", name=None, label=label, type="other")]
    atts = [Attribution(id="t1", article="a1", kind="according", content="Drones crossed the border",
                        span=(0, 25), source_text=label,
                        source_span=(text.index(label), text.index(label) + len(label)),
                        speaker="s1", stance="asserts")]
    claim = Claim(id="c1", text="Drones crossed the border", articles=("a1",), mentions=("t1",))
    [out], _ = build_provenance([claim], atts, speakers, [], [art], {})
    assert out.grade[0] == letter, out.reasons


def test_a_body_and_its_leader_are_one_source() -> None:
    """"Opposition leader Mara Voss" and "the opposition", or a company and its chief
    executive, are one voice: never two independent sources. A member of the body who
    neither leads nor speaks for it is a source of their own."""
    from sourcetrace.citations.outlets import load_registry
    from sourcetrace.models import Article, Attribution, Speaker
    from sourcetrace.provenance.index import ProvenanceIndex
    from sourcetrace.provenance.sources import collapse_sources

    speakers = [
        Speaker(id="voss", name="Mara Voss", label="Opposition leader Mara Voss",
                type="person", role="leader", affiliation="Opposition"),
        Speaker(id="opp", name=None, label="the opposition", type="organization"),
        Speaker(id="ceo", name="Ana Mirel", label="Kestrel's chief executive, Ana Mirel",
                type="person", role="chief executive", affiliation="Kestrel"),
        Speaker(id="firm", name="Kestrel", label="Kestrel", type="organization"),
        Speaker(id="eng", name="Ivo Lind", label="Kestrel engineer Ivo Lind", type="person",
                role="engineer", affiliation="Kestrel"),
    ]
    atts = [Attribution(id=f"a-{s.id}", article="a1", kind="indirect", content="x",
                        span=(0, 1), speaker=s.id) for s in speakers]
    corpus = ProvenanceIndex(atts, speakers, [], [Article(id="a1", path="a1", text="x")], {},
                             load_registry())
    groups = sorted(sorted(src.speakers) for src in collapse_sources(speakers, corpus))
    assert groups == [["ceo", "firm"], ["eng"], ["opp", "voss"]]
