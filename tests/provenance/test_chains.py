"""Relay chains: the outlets between an article and the source it quotes."""

from __future__ import annotations

from dataclasses import replace

from sourcetrace.models import Attribution, Citation, Speaker
from sourcetrace.provenance.chains import with_via

TEXT = ("Three drones crossed the border, officials told the Daily Planet. "
        "The officials said the drones were unarmed. "
        "The Morning Star reported that talks had stalled. "
        "'As the Daily Planet wrote, it was a mistake,' the minister said.")


def _at(part: str) -> tuple[int, int]:
    i = TEXT.index(part)
    return (i, i + len(part))


def _sentence(part: str) -> tuple[int, int]:
    start = TEXT.rfind(". ", 0, TEXT.index(part))
    start = 0 if start < 0 else start + 2
    end = TEXT.index(".", TEXT.index(part) + len(part) - 1) + 1
    return (start, end)


def _att(aid: str, content: str, source: str, speaker: str, *, kind: str = "indirect",
         resolved: str | None = None) -> Attribution:
    return Attribution(id=aid, article="a1", kind=kind, content=content, span=_at(content),
                       source_text=source, source_span=_at(source), speaker=speaker,
                       sentence_span=_sentence(content), resolved_source=resolved)


def _cit(cid: str, outlet: str, mention: str, nth: int = 0) -> Citation:
    start = -1
    for _ in range(nth + 1):
        start = TEXT.index(mention, start + 1)
    return Citation(id=cid, article="a1", outlet=outlet, cue="told",
                    span=(start, start + len(mention)))


def test_via_names_the_outlet_between_article_and_source() -> None:
    atts = [
        _att("t1", "Three drones crossed the border", "officials", "s1"),
        # A later statement of the same source, named by a description, keeps the relay.
        _att("t2", "the drones were unarmed", "The officials", "s1", resolved="officials"),
        # An outlet that is the speaker is the source, not a relay.
        _att("t3", "talks had stalled", "The Morning Star", "s2"),
        # An outlet inside a quote belongs to what is said.
        _att("t4", "As the Daily Planet wrote, it was a mistake", "the minister", "s3",
             kind="direct"),
    ]
    cits = [_cit("c1", "Daily Planet", "the Daily Planet"),
            _cit("c2", "Morning Star", "The Morning Star"),
            _cit("c3", "Daily Planet", "the Daily Planet", nth=1)]
    speakers = [Speaker(id="s1", name=None, label="officials", type="anonymous"),
                Speaker(id="s2", label="The Morning Star", name="Morning Star", type="outlet"),
                Speaker(id="s3", name=None, label="the minister", type="person")]
    via = {a.id: a.via for a in with_via(atts, cits, speakers)}
    assert via == {"t1": ("Daily Planet",), "t2": ("Daily Planet",), "t3": (), "t4": ()}


def _first_of(dates: tuple[str | None, str | None, str | None],
              outlets: tuple[str, str, str] = ("Harbor Ledger", "Valley Courier", "Lakeside Post"),
              ) -> tuple[str, ...]:  # fmt: skip
    from sourcetrace.models import Article, Claim
    from sourcetrace.provenance.build import build_provenance

    arts = [Article(id=f"a{i}", text="x" * 200, path=f"a{i}", outlet=o, published=d)
            for i, (o, d) in enumerate(zip(outlets, dates, strict=True))]
    # a0 reports the officials itself; a1 says they spoke to the Daily Planet; a2 is a
    # copy-free third report.
    atts = [Attribution(id=f"t{i}", article=f"a{i}", kind="indirect", content="the dam broke",
                        span=(0, 13), speaker="s1", stance="asserts",
                        via=("The Daily Planet",) if i == 1 else ())
            for i in range(3)]
    speakers = [Speaker(id="s1", name=None, label="officials", type="anonymous")]
    claim = Claim(id="c1", text="The dam broke", articles=("a0", "a1", "a2"),
                  mentions=("t0", "t1", "t2"))
    [out], _ = build_provenance([claim], atts, speakers, [], arts, {})
    return out.first_reported_by


