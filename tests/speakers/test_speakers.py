"""Source phrase parsing and corpus-level speaker merging."""

from __future__ import annotations

from dataclasses import replace

import pytest

from sourcetrace.models import Attribution
from sourcetrace.speakers.build import build_speakers, parse_source
from sourcetrace.speakers.parse import by_office


@pytest.mark.parametrize(
    ("text", "name", "role", "affiliation"),
    [
        ("Kremlin spokesman Dmitry Peskov", "Dmitry Peskov", "spokesman", "Kremlin"),
        ("foreign ministry spokesman Zhao Lijian", "Zhao Lijian", "spokesman", "foreign ministry"),
        (
            "Einar Tangen, senior international fellow at the Taihe Institute",
            "Einar Tangen",
            "senior international fellow",
            "Taihe Institute",
        ),
        (
            "the official representative of the State Department, Ned Price",
            "Ned Price",
            "official representative",
            "State Department",
        ),
        ("Sen. Maria Lopez", "Maria Lopez", "Sen.", None),
        # A title that is also a surname: after a given name it is the surname.
        ("Larry King", "Larry King", None, None),
        ("Martin Luther King Jr.", "Martin Luther King Jr.", None, None),
        ("Mr. King", "King", None, None),
        ("King Charles", "Charles", "King", None),
    ],
)
def test_named_person(text: str, name: str, role: str | None, affiliation: str | None) -> None:
    info = parse_source(text)
    assert info.type == "person"
    assert info.name == name
    assert info.role == role
    assert info.affiliation == affiliation


def test_an_envoys_posting_is_not_their_affiliation() -> None:
    info = parse_source("Ana Ortiz, Chile\u2019s ambassador to Peru")
    assert info.name == "Ana Ortiz"
    assert info.role == "ambassador to Peru"
    assert info.affiliation == "Chile"


def test_a_seat_of_government_gives_the_speakers_country() -> None:
    assert parse_source("Kremlin spokesman Ivan Petrov").country == "Russia"
    assert parse_source("White House adviser Jo Smith").country == "United States"
    # A closing "in <city>" places the institution before an adjective in its name.
    far = parse_source("Ivan Petrov, director of the Centre for European Studies in Moscow")
    assert far.country == "Russia"
    post = parse_source("Li Wei, a spokesman for the embassy of China in Washington")
    assert post.country == "China"
    # An anonymous source's nationality stays as worded.
    assert "nationality" not in parse_source("a White House official").descriptors


@pytest.mark.parametrize(
    ("text", "affiliation"),
    [
        ("a White House official", "White House"),
        ("a senior Foreign Ministry spokesman", "Foreign Ministry"),
        ("an official at the Defence Ministry", "Defence Ministry"),
        ("a senior US official", None),
    ],
)
def test_anonymous_source_affiliation(text: str, affiliation: str | None) -> None:
    info = parse_source(text)
    assert info.type == "anonymous"
    assert info.affiliation == affiliation


def test_title_of_state_is_a_role() -> None:
    info = parse_source("US Secretary of State Anthony Blinken")
    assert info.name == "Anthony Blinken"
    assert info.role == "Secretary of State"
    assert info.country == "United States"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A US official, speaking on condition of anonymity",
            {"count": 1, "nationality": "United States"},
        ),
        ("two senior Western officials", {"count": 2, "seniority": "senior"}),
        ("sources familiar with the meeting", {"knowledge": "familiar with the meeting"}),
        ("people briefed on the matter", {"knowledge": "briefed on the matter"}),
        ("unnamed US intelligence officials", {"agency": "intelligence"}),
        # Scare quotes around part of the description.
        ("an official\u201d in the French government", {"count": 1}),
    ],
)
def test_anonymous_with_descriptors(text: str, expected: dict[str, object]) -> None:
    info = parse_source(text)
    assert info.type == "anonymous"
    assert info.name is None
    for key, value in expected.items():
        assert info.descriptors.get(key) == value


def test_anonymity_phrase_recorded() -> None:
    info = parse_source("A US official, speaking on condition of anonymity")
    assert "anonymity" in info.descriptors["anonymity"]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("The Kremlin", "organization"),
        ("the White House", "organization"),
        ("Beijing", "organization"),
        ("The Financial Times", "outlet"),
        ("the newspaper", "outlet"),
        ("a joint statement", "other"),
        ("Recent media reports quoting unnamed officials", "other"),
        ("he", "person"),
        # A possessive opening a sentence is no name: "His lawyer" is a person by office,
        # "Her notice" and "His country" refer to what is named elsewhere.
        ("Her notice", "other"),
        ("His lawyer", "person"),
        ("His country", "other"),
        ("His mother", "anonymous"),
        # A clause says what the source did; its capitals name no one ("... Wednesday").
        ("The new poll, which was conducted in the days that ended Wednesday", "other"),
        # An event says nothing, whatever names it holds; people at or about one do.
        ("the Freedonia summit", "other"),
        ("The Ruiz meeting", "other"),
        ("sources familiar with the meeting", "anonymous"),
        # An institution speaks as one body.
        ("The hospital", "organization"),
        ("the airport", "organization"),
    ],
)
def test_types(text: str, kind: str) -> None:
    assert parse_source(text).type == kind


@pytest.mark.parametrize(
    ("text", "kind", "name"),
    [
        # A named source coordinated with an unnamed one is the named one, on the record.
        ("Navy Press Secretary Ola Berg and a senior Freedonian defense official", "person",
         "Ola Berg"),
        ("Former Premier Dana Holt and a number of her top advisers", "person", "Dana Holt"),
        # "and" inside a description or an organisation's name joins no two sources.
        ("Engineering and munitions experts", "anonymous", None),
        ("Several immigration lawyers and experts", "anonymous", None),
        ("the Department of Health and Human Services", "organization",
         "Department of Health and Human Services"),
        ("two Freedonian officials and one Western official", "anonymous", None),
        ("Freedonian and European officials", "anonymous", None),
        ("Officials in Freedonia and Europe", "anonymous", None),
    ],
)
def test_coordinated_sources(text: str, kind: str, name: str | None) -> None:
    info = parse_source(text)
    assert (info.type, info.name, info.text) == (kind, name, text)


@pytest.mark.parametrize(
    ("text", "kind", "name"),
    [
        # A named body's officials speak as the body, on the record.
        ("Northern Valley Power officials", "organization", "Northern Valley Power"),
        ("The Coastal Air Lines executives", "organization", "Coastal Air Lines"),
        ("ACLU officials", "organization", "ACLU"),
        # A state's officials stay unnamed officials of their government; a lone word
        # opening a sentence may be any word.
        ("Pentagon officials", "anonymous", None),
        ("Freedonian officials", "anonymous", None),
        ("U.S. officials", "anonymous", None),
        ("US officials", "anonymous", None),
        ("EU officials", "anonymous", None),
        ("State Department officials", "anonymous", None),
        ("Health officials", "anonymous", None),
        ("Some officials", "anonymous", None),
    ],
)
def test_a_bodys_staff(text: str, kind: str, name: str | None) -> None:
    info = parse_source(text)
    assert (info.type, info.name) == (kind, name)


