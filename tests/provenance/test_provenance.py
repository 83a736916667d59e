"""Provenance from hand-built stage outputs (an invented Belarus-Kazakhstan story)."""

from __future__ import annotations

from dataclasses import replace

import networkx as nx

from sourcetrace.models import Article, Attribution, Citation, Claim, Speaker
from sourcetrace.provenance.build import build_provenance

TRUCKS = "Belarus asked Kazakhstan for military trucks"
SHIPPED = "Kazakhstan shipped grain to Belarus in May"
RUMOUR = "The Belarusian defence minister plans to resign"

ARTICLES = [
    Article(id="g1", text="x" * 400, path="g1", outlet="The Guardian", published="2031-05-01"),
    # An uncredited copy of g1 on an aggregator: collapsed through the duplicate map.
    Article(id="g1copy", text="x" * 400, path="c", outlet="Aggregator Daily", published=None),
    Article(id="aj", text="y" * 900, path="aj", published="2031-05-02"),
    Article(
        id="cnn",
        text="z" * 400,
        path="cnn",
        url="https://edition.cnn.com/a",
        published="2031-05-03",
    ),
]
DUPLICATE_OF: dict[str, str | None] = {"g1copy": "g1", "g1": None, "aj": None, "cnn": None}

SPEAKERS = [
    Speaker(id="s_west", name=None, label="Western officials", type="anonymous"),
    Speaker(id="s_west_copy", name=None, label="Western officials", type="anonymous"),
    Speaker(
        id="s_us",
        name=None,
        label="a US official familiar with the talks",
        type="anonymous",
        descriptors={"nationality": "US"},
    ),
    Speaker(id="s_us2", name=None, label="US officials", type="anonymous"),
    Speaker(
        id="s_petrov",
        name="Ivan Petrov",
        label="foreign ministry spokesman Ivan Petrov",
        type="person",
        role="spokesman",
    ),
    Speaker(
        id="s_petrov2",
        name="Ivan Petrov",
        label="Belarusian foreign ministry spokesman Ivan Petrov",
        type="person",
        role="spokesman",
        affiliation="Belarusian foreign ministry",
    ),
    Speaker(
        id="s_kz",
        name="Kazakhstan's foreign ministry",
        label="Kazakhstan's foreign ministry",
        type="organization",
    ),
    Speaker(
        id="s_minister",
        name="Aliya Nur",
        label="Kazakh trade minister Aliya Nur",
        type="person",
        role="minister",
        country="KZ",
    ),
    Speaker(
        id="s_port",
        name="Aktau port authority",
        label="the Aktau port authority",
        type="organization",
    ),
    Speaker(
        id="s_scholar",
        name="Olga Sim",
        label="Olga Sim, a fellow at a Minsk think-tank",
        type="person",
        role="fellow",
        affiliation="Minsk Policy Institute",
        country="BY",
    ),
    Speaker(id="s_guardian", name="The Guardian", label="The Guardian", type="outlet"),
    Speaker(id="s_sources", name=None, label="sources", type="anonymous"),
]


def att(
    aid: str, article: str, speaker: str, stance: str, start: int, claim: str = ""
) -> Attribution:
    return Attribution(
        id=aid,
        article=article,
        kind="indirect",
        content="...",
        span=(start + 10, start + 60),
        sentence_span=(start, start + 80),
        speaker=speaker,
        stance=stance,  # type: ignore[arg-type]
        claim=claim or None,
    )