def test_the_first_reporter_is_the_earliest_dated_report() -> None:
    # The earliest dated article reported it first, whatever a later one credits.
    assert _first_of(("2031-05-01", "2031-05-03", "2031-05-04")) == ("Harbor Ledger",)
    # At the earliest article the outlet its sources spoke to is the reporter.
    assert _first_of(("2031-05-02", "2031-05-01", "2031-05-04")) == ("The Daily Planet",)
    # Equal dates: the article given first ...
    assert _first_of(("2031-05-04", "2031-05-03", "2031-05-03")) == ("The Daily Planet",)
    assert _first_of(("2031-05-03", "2031-05-04", "2031-05-03")) == ("Harbor Ledger",)
    # ... unless one of that day's reports is a wire agency's: the others most often
    # rewrite the wire.
    wire = ("Harbor Ledger", "Valley Courier", "Reuters")
    assert _first_of(("2031-05-03", "2031-05-04", "2031-05-03"), wire) == ("Reuters",)
    assert _first_of(("2031-05-03", "2031-05-04", "2031-05-05"), wire) == ("Harbor Ledger",)


def test_undated_reports_go_to_the_outlet_the_sources_spoke_to() -> None:
    # No date says who was first: the outlet the sources spoke to is where it started.
    assert _first_of((None, None, None)) == ("The Daily Planet",)


def test_claim_chains_group_mentions_by_source_relay_and_stance() -> None:
    from sourcetrace.provenance.chains import claim_chains

    def att(aid: str, art: str, spk: str, stance: str, via: tuple[str, ...] = ()) -> Attribution:
        return Attribution(id=aid, article=art, kind="indirect", content="x", span=(0, 1),
                           speaker=spk, stance=stance, via=via)  # type: ignore[arg-type]

    atts = [att("t1", "a1", "s1", "asserts", ("Daily Planet",)),
            att("t2", "a2", "s1", "reports", ("Daily Planet",)),
            att("t3", "a3", "s1", "asserts"),
            att("t4", "a3", "s2", "denies"),
            att("t5", "a4", "s3", "asserts")]
    chains = claim_chains(atts, related={"t5"})
    assert [(c.source, c.via, c.stance, c.articles) for c in chains] == [
        ("s1", ("Daily Planet",), "supports", ("a1", "a2")),
        ("s1", (), "supports", ("a3",)),
        ("s2", (), "denies", ("a3",)),
    ]


def test_a_claims_own_reading_of_a_mention_decides_its_side() -> None:
    from sourcetrace.models import Article, Claim
    from sourcetrace.provenance.build import build_provenance

    arts = [Article(id="a1", text="x" * 200, path="a1", outlet="Harbor Ledger",
                    published="2031-05-01")]
    # One long quote: read toward the claim of its first sentence it asserts; toward this
    # claim, mentioned in its last sentence ("... and it never did"), it denies.
    atts = [Attribution(id="t1", article="a1", kind="direct", content="q", span=(0, 1),
                        speaker="s1", stance="asserts"),
            Attribution(id="t2", article="a1", kind="indirect", content="q", span=(2, 3),
                        speaker="s2", stance="asserts")]
    speakers = [Speaker(id="s1", name="Ana Ruiz", label="Ana Ruiz", type="person"),
                Speaker(id="s2", name=None, label="officials", type="anonymous")]
    claim = Claim(id="c1", text="The dam broke", articles=("a1",), mentions=("t1", "t2"),
                  stances=(("t1", "denies"), ("t2", "asserts")))
    [out], _ = build_provenance([claim], atts, speakers, [], arts, {})
    assert out.denied_by == ("s1",) and out.asserted_by == ("s2",)
    assert [(c.source, c.stance) for c in out.chains] == [("s2", "supports"), ("s1", "denies")]