def test_a_body_tagged_as_one_keeps_the_words_before_its_last_word() -> None:
    # "School" ends the words before "District", which alone looks like a name; tagged a
    # body, the whole phrase is the body's name. A person's two-word name stays a person.
    info = parse_source("Harbor Unified School District", entity="ORG")
    assert (info.type, info.name) == ("organization", "Harbor Unified School District")
    info = parse_source("U.S. Secretary of Education Ana Ruiz", entity="ORG")
    assert info.type == "person"


def _att(article: str, source: str, n: int, resolved: str | None = None) -> Attribution:
    return Attribution(
        id=f"{article}-{n}",
        article=article,
        kind="indirect",
        content="something",
        span=(n * 10, n * 10 + 5),
        source_text=source,
        source_span=(0, len(source)),
        resolved_source=resolved,
    )


def test_merges_name_variants_across_articles() -> None:
    atts = [
        _att("a1", "foreign ministry spokesman Zhao Lijian", 1),
        _att("a1", "Zhao", 2),
        _att("a2", "Zhao Lijian", 1),
        _att("a2", "Jake Sullivan", 2),
        _att("a3", "Sullivan", 1),
    ]
    speakers, out = build_speakers(atts)
    zhao = {a.speaker for a in out if "Zhao" in (a.source_text or "")}
    sullivan = {a.speaker for a in out if "Sullivan" in (a.source_text or "")}
    assert len(zhao) == 1 and len(sullivan) == 1
    (zhao_speaker,) = [s for s in speakers if s.id in zhao]
    assert zhao_speaker.name == "Zhao Lijian"
    assert zhao_speaker.articles == ("a1", "a2")
    assert zhao_speaker.affiliation == "foreign ministry"


def test_ranks_and_titles_are_left_out_when_names_are_compared() -> None:
    atts = [
        _att("a1", "Brig. Gen. Pat Rydel", 1),
        _att("a2", "Pat Rydel", 1),
        _att("a3", "Sen. Tom Cottan", 1),
        _att("a4", "Tom Cottan", 1),
    ]
    _speakers, out = build_speakers(atts)
    assert len({a.speaker for a in out if "Rydel" in (a.source_text or "")}) == 1
    assert len({a.speaker for a in out if "Cottan" in (a.source_text or "")}) == 1


def test_a_service_before_a_rank_and_a_short_given_name_are_one_person() -> None:
    atts = [
        _att("a1", "U.S. Air Force Brig. Gen. Patrick Rydel", 1),
        _att("a2", "Brig. Gen. Patrick Rydel, Pentagon press secretary", 1),
        _att("a3", "Pentagon spokesperson Brig. Gen. Pat Rydel", 1),
    ]
    _speakers, out = build_speakers(atts)
    assert len({a.speaker for a in out}) == 1
    # Two people whose given names begin so: the short one is neither.
    atts = [_att("a1", "Patrick Rydel", 1), _att("a2", "Patricia Rydel", 1),
            _att("a3", "Pat Rydel", 1)]
    _speakers, out = build_speakers(atts)
    assert len({a.speaker for a in out}) == 3


def test_namesakes_are_not_merged() -> None:
    atts = [
        _att("a1", "Jake Sullivan", 1),
        _att("a2", "Dan Sullivan", 1),
        _att("a3", "Sullivan", 1),
    ]
    speakers, out = build_speakers(atts)
    ids = [a.speaker for a in out]
    assert len(set(ids)) == 3  # the bare surname joins neither


def test_a_headline_read_as_a_name_takes_no_surname() -> None:
    # "Trump Meets Putin: 'Getting along ...'" gives a "full name" made of two other
    # people's surnames: the headline's speaker is its subject, and "Mr. Trump" in that
    # article is the corpus's Donald Trump.
    atts = [
        _att("a1", "Trump Meets Putin", 1),
        _att("a1", "Mr. Trump", 2),
        _att("a2", "Donald Trump", 1),
        _att("a3", "Vladimir Putin", 1),
    ]
    speakers, out = build_speakers(atts)
    by_id = {s.id: s for s in speakers}
    assert by_id[str(out[1].speaker)].name == "Donald Trump"
    assert out[0].speaker == out[1].speaker == out[2].speaker != out[3].speaker


def test_surname_joins_full_name_in_same_article_even_with_namesake_elsewhere() -> None:
    atts = [
        _att("a1", "Jake Sullivan", 1),
        _att("a1", "Sullivan", 2),
        _att("a2", "Dan Sullivan", 1),
    ]
    _, out = build_speakers(atts)
    assert out[0].speaker == out[1].speaker != out[2].speaker


def test_one_person_written_several_ways_is_one_speaker() -> None:
    # Middle initials, invisible soft hyphens and a two-word title before the name.
    atts = [
        _att("a1", "President Dora K. Velt", 1),
        _att("a2", "Dora Velt", 1),
        _att("a3", "Do\u00adra Velt", 1),
        _att("a4", "First Lady Mira Velt", 1),
        _att("a5", "Mira Velt", 1),
    ]
    speakers, out = build_speakers(atts)
    assert len({a.speaker for a in out[:3]}) == 1
    assert out[3].speaker == out[4].speaker != out[0].speaker
    mira = next(s for s in speakers if s.id == out[3].speaker)
    assert (mira.name, mira.role, mira.affiliation) == ("Mira Velt", "First Lady", None)


def test_a_surnames_role_rules_out_a_namesake_of_another_office() -> None:
    # The article names only the first lady in full; "President Velt" is not her, and is
    # resolved from the rest of the corpus, where one Velt is president.
    atts = [
        _att("a1", "First Lady Mira Velt", 1),
        _att("a1", "President Velt", 2),
        _att("a2", "President Dora Velt", 1),
    ]
    _, out = build_speakers(atts)
    assert out[1].speaker == out[2].speaker != out[0].speaker


def test_a_nations_people_are_an_unnamed_group() -> None:
    for text, count in (("12 Russians", 12), ("the Russians", None), ("Ukrainians", None)):
        info = parse_source(text)
        assert (info.type, info.name) == ("anonymous", None), text
        assert info.country in ("Russia", "Ukraine") and info.descriptors.get("count") == count
    assert parse_source("Chris Evans").type == "person"  # a surname ending in -s


def test_a_title_before_the_name_that_ends_the_phrase_makes_it_a_person() -> None:
    info = parse_source("Department of Harbor Safety Secretary Ann Berg")
    assert (info.type, info.name) == ("person", "Ann Berg")
    # A name inside a description of someone unnamed stays what the description says.
    assert parse_source("a senior President Dora Velt administration official").type == "anonymous"