ATTS = [
    att("m1", "g1", "s_west", "asserts", 0),
    att("m1c", "g1copy", "s_west_copy", "asserts", 0),
    att("m2", "aj", "s_us", "asserts", 0),
    att("m3", "aj", "s_petrov", "denies", 300),
    att("m4", "cnn", "s_us2", "asserts", 0),
    att("m5", "cnn", "s_petrov2", "denies", 100),
    att("m6", "cnn", "s_kz", "denies", 200),
    att("m7", "aj", "s_guardian", "reports", 500),
    att("m8", "aj", "s_scholar", "denies", 600),
    # claim 2: two on-record sources
    att("n1", "aj", "s_minister", "asserts", 700),
    att("n2", "cnn", "s_port", "asserts", 300),
    # claim 3: linked only through Attribution.claim
    att("r1", "cnn", "s_sources", "asserts", 320, claim="rumour"),
]
CITATIONS = [
    # "The request was first reported by The Guardian" right after m2's sentence.
    Citation(
        id="c1",
        article="aj",
        outlet="The Guardian",
        cue="first reported by",
        span=(100, 112),
        sentence_span=(90, 130),
    ),
    Citation(
        id="c2", article="aj", outlet="Al Jazeera", cue="Source:", span=(0, 0), kind="source_line"
    ),
    Citation(
        id="c3", article="cnn", outlet="Reuters", cue="(Reuters)", span=(5, 12), kind="wire_credit"
    ),
]
CLAIMS = [
    Claim(
        id="trucks",
        text=TRUCKS,
        articles=("g1", "aj"),
        mentions=("m1", "m1c", "m2", "m3", "m4", "m5", "m6", "m7", "m8"),
    ),
    Claim(id="shipped", text=SHIPPED, articles=(), mentions=("n1", "n2")),
    Claim(id="rumour", text=RUMOUR, articles=()),
]


def run() -> tuple[dict[str, Claim], dict[str, nx.DiGraph]]:
    claims, graphs = build_provenance(CLAIMS, ATTS, SPEAKERS, CITATIONS, ARTICLES, DUPLICATE_OF)
    return {c.id: c for c in claims}, graphs


def test_asserters_deniers_and_parties() -> None:
    claims, _ = run()
    c = claims["trucks"]
    assert set(c.articles) == {"g1", "g1copy", "aj", "cnn"}
    assert c.asserted_by == ("s_west", "s_west_copy", "s_us", "s_us2")
    assert c.denied_by == ("s_petrov", "s_petrov2", "s_kz", "s_scholar")
    # Petrov is placed in Belarus by what the texts say about him elsewhere; a Belarusian
    # scholar is not a party to the claim by nationality alone.
    assert set(c.denied_by_party) == {"s_petrov", "s_petrov2", "s_kz"}


def test_independence_collapses_copies_echoes_and_same_description() -> None:
    claims, _ = run()
    c = claims["trucks"]
    # Western / US officials, in the original, its copy and two other outlets: one source;
    # the Guardian relayed by Al Jazeera is an echo, not a second source.
    assert c.independent_sources == 1
    assert c.anonymous_share == 1.0
    assert c.first_reported_by == ("The Guardian",)
    assert c.grade == "C4"  # the best description ("familiar with the talks") is C
    assert (
        "denied on record by" in c.reasons[0]
        and "are parties to the claim (interested denials)" in c.reasons[0]
    )
    assert "not whether it is true" in c.reasons[-1]