def test_an_outlet_whose_one_source_the_article_named_relays_that_source() -> None:
    text = ("Three drones crossed the border, officials told the Daily Planet. "
            "According to the Daily Planet, the drones were unarmed.")

    def at(part: str) -> tuple[int, int]:
        return (text.index(part), text.index(part) + len(part))

    def att(aid: str, content: str, source: str, speaker: str) -> Attribution:
        return Attribution(id=aid, article="a1", kind="indirect", content=content,
                           span=at(content), source_text=source, source_span=at(source),
                           speaker=speaker, rule="ccomp/speech",
                           sentence_span=at(content + "." if aid == "t2" else content))

    def cit(cid: str, nth: int) -> Citation:
        start = [i for i in range(len(text)) if text.startswith("Daily Planet", i)][nth]
        return Citation(id=cid, article="a1", outlet="Daily Planet", cue="told",
                        span=(start, start + len("Daily Planet")))

    told = att("t1", "Three drones crossed the border", "officials", "s1")
    told = replace(told, sentence_span=(0, text.index(".") + 1))
    planet = att("t2", "the drones were unarmed", "the Daily Planet", "s2")
    speakers = [Speaker(id="s1", name=None, label="officials", type="anonymous"),
                Speaker(id="s2", label="the Daily Planet", name="Daily Planet", type="outlet")]
    out = {a.id: (a.speaker, a.via) for a in with_via([told, planet], [cit("c1", 0), cit("c2", 1)],
                                                       speakers)}
    # The Planet's report rests on the officials this article said spoke to it.
    assert out == {"t1": ("s1", ("Daily Planet",)), "t2": ("s1", ("Daily Planet",))}
    # Two sources told the Planet: which one it goes on with is not known.
    other = replace(told, id="t0", speaker="s3")
    speakers.append(Speaker(id="s3", name=None, label="a diplomat", type="anonymous"))
    out = {a.id: (a.speaker, a.via) for a in with_via([other, told, planet],
                                                       [cit("c1", 0), cit("c2", 1)], speakers)}
    assert out["t2"] == ("s2", ())


def test_a_spokesman_of_a_relayed_body_speaks_in_the_same_report() -> None:
    text = ("The ministry accused the rebels of sabotage, the Daily Planet reported. "
            "Ministry spokesman Ivo Tam told journalists the dam was mined. "
            "China's foreign minister Ada Rhee said talks had stalled.")

    def at(part: str) -> tuple[int, int]:
        return (text.index(part), text.index(part) + len(part))

    def att(aid: str, content: str, source: str, speaker: str, sentence: str) -> Attribution:
        return Attribution(id=aid, article="a1", kind="indirect", content=content,
                           span=at(content), source_text=source, source_span=at(source),
                           speaker=speaker, sentence_span=at(sentence))

    atts = [att("t1", "the rebels of sabotage", "The ministry", "s1",
                "The ministry accused the rebels of sabotage, the Daily Planet reported."),
            att("t2", "the dam was mined", "Ministry spokesman Ivo Tam", "s2",
                "Ministry spokesman Ivo Tam told journalists the dam was mined."),
            att("t3", "talks had stalled", "China's foreign minister Ada Rhee", "s3",
                "China's foreign minister Ada Rhee said talks had stalled.")]
    planet = at("the Daily Planet")
    cits = [Citation(id="c1", article="a1", outlet="Daily Planet", cue="reported", span=planet)]
    speakers = [Speaker(id="s1", name="Ministry", label="The ministry", type="organization"),
                Speaker(id="s2", name="Ivo Tam", label="Ministry spokesman Ivo Tam",
                        type="person", affiliation="Ministry"),
                # A body the article never relayed lends no relay.
                Speaker(id="s3", name="Ada Rhee", label="China's foreign minister Ada Rhee",
                        type="person", affiliation="China")]
    via = {a.id: a.via for a in with_via(atts, cits, speakers)}
    assert via == {"t1": ("Daily Planet",), "t2": ("Daily Planet",), "t3": ()}