def test_a_lone_capitalised_word_is_a_person_only_with_evidence() -> None:
    # Read as names by their capital letter: a date, a function word, a nation's people (an
    # unnamed group) and a state. A surname the corpus writes in full ("Velt" for "Dora
    # Velt") stays a person.
    atts = [
        replace(_att("a1", "Friday", 1), source_entity="DATE"),
        _att("a1", "Whoever", 2),
        replace(_att("a1", "Russians", 3), source_entity="NORP"),
        _att("a1", "Finland", 4),
        _att("a2", "Dora Velt", 1),
        _att("a3", "Velt", 1),
    ]
    speakers, out = build_speakers(atts)
    kinds = {s.id: s.type for s in speakers}
    assert out[0].speaker is None and out[1].speaker is None
    assert [kinds[a.speaker] for a in out[2:] if a.speaker] == [
        "anonymous", "organization", "person", "person"]
    assert out[4].speaker == out[5].speaker


def test_a_surname_most_of_the_corpus_quotes_one_way_is_that_person() -> None:
    # Nine articles quote Dora Velt, one Mira Velt; a bare "Velt" elsewhere is Dora when
    # the settings let the dominant name decide, and stays apart by default.
    atts = [_att(f"d{i}", "Dora Velt", 1) for i in range(9)]
    atts += [_att("m1", "Mira Velt", 1), _att("x1", "Velt", 1)]
    _, out = build_speakers(atts, dominance=0.75)
    assert out[-1].speaker == out[0].speaker
    _, out = build_speakers(atts)
    assert out[-1].speaker not in {out[0].speaker, out[-2].speaker}
    atts += [_att(f"m{i}", "Mira Velt", 1) for i in range(2, 6)]  # 9 against 5: no one's
    _, out = build_speakers(atts, dominance=0.75)
    assert out[-5].speaker not in {a.speaker for a in out if a.source_text != "Velt"}


def test_a_surname_the_parser_tagged_a_body_is_the_person() -> None:
    # "Velt said", tagged ORG by the parser, is the Dora Velt the corpus names; a nation's
    # people and a place named like someone are left alone.
    atts = [
        _att("a1", "Dora Velt", 1),
        replace(_att("a2", "Velt", 1), source_entity="ORG"),
        replace(_att("a3", "Democrats", 1), source_entity="NORP"),
        _att("a4", "Ann Democrats", 1),
    ]
    speakers, out = build_speakers(atts)
    assert out[0].speaker == out[1].speaker
    kinds = {s.id: s.type for s in speakers}
    assert kinds[out[2].speaker] != "person"


def test_a_one_word_name_she_stands_for_is_a_person_and_a_lawyers_client_no_body() -> None:
    # "Tolland" tagged ORG, the corpus naming no "Mira Tolland" as a speaker: "she" stands
    # for her, so she is a person; "Tolland's lawyer" makes her his client, not a body.
    atts = [
        replace(_att("a1", "Tolland's lawyer, Henrik Sand", 1), source_entity="PERSON"),
        replace(_att("a2", "Tolland", 1), source_entity="ORG"),
        replace(_att("a2", "she", 2, resolved="Tolland"), source_entity="ORG"),
    ]
    speakers, out = build_speakers(atts)
    kinds = {s.id: s.type for s in speakers}
    assert out[1].speaker == out[2].speaker and kinds[out[1].speaker] == "person", speakers


def test_anonymous_never_merged_into_named_and_possibly_same() -> None:
    atts = [
        _att("a1", "a senior Western official", 1),
        _att("a2", "a senior Western official", 1),
        _att("a3", "a senior Western official", 1),
        _att("a1", "Western official Anna Berg", 2),
    ]
    speakers, out = build_speakers(atts, related={"a1": "story", "a2": "story"})
    anon = [s for s in speakers if s.type == "anonymous"]
    assert len(anon) == 3  # one per article, never merged outright
    by_article = {s.articles[0]: s for s in anon}
    assert by_article["a2"].id in by_article["a1"].possibly_same_as
    assert by_article["a3"].possibly_same_as == ()  # not a related article
    named = [s for s in speakers if s.type == "person"]
    assert [s.name for s in named] == ["Anna Berg"]
    assert out[3].speaker == named[0].id


def test_speaker_ids_deterministic_and_pronouns_unassigned() -> None:
    atts = [_att("a1", "Kremlin spokesman Dmitry Peskov", 1), _att("a1", "he", 2)]
    s1, o1 = build_speakers(atts)
    s2, o2 = build_speakers(atts)
    assert [s.id for s in s1] == [s.id for s in s2]
    assert all(s.id.startswith("s") for s in s1)
    assert o1[1].speaker is None
    resolved = [_att("a1", "he", 2, resolved="Kremlin spokesman Dmitry Peskov")]
    _, o3 = build_speakers([atts[0], *resolved])
    assert o3[0].speaker == o3[1].speaker


def test_name_before_organisation_and_time_tail() -> None:
    info = parse_source("President Dorin Maas of Veloria on Thursday")
    assert (info.name, info.role, info.affiliation) == ("Dorin Maas", "President", "Veloria")
    info = parse_source("Tamsin Okoro of the Institute for Strait Studies")
    assert (info.name, info.affiliation) == ("Tamsin Okoro", "Institute for Strait Studies")


def test_entity_hint_types_place_as_organization() -> None:
    assert parse_source("Hungary", entity="GPE").type == "organization"
    assert parse_source("Hungary", entity="PERSON").type == "person"


def test_names_are_whole_bodies_and_never_party_tags() -> None:
    # A body the parser knows as one is named by its whole phrase, country word included.
    assert parse_source("Rally Canada", entity="ORG").name == "Rally Canada"
    assert parse_source("the Veterans Affairs", entity="ORG").name == "Veterans Affairs"
    # "D-Mich." after a lawmaker's name is party and state.
    info = parse_source("Sen. Debbie Stabenow, D-Mich., a member of the leadership team")
    assert info.type == "person" and info.name == "Debbie Stabenow"


def test_one_word_state_is_not_a_person() -> None:
    # An unfamiliar country name reads as a person to the parser; the corpus shows it is a
    # state ("Zembria's foreign ministry") and no person's full name carries the word.
    atts = [
        _att("a1", "Zembria's foreign ministry", 1),
        _att("a2", "Zembria", 2),
        _att("a2", "Vladimir Putin", 3),
        _att("a3", "Putin", 4),
        _att("a3", "Putin's office", 5),
    ]
    speakers, linked = build_speakers(atts)
    by_id = {s.id: s for s in speakers}
    types = {a.source_text: by_id[a.speaker].type for a in linked if a.speaker}
    assert types["Zembria"] == "organization"
    # A word that is part of a person's full name stays a person, whatever it possesses.
    assert types["Putin"] == "person"
    assert by_id[linked[3].speaker or ""].name == "Vladimir Putin"