def test_anonymous_sources_of_unrelated_reports_are_one_only_by_one_description() -> None:
    # Two anonymous sources that fit each other loosely: "two Belarusian officials" told the
    # Guardian, "a senior Belarusian defence official" told CNN. Separately obtained and
    # described differently, they are two sources; both reached through the Guardian (or
    # described alike, "Belarusian officials" in each) they may be one.
    speakers = [
        *SPEAKERS,
        Speaker(id="s_two", name=None, label="two Belarusian officials", type="anonymous",
                descriptors={"count": 2, "nationality": "Belarus"}),
        Speaker(id="s_senior", name=None, label="a senior Belarusian defence official",
                type="anonymous",
                descriptors={"seniority": "senior", "agency": "defence", "nationality": "Belarus"}),
        Speaker(id="s_plain", name=None, label="Belarusian officials", type="anonymous",
                descriptors={"nationality": "Belarus"}),
    ]

    def sourced(first: str, second: str, via: tuple[str, str]) -> Claim:
        atts = [*ATTS, replace(att("u1", "aj", first, "asserts", 800), via=(via[0],)),
                replace(att("u2", "cnn", second, "reports", 380), via=(via[1],))]
        claim = Claim(id="drill", text="Belarus will hold a naval drill in the Caspian Sea",
                      articles=("aj", "cnn"), mentions=("u1", "u2"))
        (c,), _ = build_provenance([claim], atts, speakers, CITATIONS, ARTICLES, DUPLICATE_OF)
        return c

    apart = sourced("s_two", "s_senior", ("The Guardian", "CNN"))
    # A source that "reported" it stands behind it like one that said it.
    assert apart.asserted_by == ("s_two", "s_senior")
    assert apart.independent_sources == 2 and apart.grade == "C2"
    assert sourced("s_two", "s_senior", ("The Guardian", "The Guardian")).independent_sources == 1
    assert sourced("s_two", "s_plain", ("The Guardian", "CNN")).independent_sources == 1


def test_a_rival_account_is_contradicted_by_the_sources_of_the_claim_it_denies() -> None:
    # Petrov (Belarus's foreign ministry) denies that Belarus asked for trucks and, in the
    # same quote, says Kazakhstan offered them: the Kazakh trade minister, on record for
    # the request, contradicts that account (credibility 4), though nobody denies it.
    text = "Kazakhstan offered the trucks unprompted"
    atts = [*ATTS, att("o1", "aj", "s_minister", "asserts", 900),
            replace(att("p1", "cnn", "s_petrov2", "asserts", 400), id="p1")]
    request = Claim(id="request", text=TRUCKS, articles=("aj", "cnn"), mentions=("o1", "p1"),
                    stances=(("p1", "denies"),))
    offered = Claim(id="offered", text=text, articles=("cnn",), mentions=("p1",))
    claims, _ = build_provenance([request, offered], atts, SPEAKERS, CITATIONS, ARTICLES,
                                 DUPLICATE_OF)
    by_id = {c.id: c for c in claims}
    assert by_id["request"].denied_by == ("s_petrov2",)
    assert by_id["offered"].denied_by == () and by_id["offered"].grade.endswith("4")
    assert "contradicted on record by Kazakh trade minister Aliya Nur" in by_id["offered"].reasons[0]
    # Without the denial the two claims are unrelated and the offer stands uncontested.
    claims, _ = build_provenance([replace(request, stances=()), offered], atts, SPEAKERS,
                                 CITATIONS, ARTICLES, DUPLICATE_OF)
    assert {c.id: c for c in claims}["offered"].grade.endswith("3")


def test_on_record_confirmation_and_first_report_by_date() -> None:
    claims, _ = run()
    c = claims["shipped"]
    assert c.independent_sources == 2 and c.anonymous_share == 0.0
    assert c.grade == "A1"
    # No "first reported by": the earliest-dated article (Al Jazeera, by its credit line).
    assert c.first_reported_by == ("Al Jazeera",)
    r = claims["rumour"]
    assert r.mentions == () and r.independent_sources == 1 and r.grade == "D3"
    # The CNN page carries "(Reuters)": its text is a Reuters wire copy, so the report is
    # Reuters', not the site's that reprinted it.
    assert r.articles == ("cnn",) and r.first_reported_by == ("Reuters",)