def test_reportedly_is_the_report_the_article_credits() -> None:
    text = ("The envoy reportedly has left the capital. The talks stalled, the Daily Planet "
            "reported. The port allegedly closed.")

    def span(part: str) -> tuple[int, int]:
        return (text.index(part), text.index(part) + len(part))

    def hedged(aid: str, content: str, cue: str) -> Attribution:
        return Attribution(id=aid, article="a1", kind="reportive", content=content,
                           span=span(content), cue=cue, cue_span=span(cue),
                           sentence_span=span(content))

    atts = [hedged("r1", "The envoy reportedly has left the capital", "reportedly"),
            hedged("r2", "The port allegedly closed", "allegedly")]
    one = [Citation(id="c1", article="a1", outlet="Daily Planet", cue="reported",
                    span=span("the Daily Planet"))]
    via = {a.id: a.via for a in with_via(atts, one, [])}
    # "Allegedly" says someone alleges it, not that the report did.
    assert via == {"r1": ("Daily Planet",), "r2": ()}
    # Two outlets credited: whose report it is cannot be told.
    two = [*one, replace(one[0], id="c2", outlet="Morning Star", span=span("The talks"))]
    assert {a.id: a.via for a in with_via(atts, two, [])}["r1"] == ()


def test_an_outlet_a_source_spoke_to_inside_the_source_phrase_relays() -> None:
    text = ("A senior official who spoke to the Daily Planet on condition of anonymity claimed "
            "that the drones were unarmed. A report by the Morning Star said talks had stalled.")

    def at(part: str) -> tuple[int, int]:
        return (text.index(part), text.index(part) + len(part))

    first, second = at(text.split(". ")[0] + "."), at(text.split(". ")[1])
    atts = [
        Attribution(id="t1", article="a1", kind="indirect", content="the drones were unarmed",
                    span=at("the drones were unarmed"),
                    source_text="A senior official who spoke to the Daily Planet on condition "
                                "of anonymity",
                    source_span=at("A senior official who spoke to the Daily Planet on "
                                   "condition of anonymity"),
                    speaker="s1", sentence_span=first),
        Attribution(id="t2", article="a1", kind="indirect", content="talks had stalled",
                    span=at("talks had stalled"), source_text="A report by the Morning Star",
                    source_span=at("A report by the Morning Star"), speaker="s2",
                    sentence_span=second),
    ]
    cits = [Citation(id="c1", article="a1", outlet="Daily Planet", cue="spoke to",
                     span=at("the Daily Planet")),
            Citation(id="c2", article="a1", outlet="Morning Star", cue="report by",
                     span=at("the Morning Star"))]
    speakers = [Speaker(id="s1", name=None, label="senior official", type="anonymous"),
                Speaker(id="s2", name=None, label="A report by the Morning Star", type="other")]
    via = {a.id: a.via for a in with_via(atts, cits, speakers)}
    # The official spoke to the Planet: it relays. The Star's report is the source itself.
    assert via == {"t1": ("Daily Planet",), "t2": ()}


def test_a_report_another_statement_takes_up_is_no_relay() -> None:
    text = ("The drones were unarmed, officials said, confirming an earlier report by the "
            "Daily Planet.")

    def at(part: str) -> tuple[int, int]:
        return (text.index(part), text.index(part) + len(part))

    sent = (0, len(text))
    atts = [
        Attribution(id="t1", article="a1", kind="indirect", content="The drones were unarmed",
                    span=at("The drones were unarmed"), source_text="officials",
                    source_span=at("officials"), speaker="s1", sentence_span=sent),
        Attribution(id="t2", article="a1", kind="indirect",
                    content="an earlier report by the Daily Planet",
                    span=at("an earlier report by the Daily Planet"), source_text="officials",
                    source_span=at("officials"), speaker="s1", sentence_span=sent,
                    rule="dobj/speech"),
    ]
    cits = [Citation(id="c1", article="a1", outlet="Daily Planet", cue="report by",
                     span=at("the Daily Planet"))]
    speakers = [Speaker(id="s1", name=None, label="officials", type="anonymous")]
    via = {a.id: a.via for a in with_via(atts, cits, speakers)}
    # The officials confirm the Planet's report; they did not speak through it.
    assert via["t1"] == ()