@pytest.mark.parametrize("text", ["a senior Democrat", "two Republicans", "a Conservative MP",
                                  "two Ukrainian negotiators"])
def test_an_unnamed_member_of_a_party_or_group_is_anonymous(text: str) -> None:
    info = parse_source(text)
    assert info.type == "anonymous" and info.name is None


@pytest.mark.parametrize("text", ["Monday's violence", "last week's report"])
def test_a_phrase_owned_by_a_time_is_no_speaker(text: str) -> None:
    assert parse_source(text).type == "other"



@pytest.mark.parametrize(("text", "label", "name", "affiliation"), [
    # The when is not the who.
    ("President Dorin Maas of Veloria on Thursday", "President Dorin Maas of Veloria",
     "Dorin Maas", "Veloria"),
    ("Foreign Minister Ana Ruiz late on Monday", "Foreign Minister Ana Ruiz", "Ana Ruiz", None),
    # An article is no part of the affiliation.
    ("A Freedonia Defense Ministry official", "A Freedonia Defense Ministry official", None,
     "Freedonia Defense Ministry"),
])  # fmt: skip
def test_speaker_labels_leave_out_times_and_articles(
    text: str, label: str, name: str | None, affiliation: str | None
) -> None:
    info = parse_source(text)
    assert (info.text, info.name, info.affiliation) == (label, name, affiliation)


def test_an_unresolved_reference_is_no_speaker() -> None:
    # "his country", "it": someone named elsewhere, not a source of its own.
    atts = [_att("a1", "his country", 1), _att("a1", "it", 2), _att("a1", "a resolution", 3)]
    speakers, out = build_speakers(atts)
    assert [a.speaker is None for a in out] == [True, True, False]
    assert [s.label for s in speakers] == ["a resolution"]


def test_a_document_owned_by_a_pronoun_is_still_a_document() -> None:
    # "Her notice said she had been dismissed": whose notice is not resolved, but a
    # notice spoke, unnamed; "his country" stays no speaker.
    atts = [_att("a1", "Her notice", 1), _att("a1", "his country", 2)]
    speakers, out = build_speakers(atts)
    assert [a.speaker is None for a in out] == [False, True]
    assert [(s.label, s.type, s.name) for s in speakers] == [("Her notice", "other", None)]


def test_a_copys_anonymous_source_is_its_originals() -> None:
    # a2 is a copy of a1: its "senior Western official" is the same source, listed once;
    # a3 is another text, its official only possibly the same.
    atts = [_att("a1", "a senior Western official", 1),
            _att("a2", "a senior Western official", 1),
            _att("a3", "a senior Western official", 1)]
    speakers, out = build_speakers(atts, related={"a1": "a1", "a2": "a1"}, copies={"a2": "a1"})
    assert len(speakers) == 2
    assert out[0].speaker == out[1].speaker != out[2].speaker


@pytest.mark.parametrize(
    ("text", "entity", "kind", "name"),
    [
        # people, unnamed: a plural noun for people heads the phrase
        ("Investigators", None, "anonymous", None),
        ("Tenant advocates", None, "anonymous", None),
        ("Some trans voters", None, "anonymous", None),
        ("Those", None, "anonymous", None),
        ("Others", None, "anonymous", None),
        # brands are written as no person's name is
        ("Velgaz", None, "person", "Velgaz"),
        ("VelGasCo", None, "organization", "VelGasCo"),
        ("PORTist", None, "organization", "PORTist"),
        ("Harbor/Stat", None, "organization", "Harbor/Stat"),
        ("Aidan McKellan", None, "person", "Aidan McKellan"),
        ("Lena DeVries", "PERSON", "person", "Lena DeVries"),
        ("the Coastal Tenants Project", None, "organization", None),
        # a poll's findings are its pollster's
        ("a March Harbor/Stat poll", None, "organization", "Harbor/Stat"),
        ("the Veloria Institute survey", None, "organization", "Veloria Institute"),
        ("a new poll", None, "other", None),
        ("Some 73% of voters in the Harbor/Stat poll", "PERCENT", "organization", "Harbor/Stat"),
        ("Those who spoke", None, "anonymous", None),
        # an unnamed spokesperson speaks as the body named
        ("A spokesperson for Velgaz Energy", None, "organization", "Velgaz Energy"),
        ("a Velgaz spokesperson", None, "organization", "Velgaz"),
        # ... the possessor, without its possessive
        ("Ivo Brant's spokesman", None, "organization", "Ivo Brant"),
        # a piece of journalism speaks for the outlet of the registry that publishes it
        ("A Washington Post report", None, "outlet", "The Washington Post"),
        ("a report by Reuters", None, "outlet", "Reuters"),
        ("a Velgaz report", None, "other", None),
        # people are people, though their phrase ends in a document word
        ("people briefed on the intelligence", None, "anonymous", None),
        ("the Velgaz’ spokesperson", None, "organization", "Velgaz"),
        ("a Veloria foreign ministry spokesperson", None, "organization",
         "Veloria foreign ministry"),
        ("a spokesman who declined to be named", None, "anonymous", None),
        # data only a body keeps speak for the body that names them, like a poll
        ("the Harbor Lookout’s database", None, "organization", "Harbor Lookout"),
        ("a tally by the Coastal Tenants Project, which tracks evictions", None,
         "organization", "Coastal Tenants Project"),
        ("data from the Veloria Census Bureau", None, "organization", "Veloria Census Bureau"),
        ("Harbor Lookout election data", None, "organization", "Harbor Lookout"),
        # other documents, and data of no named owner, stay documents
        ("Aidan McKellan's letter", None, "other", None),
        ("the city’s database", None, "other", None),
        ("Ukrainian intelligence data", None, "other", None),
        ("Port Authority policy", None, "other", None),
        # a document heads the phrase: a name inside its modifiers is not the source
        ("a draft of the letter to Mayor Lena Hask that can be seen on the Velgaz County "
         "website", None, "other", None),
        ("An analysis released in May of respondents to the Veloria Housing Survey", None,
         "other", None),
    ],
)
def test_groups_brands_and_pollsters_are_typed(text: str, entity: str | None, kind: str,
                                               name: str | None) -> None:
    info = parse_source(text, entity=entity)
    assert info.type == kind
    if name is not None:
        assert info.name == name


def test_a_one_word_name_others_are_spokespeople_for_is_a_body() -> None:
    atts = [
        Attribution(id="t1", article="a1", kind="direct", content="x", span=(0, 1),
                    source_text="Velgaz", source_span=(0, 6)),
        Attribution(id="t2", article="a1", kind="direct", content="y", span=(2, 3),
                    source_text="a Velgaz spokeswoman, Lena Hask", source_span=(2, 9)),
    ]  # fmt: skip
    speakers, _ = build_speakers(atts)
    types = {s.name: s.type for s in speakers}
    assert types["Velgaz"] == "organization" and types["Lena Hask"] == "person"