def test_graph_shape() -> None:
    _, graphs = run()
    g = graphs["trucks"]
    assert g.edges["article:g1copy", "article:g1"]["kind"] == "copy_of"
    assert g.nodes["article:g1"]["earliest"] is True
    assert g.edges["article:aj", "outlet:The Guardian"]["kind"] == "credits"
    assert g.nodes["outlet:The Guardian"]["first"] is True
    assert g.edges["outlet:The Guardian", "article:g1"]["kind"] == "published"
    assert g.nodes["outlet:Reuters"]["wire"] is True
    denials = {u for u, v, k in g.edges(data="kind") if k == "denies"}
    assert len(denials) == 3 and all(
        v == "claim:trucks" for u, v, k in g.edges(data="kind") if k in ("denies", "asserts")
    )
    # Copies add no edges of their own beyond copy_of.
    assert list(g.successors("article:g1copy")) == ["article:g1"]
    # Echo chain: Al Jazeera -> The Guardian -> the Guardian's article -> its source.
    assert nx.has_path(g, "article:aj", "claim:trucks")


def test_echoes_are_named_in_the_reasons() -> None:
    claims, _ = run()
    assert "Echoes, not corroboration: Al Jazeera repeats The Guardian." in claims["trucks"].reasons


def test_link_citations_fills_the_claim_of_prose_citations() -> None:
    from sourcetrace.provenance.build import link_citations

    linked = {c.id: c.claim for c in link_citations(CLAIMS, ATTS, CITATIONS)}
    # c1 follows the sentence of m2 ("trucks"); credits cover the whole article.
    assert linked == {"c1": "trucks", "c2": None, "c3": None}


def test_unknown_outlet_goes_by_its_publisher_name() -> None:
    arts = [
        Article(
            id="l", text="x" * 200, path="l", outlet="The Kestrel Ledger", published="2031-01-01"
        ),
        Article(id="p", text="y" * 200, path="p", outlet="Northgate Post", published="2031-01-03"),
    ]
    spk = [Speaker(id="o", name=None, label="two officials", type="anonymous")]
    atts = [att("a1", "p", "o", "asserts", 0)]
    cits = [
        Citation(
            id="c",
            article="p",
            outlet="Kestrel Ledger",
            cue="first reported by",
            span=(90, 104),
            sentence_span=(85, 120),
            confidence=0.6,
        ),
    ]
    claims, graphs = build_provenance(
        [Claim(id="k", text="Veloria asked Korvath for drones", articles=("p",), mentions=("a1",))],
        atts,
        spk,
        cits,
        arts,
        {},
    )
    assert claims[0].first_reported_by == ("The Kestrel Ledger",)
    assert "outlet:The Kestrel Ledger" in graphs["k"] and "outlet:Kestrel Ledger" not in graphs["k"]


def test_related_mentions_are_shown_but_not_counted_as_sources() -> None:
    # The same "shipped" claim, but the port authority's mention is only a related
    # statement clustered with it: one on-record source remains, and the reasons say who
    # was left out.
    loose = replace(CLAIMS[1], related=("n2",))
    claims, graphs = build_provenance([loose], ATTS, SPEAKERS, CITATIONS, ARTICLES, DUPLICATE_OF)
    c = claims[0]
    assert c.independent_sources == 1
    assert c.asserted_by == ("s_minister",)
    assert c.grade.endswith("3")  # one primary source, not independently confirmed
    assert c.related == ("n2",)
    assert any("Not counted as sources" in r and "Aktau port authority" in r for r in c.reasons)
    assert "source:s_port" not in graphs["shipped"]