@pytest.mark.parametrize("text", ["The President", "the President", "The Vice President"])
def test_an_office_written_with_capitals_is_a_person_by_office(text: str) -> None:
    info = parse_source(text)
    assert info.type == "person" and info.name is None
    assert info.role == text.lower().removeprefix("the ")


@pytest.mark.parametrize("text", [
    "An alleged call between soldiers intercepted by Ruritanian intelligence on June 9",
    "Ruritanian officials on 9 June 2023",
    "the ministry in March",
])
def test_a_date_closing_a_source_phrase_is_no_name(text: str) -> None:
    info = parse_source(text)
    assert not {"June", "March"} & set((info.name or "").split()), info


@pytest.mark.parametrize(
    ("text", "role"),
    [("a senator", "senator"), ("a French minister", "minister"),
     ("A Republican senator", "senator"), ("a senior Democrat", "democrat"),
     ("Democrats", None), ("Senate Republicans", None),
     ("Congressional Democrats and at least one Republican", None)],
)
def test_unnamed_office_holders_and_party_members_are_anonymous(text: str, role: str | None
                                                                ) -> None:  # fmt: skip
    info = parse_source(text)
    assert (info.type, info.name) == ("anonymous", None)
    if role is not None:
        assert (info.role or "").lower() == role


@pytest.mark.parametrize(
    ("text", "name"),
    [("Sen. Lena Hask (R-S.C.)", "Lena Hask"), ("Sen. Mara Velt, D-N.Y.", "Mara Velt"),
     ("Senator Ivo Dran, Republican of Nebraska", "Ivo Dran")],
)
def test_party_words_and_tags_are_never_a_name(text: str, name: str) -> None:
    info = parse_source(text, entity="PERSON")
    assert (info.type, info.name) == ("person", name)


@pytest.mark.parametrize(("text", "role"), [("US president", "US president"),
                                           ("the French president", "French president")])
def test_an_office_after_a_nationality_is_a_person_by_office(text: str, role: str) -> None:
    info = parse_source(text)
    assert (info.type, info.name, info.role) == ("person", None, role)
    assert by_office(info.text, info.role)  # one identifiable person, on the record
    # a body whose name ends in an office's word stays a body
    assert parse_source("the Department of Justice").type == "organization"


def test_a_party_member_named_by_party_alone_points_back_to_someone() -> None:
    # "the Democrat said": whom it means was named before; no body called "Democrat"
    info = parse_source("the Democrat")
    assert (info.type, info.name) == ("person", None)


@pytest.mark.parametrize(
    ("text", "kind"),
    [("People", "anonymous"), ("Demonstrators", "anonymous"),
     ("Thousands of young people", "anonymous"),
     ('Commentators on the Sunday talk show "Evening"', "anonymous"),
     ("Voters in Michigan", "anonymous"),
     ("PORT SELVA (AP) — A federal judge", "anonymous")],
)
def test_people_unnamed_are_no_name_nor_body(text: str, kind: str) -> None:
    info = parse_source(text)
    assert (info.type, info.name) == (kind, None)
    assert "(AP)" not in info.text  # a dateline is where the report was filed, not who spoke


@pytest.mark.parametrize(("text", "name"), [("police", None), ("the federal authorities", None),
                                            ("the Pentagon", "Pentagon")])
def test_a_body_named_by_a_common_noun_has_no_name(text: str, name: str | None) -> None:
    info = parse_source(text)
    assert (info.type, info.name) == ("organization", name)


@pytest.mark.parametrize(("text", "kind", "name"), [
    # The members listed after a body or group are not who speaks; the body is.
    ("District leadership \u2014 including Superintendent Kyla Johnson-Trammell and risk "
     "management officer Rebecca Littlejohn", "organization", "District leadership"),
    # A group of people including a named one: the named one, on the record.
    ("Many unhoused people, including Robinson", "person", "Robinson"),
    ("Several congressional Democrats, including Senate Minority Leader Chuck Schumer",
     "person", "Chuck Schumer"),
    ("Several key senators", "anonymous", None),
    # A title makes a lone surname a person's name; a capitalised common word is none.
    ("Mr. Warner and other Democratic senators", "person", "Warner"),
    ("Public health and environmental researchers", "anonymous", None),
    # A city, a county, a body's leadership speaking is its government, unnamed.
    ("The city", "organization", None),
    ("the county", "organization", None),
    ("the district leadership", "organization", None),
])
def test_a_body_speaks_for_its_members_a_group_by_the_one_it_names(text: str, kind: str, name: str | None) -> None:
    info = parse_source(text)
    assert (info.type, info.name) == (kind, name)


@pytest.mark.parametrize(("text", "kind", "name"), [
    # A full name right after a role word ends at the preposition of its organisation.
    ("Atmospheric physics professor Kent Moore at the University of Toronto", "person",
     "Kent Moore"),
    # An organisation's name is not cut there ("... Studies at the Higher School ...").
    ("Vasily Kashin, director of the Center for International Studies at the Higher School "
     "of Economics", "person", "Vasily Kashin"),
    # "Affairs" names a ministry; "staff" are a body's people, unnamed.
    ("Veterans Affairs", "organization", "Veterans Affairs"),
    ("Surrey staff", "anonymous", None),
    # An armed group's or a movement's name heads a body, as does its wing.
    ("The Red Dawn movement", "organization", "Red Dawn movement"),
    ("the Polisario Front", "organization", "Polisario Front"),
    ("The group's political wing", "organization", None),
    # Documents: tests and findings are nobody's name.
    ("Tests by a military laboratory", "other", None),
    ("Blood tests", "other", None),
    # A document with the participle of its making: its maker's.
    ("a readout released by Adler's office", "organization", "Adler's office"),
    ("a statement issued by the Varnian defence ministry", "organization",
     "Varnian defence ministry"),
    # A formal body speaks, not its members: "of experts" are no anonymous experts; a
    # collective is the people in it. A report by such a body is the body's.
    ("A UN panel of experts", "organization", "UN panel of experts"),
    ("a committee of lawmakers", "organization", None),
    ("a group of US officials", "anonymous", None),
    ("a confidential report by a UN panel of experts", "organization", "UN panel of experts"),
    # A body named by its capitals keeps ``owned_data``'s rules ("a study by the [nonprofit]
    # X": only a body's kind before the name makes it the body's).
    ("A study by the Vermont nonprofit Crime Research Group", "other", None),
    # An adverb after the participle of a reduced relative: the head is still "footage".
    ("Video footage shared widely on social media", "other", None),
    # An apposition saying what body a name is, with a relative clause without its pronoun;
    # a role word in it ("spokeswoman", once stripped of its first "s") names a person.
    ("Black Heron, the group researchers have linked to the attack", "organization",
     "Black Heron"),
    ("Anna Berg, a spokeswoman for the group", "person", "Anna Berg"),
    # A body described after a role is the role's body, not the name's.
    ("Lena Dahl, founder of Open Harbour, a group that helps refugees", "person", "Lena Dahl"),
    # The apposition's head is before its preposition: an advocate with a project is a
    # person; the company behind an app is a body.
    ("Karl Moss, a housing advocate with the Northern Tenants Project", "person", "Karl Moss"),
    ("Vexel, the company behind the app", "organization", "Vexel"),
    ("Mara Lind, a University of Lumbria law professor who advised the panel", "person",
     "Mara Lind"),
])
def test_names_organisations_and_staff(text: str, kind: str, name: str | None) -> None:
    info = parse_source(text)
    assert (info.type, info.name) == (kind, name)
    if "Kashin" in text:
        assert info.affiliation is not None and "Higher School" in info.affiliation


def test_the_body_a_titled_person_serves_in_is_no_part_of_the_name() -> None:
    from sourcetrace.speakers.parse import parse_source

    ryder = parse_source("Pentagon Press Secretary U.S. Air Force Brig. Gen. Patrick Ryder")
    assert (ryder.name, ryder.role, ryder.affiliation) == (
        "Brig. Gen. Patrick Ryder", "Press Secretary", "Pentagon")
    smith = parse_source("U.S. Army Lt. Gen. John Smith")
    assert (smith.name, smith.affiliation, smith.country) == (
        "Lt. Gen. John Smith", "U.S. Army", "United States")
    # Titles from the start leave the name whole.
    assert parse_source("Lt. Col. Jane Doe").name == "Lt. Col. Jane Doe"


def test_pictures_and_documents_opening_a_sentence_are_no_names() -> None:
    from sourcetrace.speakers.parse import parse_source

    # "Photos by U-2 planes confirmed ...": capitalised because the sentence opens there.
    assert parse_source("Photos by U-2 planes").type == "other"
    assert parse_source("Videos posted by Ukrainian soldiers").type == "other"
    # A surname that is also a document word in the singular stays a name.
    assert parse_source("Larry Page").name == "Larry Page"


def test_one_unnamed_member_of_a_named_body_is_anonymous() -> None:
    from sourcetrace.speakers.parse import parse_source

    # "a professor at Harvard University" had been the organisation of that whole name.
    prof = parse_source("a professor at Harvard University")
    assert (prof.type, prof.role, prof.affiliation) == (
        "anonymous", "professor", "Harvard University")
    who = parse_source("a researcher at the University of Toronto")
    assert (who.type, who.role, who.affiliation) == (
        "anonymous", "researcher", "University of Toronto")
    # Named, the member is the person.
    assert parse_source("a professor at Harvard, John Smith").name == "John Smith"


@pytest.mark.parametrize("text", [
    "14 percent of Republicans, 25 percent of independents and 54 percent of Democrats",
    "54% of Democrats", "Two-thirds of voters", "half of Americans", "\u202235 percent overall",
])  # fmt: skip
def test_a_share_of_poll_respondents_is_no_speaker(text: str) -> None:
    # A poll's finding ("54 percent of Democrats say Trump should not meet Putin") is no
    # anonymous source denying anything; the poll, when named, is the source.
    assert parse_source(text).type == "other"


@pytest.mark.parametrize("text", ["Most of the residents", "Some officials", "100 protesters"])
def test_groups_of_people_stay_anonymous(text: str) -> None:
    assert parse_source(text).type == "anonymous"


@pytest.mark.parametrize(("text", "agency"), [
    ("a senior Biden administration official", "administration"),
    ("a senior administration official", None),  # as vague as "a senior government official"
    ("a senior U.S. administration official", None),
    ("a senior defense official", "defense"),
])  # fmt: skip
def test_an_administration_places_a_source_only_when_named(text: str, agency: str | None) -> None:
    # Seniority in a named agency makes an unnamed source placed to know (reliability C):
    # "the administration" alone names none.
    assert parse_source(text).descriptors.get("agency") == agency


@pytest.mark.parametrize(("name", "family"), [
    ("Xi Jinping", "xi"), ("Wang Yi", "wang"), ("Kim Jong Un", "kim"), ("Kim Jong-un", "kim"),
    ("Moon Jae-in", "moon"), ("Lee Jae-myung", "lee"), ("Barack Obama", "obama"),
    ("Kim Kardashian", "kardashian"), ("Lee Anderson", "anderson"), ("Jack Ma", "ma"),
])  # fmt: skip
def test_a_family_name_written_first_is_the_family_name(name: str, family: str) -> None:
    from sourcetrace.speakers.names import family_name

    # "Xi Jinping" ... "Xi said": one person, whose family name comes first.
    assert family_name(name) == family


def test_chinese_and_korean_names_are_one_actor_with_their_family_name() -> None:
    from sourcetrace.claims.entities import normalise_entity

    assert normalise_entity("Xi Jinping", "PERSON") == normalise_entity("Xi", "PERSON") == "xi"
    assert normalise_entity("Kim Jong Un", "PERSON") == normalise_entity("Kim Jong-un", "PERSON")


def test_a_title_before_a_family_name_written_first_is_passed_over() -> None:
    from sourcetrace.speakers.names import family_name

    assert family_name("Chinese President Xi Jinping") == "xi"
    assert family_name("President Barack Obama") == "obama"


def test_a_name_in_capitals_is_the_person_it_spells() -> None:
    # Transcripts label their speakers in capitals; a given name or a title says it is a
    # person. Capitals that spell no name stay as they were.
    amy = parse_source("AMY KOVAC")
    assert (amy.type, amy.name, amy.text) == ("person", "Amy Kovac", "AMY KOVAC")
    sen = parse_source("SEN. DANA HOLT")
    assert (sen.type, sen.name, sen.role) == ("person", "Dana Holt", "Sen.")
    assert parse_source("US AMBASSADOR").name is None
    assert parse_source("BIG SITDOWN AHEAD").type != "person"


@pytest.mark.parametrize(("text", "date"), [
    ("9:20 AM, July 15, 2018", "July"),
    ("Panelists on popular Sunday night talk show", "Sunday"),
    ("FLASHBACK, DEC. 2015", "DEC."), ("Beijing’s own hosting of the envoy last November", "November"),
])
def test_a_month_or_weekday_is_no_ones_name(text: str, date: str) -> None:
    info = parse_source(text)
    assert info.type != "person" and info.name != date


@pytest.mark.parametrize(("text", "name"), [
    ("Prime Minister Theresa May", "Theresa May"), ("Mayor Jan Vapaavuori", "Jan Vapaavuori"),
])
def test_a_month_that_is_also_a_name_stays_one(text: str, name: str) -> None:
    assert parse_source(text).name == name