def test_a_state_and_its_anonymous_officials_are_one_source() -> None:
    # "Minsk", "the Belarusian government" and "Belarusian officials" are one government's
    # voice however its position reaches the press; a Kazakh official is another source.
    speakers = [
        *SPEAKERS,
        Speaker(id="s_minsk", name="Minsk", label="Minsk", type="organization"),
        Speaker(id="s_bygov", name="Belarusian government", label="the Belarusian government",
                type="organization"),
        Speaker(id="s_byoff", name=None, label="Belarusian officials", type="anonymous",
                descriptors={"nationality": "Belarusian"}),
        Speaker(id="s_kzoff", name=None, label="a Kazakh official", type="anonymous",
                descriptors={"nationality": "Kazakh"}),
    ]
    atts = [*ATTS, att("v1", "aj", "s_byoff", "asserts", 800),
            att("v2", "cnn", "s_minsk", "asserts", 350),
            att("v3", "g1", "s_bygov", "asserts", 200)]
    claim = Claim(id="drill", text="Belarus will hold a naval drill in the Caspian Sea",
                  articles=("aj", "cnn", "g1"), mentions=("v1", "v2", "v3"))
    (c,), _ = build_provenance([claim], atts, speakers, CITATIONS, ARTICLES, DUPLICATE_OF)
    assert c.independent_sources == 1 and c.grade.endswith("3")
    assert "(Minsk)" in c.reasons[0] and "on-record" in c.reasons[0]
    other = att("v4", "cnn", "s_kzoff", "asserts", 380)
    (c2,), _ = build_provenance([replace(claim, mentions=("v1", "v2", "v3", "v4"))],
                                [*atts, other], speakers, CITATIONS, ARTICLES, DUPLICATE_OF)
    assert c2.independent_sources == 2


def test_support_is_counted_per_state_but_deniers_are_listed_one_by_one() -> None:
    # Belarusian officials and the Belarusian foreign ministry's spokesman assert it; so
    # does a Minsk scholar (a commentator, not an official voice). Two sources: the
    # Belarusian government and the scholar. Kazakhstan's ministry and its trade minister
    # deny it: both stay named as deniers.
    speakers = [
        *SPEAKERS,
        Speaker(id="s_byoff", name=None, label="Belarusian officials", type="anonymous",
                descriptors={"nationality": "Belarusian"}),
    ]
    atts = [*ATTS, att("w1", "aj", "s_byoff", "asserts", 800),
            att("w2", "cnn", "s_petrov2", "asserts", 350),
            att("w3", "g1", "s_scholar", "asserts", 200),
            att("w4", "cnn", "s_kz", "denies", 370),
            att("w5", "aj", "s_minister", "denies", 820)]
    claim = Claim(id="grain", text="Belarus bought grain from Kazakhstan at a discount",
                  articles=("aj", "cnn", "g1"), mentions=("w1", "w2", "w3", "w4", "w5"))
    (c,), _ = build_provenance([claim], atts, speakers, CITATIONS, ARTICLES, DUPLICATE_OF)
    assert c.independent_sources == 2
    assert "[with 1 more official voice of the same state]" in c.reasons[0]
    assert set(c.denied_by) == {"s_kz", "s_minister"}
    assert "Aliya Nur" in c.reasons[0] and "Kazakhstan's foreign ministry" in c.reasons[0]


def test_one_organisation_named_three_ways_is_one_source() -> None:
    speakers = [
        *SPEAKERS,
        Speaker(id="o1", name="army", label="the army", type="organization"),
        Speaker(id="o2", name="Belarus's army", label="Belarus's army", type="organization"),
        Speaker(id="o3", name="Belarusian army", label="the Belarusian army",
                type="organization"),
        Speaker(id="o4", name="Kazakh army", label="the Kazakh army", type="organization"),
    ]
    atts = [*ATTS, att("x1", "aj", "o1", "asserts", 800), att("x2", "cnn", "o2", "asserts", 350),
            att("x3", "g1", "o3", "asserts", 200)]
    claim = Claim(id="drill2", text="Troops crossed the river at dawn",
                  articles=("aj", "cnn", "g1"), mentions=("x1", "x2", "x3"))
    (c,), _ = build_provenance([claim], atts, speakers, CITATIONS, ARTICLES, DUPLICATE_OF)
    assert c.independent_sources == 1
    # Another state's army is another source.
    more = [*atts, att("x4", "cnn", "o4", "asserts", 380)]
    (c2,), _ = build_provenance([replace(claim, mentions=("x1", "x2", "x3", "x4"))], more,
                                speakers, CITATIONS, ARTICLES, DUPLICATE_OF)
    assert c2.independent_sources == 2