@pytest.mark.parametrize(("text", "kind", "role"), [
    # A nation's adjective the nationalities list lacks is no one's name before lower case.
    ("The Veldanian finance minister", "person", "Veldanian finance minister"),
    ("Veldanian media", "outlet", None),  # a kind of outlet (speaker_shapes.toml)
    ("a senior Eritrean official", "anonymous", "official"),
])
def test_an_unlisted_nations_adjective_names_no_one(text: str, kind: str, role: str | None) -> None:
    info = parse_source(text)
    assert (info.type, info.role) == (kind, role), info
    assert info.name in (None, text), info  # not "Veldanian", as before


@pytest.mark.parametrize("text", ["Brian Kelly", "Adrian Mole, the diarist"])
def test_a_given_name_shaped_like_an_adjective_is_still_a_name(text: str) -> None:
    info = parse_source(text)
    assert info.type == "person" and info.name == text.split(",")[0], info


def test_a_speakers_label_leaves_out_clauses_about_what_they_did() -> None:
    phrase = ("A Veldanian official, speaking on condition of anonymity because he was not "
              "authorised to discuss the matter")
    att = Attribution(id="a1", article="x", span=(0, 1), content="P", source_text=phrase,
                      cue="said", kind="indirect")
    [speaker], _ = build_speakers([att])
    assert speaker.label == "A Veldanian official" and speaker.type == "anonymous", speaker


@pytest.mark.parametrize(("text", "outlet"), [
    ("a report in the Washington Post", "The Washington Post"),
    ("an article in the Guardian", "The Guardian"),
    # An outlet the registry lacks, known by its outlet word.
    ("a report in the Veldan Herald", "Veldan Herald"),
    ("a Veldan Herald report", "Veldan Herald"),
])
def test_a_piece_of_journalism_in_an_outlet_is_the_outlets(text: str, outlet: str) -> None:
    info = parse_source(text)
    assert (info.type, info.name) == ("outlet", outlet), info


@pytest.mark.parametrize("text", ["a letter in the archive", "a report in the Veldanian press"])
def test_a_document_in_no_outlet_is_no_outlets(text: str) -> None:
    assert parse_source(text).type != "outlet"


@pytest.mark.parametrize(("text", "outlet"), [
    ("The Herald's Mira Kell", "The Herald"),
    ("The Associated Press's Naira Dale and Angela Kell", "Associated Press"),
    ("Herald reporter Mira Kell", "The Herald"),
    ("AP White House correspondent Tom Dace", "Associated Press"),
    ("Mira Kell, a Herald correspondent", "The Herald"),
    ("a Reuters reporter", "Reuters"),
])
def test_an_outlets_reporters_are_the_outlet(text: str, outlet: str) -> None:
    info = parse_source(text)
    assert (info.type, info.name) == ("outlet", outlet), info


@pytest.mark.parametrize("text", [
    "Washington Post columnist Ana Ruiz",  # a columnist's opinion is her own
    "Russia's Sergei Lavrov",  # a state's minister, not an outlet's
    "Kremlin spokesman Dmitry Peskov",
])
def test_other_staff_are_not_the_outlet(text: str) -> None:
    assert parse_source(text).type != "outlet"


def test_a_full_name_tagged_a_body_is_the_person_the_corpus_names() -> None:
    # The tagger took the bare name for an organisation; the corpus gives it a person.
    atts = [_att("a1", "Defence Minister Ivo Brant", 1),
            replace(_att("a2", "Ivo Brant", 1), source_entity="ORG")]
    speakers, out = build_speakers(atts)
    by_id = {s.id: s for s in speakers}
    assert by_id[str(out[1].speaker)].type == "person"


@pytest.mark.parametrize("entity", [None, "NORP"])
def test_a_party_member_described_by_state_is_a_person_unnamed(entity: str | None) -> None:
    info = parse_source("The Kentucky Republican", entity=entity)
    assert (info.type, info.name) == ("person", None), info


@pytest.mark.parametrize(("text", "body"), [
    ("a spokesman for the Chinese foreign ministry", "Chinese foreign ministry"),
    ("a spokesman for the Ruritanian defence ministry", "Ruritanian defence ministry"),
    ("a spokeswoman for Southern California Edison", "Southern California Edison"),
])
def test_a_spokesperson_speaks_for_the_whole_body_named(text: str, body: str) -> None:
    # A body named in small letters after its capitals is not cut at the capitals.
    info = parse_source(text)
    assert (info.type, info.name) == ("organization", body), info


@pytest.mark.parametrize(("text", "kind", "name"), [
    ("Varnian state media", "outlet", None),
    ("state television", "outlet", None),
    ("social media", "other", None),
    ("A statement from the Varnian defence ministry", "organization",
     "Varnian defence ministry"),
    ("a statement from Ivo Brant", "other", None),  # a person's statement is a document
])
def test_media_are_outlets_and_a_bodys_statement_is_the_body(text: str, kind: str,
                                                            name: str | None) -> None:
    info = parse_source(text)
    assert (info.type, info.name) == (kind, name), info


def test_a_body_named_after_its_kind_is_whom_the_people_work_for() -> None:
    # "at the firm Redline Labs": the firm's name, not the word "firm".
    info = parse_source("Security researchers at the firm Redline Labs")
    assert (info.type, info.affiliation) == ("anonymous", "Redline Labs"), info
    assert parse_source("a source at the cybersecurity firm Vexel").affiliation == "Vexel"
    assert parse_source("an official in eastern Ukraine").affiliation is None


@pytest.mark.parametrize(("text", "kind", "name"), [
    # Someone "at" a body works there; "former" or not, the body is not who speaks.
    ("A former quality inspector at Harlan Dynamics", "anonymous", None),
    ("a senior engineer at Nordtel", "anonymous", None),
    # A possessive apposition saying what body the name is: the body, an outlet if it is one.
    ("Hart's employer, the Weekly Globe", "outlet", "Weekly Globe"),
    ("her employer, Nordtel", "organization", "Nordtel"),
    ("its owner, John Smith", "person", "John Smith"),
    # The pollster, not the outlet it polled for or that published it.
    ("a poll by Meridian Research for the Sunday Courier", "organization", "Meridian Research"),
    ("a Meridian Research poll published by the Sunday Courier", "organization",
     "Meridian Research"),
    ("a poll by the Centre for Economic Research", "organization",
     "Centre for Economic Research"),
    # The name a description gives; a clause on a thing after a comma is no part of it.
    ("A previously unknown group calling itself the Northern Front", "organization",
     "Northern Front"),
    ("MTO, which is run by the Royal Navy", "organization", "MTO"),
    # A plural body written after a name: the bodies, not a person named "U.S.".
    ("U.S. intelligence agencies", "organization", "U.S. intelligence agencies"),
])
def test_workers_pollsters_and_the_names_descriptions_give(text: str, kind: str, name: str | None) -> None:
    info = parse_source(text)
    assert (info.type, info.name) == (kind, name), info