def test_one_unowned_document_described_three_ways_is_one_source() -> None:
    speakers = [
        *SPEAKERS,
        Speaker(id="d1", name=None, label="Friday's indictment", type="other"),
        Speaker(id="d2", name=None, label="Friday’s indictment", type="other"),
        Speaker(id="d3", name=None, label="the indictment, which was unsealed", type="other"),
        Speaker(id="d4", name=None, label="a previous indictment", type="other"),
    ]
    atts = [*ATTS, att("x1", "aj", "d1", "asserts", 800), att("x2", "cnn", "d2", "asserts", 350),
            att("x3", "g1", "d3", "asserts", 200)]
    claim = Claim(id="hack", text="Officers hacked the election board",
                  articles=("aj", "cnn", "g1"), mentions=("x1", "x2", "x3"))
    (c,), _ = build_provenance([claim], atts, speakers, CITATIONS, ARTICLES, DUPLICATE_OF)
    assert c.independent_sources == 1
    # "A previous indictment" is another document.
    more = [*atts, att("x4", "cnn", "d4", "asserts", 380)]
    (c2,), _ = build_provenance([replace(claim, mentions=("x1", "x2", "x3", "x4"))], more,
                                speakers, CITATIONS, ARTICLES, DUPLICATE_OF)
    assert c2.independent_sources == 2


def test_an_office_left_unresolved_is_its_one_named_holder() -> None:
    speakers = [
        *SPEAKERS,
        Speaker(id="p1", name="Ana Velt", label="President Ana Velt", type="person",
                role="President"),
        Speaker(id="p2", name=None, label="the president", type="person", role="president"),
        Speaker(id="p3", name="Boris Kell", label="Prime Minister Boris Kell", type="person",
                role="Prime Minister"),
    ]
    atts = [*ATTS, att("x1", "aj", "p1", "asserts", 800), att("x2", "cnn", "p2", "asserts", 350),
            att("x3", "g1", "p3", "asserts", 200)]
    claim = Claim(id="visit", text="The summit will be held in June",
                  articles=("aj", "cnn", "g1"), mentions=("x1", "x2", "x3"))
    (c,), _ = build_provenance([claim], atts, speakers, CITATIONS, ARTICLES, DUPLICATE_OF)
    assert c.independent_sources == 2  # Velt (also "the president") and Kell
    assert "President Ana Velt" in c.reasons[0] and "the president" not in c.reasons[0]
    # With a second president among the sources, "the president" could be either.
    two = [*speakers, Speaker(id="p4", name="Ivo Sand", label="President Ivo Sand",
                              type="person", role="President")]
    more = [*atts, att("x4", "cnn", "p4", "asserts", 380)]
    (c2,), _ = build_provenance([replace(claim, mentions=("x1", "x2", "x3", "x4"))], more,
                                two, CITATIONS, ARTICLES, DUPLICATE_OF)
    assert c2.independent_sources == 4


def test_a_bare_generic_body_is_the_one_named_more_fully() -> None:
    speakers = [
        *SPEAKERS,
        Speaker(id="p1", name="police", label="police", type="organization"),
        Speaker(id="p2", name="Aktau police", label="Aktau police", type="organization"),
        Speaker(id="m1", name="foreign ministry", label="the foreign ministry",
                type="organization"),
        Speaker(id="m2", name="defence ministry", label="the defence ministry",
                type="organization"),
    ]
    atts = [*ATTS, att("y1", "aj", "p1", "asserts", 800), att("y2", "cnn", "p2", "asserts", 350)]
    claim = Claim(id="arrest", text="A suspect was arrested at the port of Aktau",
                  articles=("aj", "cnn"), mentions=("y1", "y2"))
    (c,), _ = build_provenance([claim], atts, speakers, CITATIONS, ARTICLES, DUPLICATE_OF)
    assert c.independent_sources == 1
    more = [*ATTS, att("z1", "aj", "m1", "asserts", 800), att("z2", "cnn", "m2", "asserts", 350)]
    (c2,), _ = build_provenance([replace(claim, mentions=("z1", "z2"))], more, speakers,
                                CITATIONS, ARTICLES, DUPLICATE_OF)
    assert c2.independent_sources == 2