def test_a_possessive_opening_a_sentence_is_no_name() -> None:
    # "Her spokesman said": capitalised only as the sentence opens, no body named "Her".
    for text in ("Her spokesman", "His spokeswoman"):
        info = parse_source(text)
        assert info.name is None or info.name.split()[0] not in ("Her", "His"), info


@pytest.mark.parametrize(("text", "kind"), [
    ("auditors", "anonymous"), ("independent specialists", "anonymous"),
    ("the negotiators", "anonymous"), ("Military bloggers", "anonymous"),
    ("engineers at the plant", "anonymous"),
    # One of them, after a determiner: one unnamed person, no body named "One engineer".
    ("One engineer", "anonymous"), ("a blogger", "anonymous"),
    # Things with a people's ending, and reports, are no group nor person.
    ("errors", "other"), ("rumors", "other"), ("The numbers", "other"), ("a number", "other"),
])
def test_people_by_what_they_do_are_an_unnamed_group(text: str, kind: str) -> None:
    assert parse_source(text).type == kind


@pytest.mark.parametrize(("text", "kind", "role", "affiliation"), [
    # Relatives speak as people unnamed, as "his family" does; the one they are tied to is
    # no part of their name (read as one, "the family of Tomas Vey" was Vey himself).
    ("The family of Tomas Vey", "anonymous", "family", "Tomas Vey"),
    ("Tomas Vey's family", "anonymous", "family", "Tomas Vey"),
    ("the Vey family", "anonymous", "family", "Vey"),
    ("Relatives of Tomas Vey", "anonymous", "relatives", "Tomas Vey"),
    ("A friend of the singer", "anonymous", "friend", "the singer"),
    ("the victim's mother", "anonymous", "mother", "victim"),
    # One who acts for one person is that person's, identifiable: "Donald Trump's lawyer"
    # had been a person named "Donald".
    ("Donald Trump's lawyer", "person", "Donald Trump's lawyer", "Donald Trump"),
    ("Vey's longtime manager", "person", "Vey's longtime manager", "Vey"),
    ("the lawyer for Tomas Vey", "person", "lawyer for Tomas Vey", "Tomas Vey"),
    ("a lawyer for Tomas Vey", "anonymous", "lawyer", "Tomas Vey"),
])
def test_people_named_by_their_tie_to_someone_are_not_that_someone(
        text: str, kind: str, role: str, affiliation: str) -> None:
    info = parse_source(text)
    assert (info.type, info.name, info.role, info.affiliation) == (kind, None, role, affiliation)


@pytest.mark.parametrize(("text", "name"), [
    # An apposed name after the tie names the speaker; a spokesman speaks for the body or
    # person whose voice he is; a possessed body is the body.
    ("Vey's wife, Anna", "Anna"), ("his daughter Clara Vey", "Clara Vey"),
    # A possessed body's name after its description (had been a person).
    ("Duarte's current club, Torino Azzurri", "Torino Azzurri"),
    ("Joe Biden's spokesman", "Joe Biden"), ("Ostland's defence ministry", "Ostland's defence ministry"),
])
def test_a_tie_with_a_name_or_a_voice_keeps_its_reading(text: str, name: str) -> None:
    assert parse_source(text).name == name


@pytest.mark.parametrize("text", ["The presidency", "the palace", "the junta", "the consulate"])
def test_a_head_of_states_office_speaks_as_a_body(text: str) -> None:
    assert parse_source(text).type == "organization"


@pytest.mark.parametrize(("text", "kind", "name"), [
    # A person's name takes no article: after "the" it is a body's or a place's.
    ("The Red Hand", "organization", "Red Hand"), ("the Taliban", "organization", "Taliban"),
    # Unless a title, a modifier or a name written with "the" says a person.
    ("the Rev. Jesse Jackson", "person", "Rev. Jesse Jackson"),
    ("the late John Smith", "person", "John Smith"), ("the Dalai Lama", "person", "Dalai Lama"),
    # Titles that are also surnames: after a given name, the surname.
    ("Imam Ali Hassan", "person", "Ali Hassan"), ("Fatmah Imam", "person", "Fatmah Imam"),
    # A company's name ends as a research firm's does (had been a person).
    ("Short seller Kestrel Research", "organization", "Kestrel Research"),
])
def test_a_name_after_the_is_no_persons_unless_a_title_says_so(text: str, kind: str, name: str) -> None:
    info = parse_source(text)
    assert (info.type, info.name) == (kind, name), info


@pytest.mark.parametrize(("text", "role", "affiliation"), [
    # The holder of an office named by what it is of: one person, by office; "the mayor of
    # Orvik" had been a person named Orvik, "the president of Ukraine" no one.
    ("the mayor of Orvik", "mayor of Orvik", "Orvik"),
    ("the director of national intelligence", "director of national intelligence",
     "national intelligence"),
    ("the president of Ukraine", "president of Ukraine", "Ukraine"),
    ("the Minister of Home Affairs", "Minister of Home Affairs", "Home Affairs"),
    ("the Prime Minister of Britain", "Prime Minister of Britain", "Britain"),
])
def test_the_holder_of_an_office_of_a_place_or_body_is_one_person(
        text: str, role: str, affiliation: str) -> None:
    info = parse_source(text)
    assert (info.type, info.name, info.role, info.affiliation) == ("person", None, role, affiliation)


@pytest.mark.parametrize(("text", "name"), [
    # A name after the title is the person's; a body named with "of" is the body.
    ("the Secretary of State Antony Blinken", "Antony Blinken"),
    ("The official representative of the Ministry of Foreign Affairs of China, Wang Wenbin",
     "Wang Wenbin"),
    ("the Ministry of Defence", "Ministry of Defence"),
])
def test_an_office_with_a_name_or_a_body_with_of_keeps_its_reading(text: str, name: str) -> None:
    assert parse_source(text).name == name


@pytest.mark.parametrize("text", ["Relief Without Borders", "Doctors Without Borders",
                                  "Duarte's current club, Torino Azzurri"])
def test_bodies_named_without_a_bodys_head_word(text: str) -> None:
    assert parse_source(text).type == "organization"


@pytest.mark.parametrize(("text", "name"), [
    # A body's noun before "for": the capitals after it are the body's, no person's.
    ("The Kessan Observatory for Human Rights", "Kessan Observatory for Human Rights"),
    # What an apposition adds is no part of the name.
    ("The Kessan Observatory for Human Rights, a Britain-based monitoring group",
     "Kessan Observatory for Human Rights"),
])
def test_a_body_named_with_for_is_the_body(text: str, name: str) -> None:
    info = parse_source(text)
    assert (info.type, info.name) == ("organization", name), info


@pytest.mark.parametrize("text", ["The rebels' local council in Dorvan", "the local council in Dorvan"])
def test_a_body_noun_heading_a_phrase_with_a_place_after_it_is_a_body(text: str) -> None:
    assert parse_source(text).type == "organization"