def test_a_company_president_is_not_a_state_voice() -> None:
    speakers = [
        *SPEAKERS,
        Speaker(id="k1", name=None, label="Kazakh officials", type="anonymous",
                descriptors={"nationality": "Kazakh"}),
        Speaker(id="k2", name="Dana Lee", label="Caspian Grain president Dana Lee",
                type="person", role="president", affiliation="Caspian Grain", country="KZ"),
    ]
    atts = [*ATTS, att("q1", "aj", "k1", "asserts", 800), att("q2", "cnn", "k2", "asserts", 350)]
    claim = Claim(id="grain2", text="Kazakhstan halted grain exports to Belarus",
                  articles=("aj", "cnn"), mentions=("q1", "q2"))
    (c,), _ = build_provenance([claim], atts, speakers, CITATIONS, ARTICLES, DUPLICATE_OF)
    assert c.independent_sources == 2


def test_one_person_named_in_full_and_by_surname_is_one_source() -> None:
    speakers = [
        *SPEAKERS,
        Speaker(id="n1", name="Aliya Nur", label="Aliya Nur", type="person"),
        Speaker(id="n2", name="Nur", label="Nur", type="person"),
        Speaker(id="n3", name="Timur Nur", label="Timur Nur", type="person"),
    ]
    atts = [*ATTS, att("r7", "aj", "n1", "asserts", 800), att("r8", "cnn", "n2", "asserts", 350)]
    claim = Claim(id="quota", text="Kazakhstan will lift the grain export quota in June",
                  articles=("aj", "cnn"), mentions=("r7", "r8"))
    (c,), _ = build_provenance([claim], atts, speakers, CITATIONS, ARTICLES, DUPLICATE_OF)
    assert c.independent_sources == 1
    more = [*ATTS, att("r9", "aj", "n1", "asserts", 800), att("r10", "cnn", "n3", "asserts", 350)]
    (c2,), _ = build_provenance([replace(claim, mentions=("r9", "r10"))], more, speakers,
                                CITATIONS, ARTICLES, DUPLICATE_OF)
    assert c2.independent_sources == 2  # another Nur


def test_an_acronym_and_its_full_name_are_one_source() -> None:
    speakers = [
        *SPEAKERS,
        Speaker(id="h1", name="KPA", label="the KPA", type="organization"),
        Speaker(id="h2", name="Kazakh Port Authority", label="the Kazakh Port Authority",
                type="organization"),
    ]
    atts = [*ATTS, att("h3", "aj", "h1", "asserts", 800), att("h4", "cnn", "h2", "asserts", 350)]
    claim = Claim(id="closed", text="The port of Aktau closed for two days",
                  articles=("aj", "cnn"), mentions=("h3", "h4"))
    (c,), _ = build_provenance([claim], atts, speakers, CITATIONS, ARTICLES, DUPLICATE_OF)
    assert c.independent_sources == 1



def test_reliability_a_is_for_the_party_that_acted() -> None:
    # The Kazakh ministers are on record about a Kazakh shipment: the office that did
    # the thing (A). Told that Belarus is the claim's agent, the same speakers are an
    # interested party speaking about another's act: an institution's voice (B).
    acted, _ = build_provenance(CLAIMS, ATTS, SPEAKERS, CITATIONS, ARTICLES, DUPLICATE_OF,
                                agents={"shipped": "kazakhstan"})
    other, _ = build_provenance(CLAIMS, ATTS, SPEAKERS, CITATIONS, ARTICLES, DUPLICATE_OF,
                                agents={"shipped": "belarus"})
    grade = {c.id: c.grade for c in acted}["shipped"]
    assert grade is not None and grade.startswith("A")
    grade = {c.id: c.grade for c in other}["shipped"]
    assert grade is not None and grade.startswith("B")



def test_a_publisher_given_as_its_domain_is_the_registry_outlet() -> None:
    # Scraped corpora give the publisher as a domain: it is the outlet known there.
    arts = [replace(ARTICLES[0], id="d1", outlet="cnn.com"), *ARTICLES[1:]]
    claim = Claim(id="k", text=SHIPPED, articles=("d1",), mentions=())
    (c,), _ = build_provenance([claim], ATTS, SPEAKERS, [], arts, {**DUPLICATE_OF, "d1": None})
    assert c.first_reported_by == ("CNN",)


def test_an_article_whose_text_is_a_wires_counts_as_that_wires_relay() -> None:
    from sourcetrace.models import Origin

    origins = {"g1": Origin("Reuters", "credit", "credits Reuters ((Reuters))", "g1", (0, 9)),
               "g1copy": Origin("Reuters", "copy", "copy of The Guardian", "g1", (0, 9))}
    solo = Claim(id="solo", text=TRUCKS, articles=("g1",), mentions=("m1",))
    (plain,), _ = build_provenance([solo], ATTS, SPEAKERS, CITATIONS, ARTICLES, DUPLICATE_OF)
    (wired,), _ = build_provenance([solo], ATTS, SPEAKERS, CITATIONS, ARTICLES, DUPLICATE_OF,
                                   origins=origins)
    # The Guardian's text is Reuters' here: Reuters carries it, not the site that printed it.
    assert "carried by one outlet (The Guardian)" in plain.reasons[0]
    assert "carried by one outlet (Reuters)" in wired.reasons[0]
    # The claims stage found no agent (a state of affairs, not an act): nobody acted, and
    # the ministers are an institution's voice.
    none, _ = build_provenance(CLAIMS, ATTS, SPEAKERS, CITATIONS, ARTICLES, DUPLICATE_OF,
                               agents={})
    grade = {c.id: c.grade for c in none}["shipped"]
    assert grade is not None and grade.startswith("B")


def test_an_outlet_that_names_no_source_is_one_on_its_own_authority() -> None:
    # "The Daily Planet reported that ...", and no one behind it anywhere in the corpus:
    # the outlet is the source (C: named, no shown direct knowledge), not "no source".
    speakers = [*SPEAKERS,
                Speaker(id="s_planet", name="The Daily Planet", label="The Daily Planet",
                        type="outlet")]
    atts = [*ATTS, att("p1", "aj", "s_planet", "reports", 600)]
    claim = Claim(id="drill", text="Belarus will hold a naval drill in the Caspian Sea",
                  articles=("aj",), mentions=("p1",))
    (c,), _ = build_provenance([claim], atts, speakers, CITATIONS, ARTICLES, DUPLICATE_OF)
    assert c.grade == "C3", c.reasons
    assert c.independent_sources == 1
    assert "The Daily Planet, on its own authority" in c.reasons[0]
    # An outlet that only questions the claim is no source of it.
    doubt = [*ATTS, att("p1", "aj", "s_planet", "questions", 600)]
    (c0,), _ = build_provenance([claim], doubt, speakers, CITATIONS, ARTICLES, DUPLICATE_OF)
    assert c0.grade.startswith("F"), c0.reasons
    # Once it names officials elsewhere, it relays them: the officials are the source.
    atts2 = [*atts, att("p2", "cnn", "s_west", "reports", 300)]
    (c2,), _ = build_provenance([replace(claim, articles=("aj", "cnn"), mentions=("p1", "p2"))],
                                atts2, speakers, CITATIONS, ARTICLES, DUPLICATE_OF)
    assert c2.grade.startswith("D") and "own authority" not in c2.reasons[0]
