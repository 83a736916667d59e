"""Who acts in a proposition: subjects, event nouns that light verbs and topic or
responsibility frames carry, and copulas that describe rather than act."""

from __future__ import annotations

import pytest

from sourcetrace.claims.actors import frames
from sourcetrace.claims.candidates import ClaimCandidate, claim_candidates
from sourcetrace.claims.pairs import pair_score
from sourcetrace.models import Attribution


def _att(text: str, content: str, source: str, cue: str, kind: str = "indirect") -> Attribution:
    return Attribution(
        id="a", article="art", kind=kind, content=content,  # type: ignore[arg-type]
        span=(text.index(content), text.index(content) + len(content)),
        source_text=source, source_span=(text.index(source), text.index(source) + len(source)),
        cue=cue, cue_span=(text.index(cue), text.index(cue) + len(cue)),
        sentence_span=(0, len(text)),
    )


def _said(nlp, text: str, content: str, source: str, kind: str = "indirect") -> ClaimCandidate:  # type: ignore[no-untyped-def]
    [c] = claim_candidates(nlp(text), article_id="art",
                           attributions=[_att(text, content, source, "said", kind)])
    return c


@pytest.mark.parametrize(("content", "agent"), [
    # A topic frame: what is talked about is the event, its "by" phrase the agent.
    ("we are talking about deliberate sabotage by the Iranian side", "iran"),
    # "A matter of" leads on to the event noun.
    ("this is clearly a matter of deliberate sabotage by the Iranian side", "iran"),
    # A responsibility frame: the subject did what the object names.
    ("Iran was behind the explosions at the reservoir", "iran"),
])  # fmt: skip
def test_carried_event_nouns_have_the_frame_and_the_agent(nlp, content, agent) -> None:  # type: ignore[no-untyped-def]
    text = f"The Venezuelan minister said {content}."
    c = _said(nlp, text, content, "The Venezuelan minister")
    assert c.agent == agent
    assert frames(c.predicates)[:1] == ("destroy",)


def test_a_copula_describes_and_nobody_acts(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The ministry said the Iranian drone is a civilian aircraft used for mapping."
    c = _said(nlp, text, "the Iranian drone is a civilian aircraft used for mapping",
              "The ministry")
    assert c.agent is None
    # A clause inside a noun phrase says something else about it: no agent of its own.
    text = "The ministry said the dam, which is held by Iranian forces, collapsed at dawn."
    c = _said(nlp, text, "the dam, which is held by Iranian forces, collapsed at dawn",
              "The ministry")
    assert c.agent is None


@pytest.mark.parametrize(("content", "agent", "frame"), [
    # The act a copula's subject names, with its doer, is what the sentence claims.
    ("such deliberate destruction by the Iranian occupiers of the station is a disaster",
     "iran", "destroy"),
    ("Iran's invasion of the island was a violation of the treaty", "iran", "attack"),
    # Without a doer the act blames nobody: the copula still only describes.
    ("the destruction of the station is a disaster for the region", None, None),
])  # fmt: skip
def test_an_act_as_a_copulas_subject_is_claimed_with_its_doer(nlp, content, agent, frame) -> None:  # type: ignore[no-untyped-def]
    text = f"The Venezuelan minister said {content}."
    c = _said(nlp, text, content, "The Venezuelan minister")
    assert c.agent == agent
    assert (frames(c.predicates)[:1] or (None,))[0] == frame


def test_it_in_a_speakers_own_quoted_words_is_not_the_speaker(nlp) -> None:  # type: ignore[no-untyped-def]
    text = '"It has no role in the flight," the Iranian government said.'
    c = _said(nlp, text, "It has no role in the flight", "the Iranian government", "direct")
    assert c.text == "It has no role in the flight"
    text = "The Iranian government said it had no role in the flight."
    c = _said(nlp, text, "it had no role in the flight", "The Iranian government")
    assert c.text.startswith("The Iranian government")


def test_one_state_doing_one_kind_of_act_is_one_accusation(nlp) -> None:  # type: ignore[no-untyped-def]
    ripped = _said(nlp, "The ministry said Iran ripped a hole in the reservoir wall.",
                   "Iran ripped a hole in the reservoir wall", "The ministry")
    sabotage = _said(nlp, "The minister said this is deliberate sabotage by Iran.",
                     "this is deliberate sabotage by Iran", "The minister")
    rival = _said(nlp, "The envoy said Venezuela ripped a hole in the reservoir wall.",
                  "Venezuela ripped a hole in the reservoir wall", "The envoy")
    assert ripped.agent == sabotage.agent == "iran" and rival.agent == "venezuela"
    # At the same embedding cosine, the same agent lifts the pair, a rival agent sinks it.
    assert pair_score(ripped, sabotage, 0.4) > pair_score(ripped, rival, 0.4) + 0.25


@pytest.mark.parametrize("content", [
    "Venezuelan intelligence is pointing to Iran being behind the attack on the pipeline",
    "the government has intelligence 'leaning towards' Iran being the culprit behind the attack",
    "analysts suspect that Iran was behind the attack on the pipeline",
])  # fmt: skip
def test_a_suspicion_points_at_its_suspect(nlp, content) -> None:  # type: ignore[no-untyped-def]
    # The suspect is the agent of the suspected act; whoever suspects is only its source.
    text = f"The ministry said {content}."
    c = _said(nlp, text, content, "The ministry")
    assert c.suspected and c.agent == "iran"


def _head_frame(nlp, content: str) -> tuple[str, ...]:  # type: ignore[no-untyped-def]
    text = f"The ministry said {content}."
    return frames(_said(nlp, text, content, "The ministry").predicates)[:1]


def test_frames_of_light_verbs_phrasal_verbs_and_decisions(nlp) -> None:  # type: ignore[no-untyped-def]
    # A light verb's head yields to what it carries; giving weapons is still giving.
    assert _head_frame(nlp, "the president gave his authorization for the strike") == ("authorize",)
    assert _head_frame(nlp, "Iran gave Venezuela drones") == ("provide",)
    # A verb of providing is light before an act: delivering a strike is attacking.
    assert _head_frame(nlp, "the Iranian army delivered a strike on the dam") == ("attack",)
    assert _head_frame(nlp, "Iran delivered weapons to Venezuela") == ("provide",)
    # A phrasal verb is its own event: shooting down a drone is destroying it.
    assert _head_frame(nlp, "the navy shot down the drone") == ("destroy",)
    assert _head_frame(nlp, "the guards shot two smugglers") == ("kill",)
    # Deciding to do a thing is another event than ordering or doing it.
    assert _head_frame(nlp, "the army decided not to shoot it down") == ("decide",)
    assert _head_frame(nlp, "the president ordered the army to shoot it down") == ("authorize",)


def test_a_negated_infinitive_negates_the_decision(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The ministry said the army decided not to shoot it down."
    assert _said(nlp, text, "the army decided not to shoot it down", "The ministry").negated
    text = "The ministry said the army decided to shoot it down."
    assert not _said(nlp, text, "the army decided to shoot it down", "The ministry").negated


def test_carry_is_light_only_with_out(nlp) -> None:  # type: ignore[no-untyped-def]
    assert _head_frame(nlp, "Iran carried out an attack on the pipeline") == ("attack",)
    assert _head_frame(nlp, "the drone carried several cameras") == ("contain",)


def test_evidence_of_an_event_is_no_suspicion(nlp) -> None:  # type: ignore[no-untyped-def]
    # "Signals indicating an explosion" state the event as "signals show an explosion" does;
    # only evidence pointing at an actor makes a suspicion of what the actor did.
    content = "the Caracas station had registered seismic signals indicating an explosion at the dam"
    assert not _said(nlp, f"The institute said {content}.", content, "The institute").suspected
    content = "the Caracas station had registered signals indicating an Iranian attack on the dam"
    assert _said(nlp, f"The institute said {content}.", content, "The institute").suspected


def test_a_role_description_stands_for_the_one_person_so_titled(nlp) -> None:  # type: ignore[no-untyped-def]
    intro = "President Nicolas Maduro spoke in Caracas on Monday. "
    content = "the president ordered the army to shoot it down"
    text = f"{intro}The ministry said {content}."
    c = _said(nlp, text, content, "The ministry")
    # The claim reads and acts as the other reports word it: "Maduro ordered ...".
    assert c.agent == "maduro" and c.text.startswith("Nicolas Maduro ordered")
    # Two people so titled: the description stays as written, with no agent.
    text = f"{intro}President Gustavo Petro visited him. The ministry said {content}."
    c = _said(nlp, text, content, "The ministry")
    assert c.agent is None and c.text.startswith("The president")


def test_a_state_naming_a_stretch_of_space_is_a_place_not_an_actor(nlp) -> None:  # type: ignore[no-untyped-def]
    # "US airspace" says where; two statements sharing it share no actor.
    content = "the drone entered Venezuelan airspace on Monday"
    c = _said(nlp, f"The ministry said {content}.", content, "The ministry")
    assert "venezuela" not in c.entities and "@venezuela" in c.entities
    content = "the drone entered the airspace of Venezuela on Monday"
    c = _said(nlp, f"The ministry said {content}.", content, "The ministry")
    assert "venezuela" not in c.entities
    # Acting, the state is an actor.
    content = "Venezuela shot down the drone on Monday"
    assert "venezuela" in _said(nlp, f"The ministry said {content}.", content, "The ministry").entities


def test_a_negated_comparison_is_no_negation(nlp) -> None:  # type: ignore[no-untyped-def]
    # "have never been worse" says relations are at their worst: a mention of that
    # claim, not a denial of it.
    text = "The Venezuelan minister said relations with Iran have never been worse."
    c = _said(nlp, text, "relations with Iran have never been worse", "The Venezuelan minister")
    assert not c.negated and not c.denial
    text = "The Venezuelan minister said Iran has never supplied the drones."
    assert _said(nlp, text, "Iran has never supplied the drones", "The Venezuelan minister").negated
    # The equative form, and a negation that only qualifies ("not just"), deny nothing.
    for content in ("ties with Iran never were as bad as they are now",
                    "ties with Iran aren't just at their lowest point"):
        text = f"The Venezuelan minister said {content}."
        c = _said(nlp, text, content, "The Venezuelan minister")
        assert not c.negated and not c.denial, content
    # A word set aside for another ("not A but B") is a correction; another act after
    # "but" leaves the first negated.
    for content, negated in (("the meeting is not a summit but a conversation", False),
                             ("the talks will not be held in Caracas but in Quito", False),
                             ("Iran did not attack but defended its border", True)):
        text = f"The Venezuelan minister said {content}."
        assert _said(nlp, text, content, "The Venezuelan minister").negated is negated, content


def test_a_typographic_negation_negates(nlp) -> None:  # type: ignore[no-untyped-def]
    # The tagger reads "n’t" (typographic apostrophe) as a verb or a noun and hangs it as an
    # auxiliary; the parse repair makes it the negation it is.
    for content in ("they aren’t looking for “concrete guarantees.”",
                    "Iran wasn’t looking for drones from Venezuela"):
        text = f"The Venezuelan minister said {content}"
        assert _said(nlp, text, content, "The Venezuelan minister").negated, content
        neg = [t for t in nlp(text) if t.norm_ == "not"]
        assert [(t.dep_, t.pos_) for t in neg] == [("neg", "PART")], content


def test_a_typographic_clitic_has_the_lemma_of_the_straight_one(nlp) -> None:  # type: ignore[no-untyped-def]
    for text in ("They’re sure it’s been done; we’ve seen it and she’ll say so.",
                 "They're sure it's been done; we've seen it and she'll say so."):
        got = [(t.lemma_, t.pos_) for t in nlp(text) if t.lower_[1:] in ("re", "s", "ve", "ll")]
        assert got == [("be", "AUX"), ("be", "AUX"), ("have", "AUX"), ("will", "AUX")], text
    assert [t.lemma_ for t in nlp("Ortega’s aides said so.") if t.tag_ == "POS"] == ["’s"]


def test_a_subject_hung_on_a_typographic_auxiliary_is_the_verbs(nlp) -> None:  # type: ignore[no-untyped-def]
    # "[I] do n’t quite believe that P": the parser hangs "I" on the auxiliary, and the
    # first-person opinion read as a wrapper, P as the speaker's own claim. The repair
    # gives the verb its subject: an opinion, no claim of the speaker's.
    from sourcetrace.attribution.extract import extract_attributions

    text = ("“I don’t trust this news. I think the US is using this to pressure Iran.  I don’t "
            "quite believe that Iran will try to help Venezuela militarily,” says Ana Ruiz, a "
            "fellow at the institute.")
    doc = nlp(text)
    believe = next(t for t in doc if t.lemma_ == "believe")
    assert [c.lower_ for c in believe.children if c.dep_ == "nsubj"] == ["i"]
    found = extract_attributions(doc, article_id="art")
    cands = claim_candidates(doc, article_id="art", attributions=found)
    assert found and not [c for c in cands if "Venezuela" in c.text]


def test_a_predicted_denial_is_no_denial_and_no_mention(nlp) -> None:  # type: ignore[no-untyped-def]
    # Who predicts that someone will deny a claim denies nothing, and the someone has not
    # denied it yet: no mention comes of it. A denial made now still is one.
    from sourcetrace.attribution.extract import extract_attributions

    lead = "Iran sent the drones, Venezuelan investigators concluded. "
    cases = {
        "The minister told reporters he knows Iran will again deny sending the drones.": 0,
        'Asked about it, the minister said: "He may deny it. All I can do is ask."': 0,
        "Officials say the envoy is expected to deny that Iran sent any drones.": 0,
        "The Iranian embassy denied that Iran sent the drones.": 1,
    }
    for sentence, denials in cases.items():
        doc = nlp(lead + sentence)
        cands = claim_candidates(doc, article_id="art",
                                 attributions=extract_attributions(doc, article_id="art"))
        assert sum(c.denial for c in cands) == denials, sentence


def test_he_in_the_speakers_own_quoted_words_is_someone_else(nlp) -> None:  # type: ignore[no-untyped-def]
    text = 'Carlos Ruiz said: "He supplied the drones last year."'
    c = _said(nlp, text, '"He supplied the drones last year."', "Carlos Ruiz", kind="direct")
    assert c.text.startswith("He supplied")
    text = "Carlos Ruiz said he supplied the drones last year."
    c = _said(nlp, text, "he supplied the drones last year", "Carlos Ruiz")
    assert c.text.startswith("Carlos Ruiz supplied")


def test_rival_agents_get_no_credit_for_the_words_of_their_one_act(nlp) -> None:  # type: ignore[no-untyped-def]
    # "Iran/Venezuela ripped a hole in the reservoir wall" share every word but the doer:
    # the shared words are evidence of one act, not of one claim.
    ripped = _said(nlp, "The ministry said Iran ripped a hole in the reservoir wall.",
                   "Iran ripped a hole in the reservoir wall", "The ministry")
    rival = _said(nlp, "The envoy said Venezuela ripped a hole in the reservoir wall.",
                  "Venezuela ripped a hole in the reservoir wall", "The envoy")
    assert pair_score(ripped, rival, 0.6, overlap=1.0) == pair_score(ripped, rival, 0.6)
    # One doer: the same words count.
    again = _said(nlp, "The minister said Iran ripped a hole in the reservoir wall.",
                  "Iran ripped a hole in the reservoir wall", "The minister")
    assert pair_score(ripped, again, 0.6, overlap=1.0) > pair_score(ripped, again, 0.6) + 0.3


def test_a_consequence_of_an_act_names_a_cause_not_the_act(nlp) -> None:  # type: ignore[no-untyped-def]
    # "X is a consequence of Venezuela's invasion" says where X comes from; it does not
    # say Venezuela attacked X, so neither the agent nor the attack frame is read from it.
    content = "the flooding is another consequence of Venezuela's invasion of Guyana"
    c = _said(nlp, f"The envoy said {content}.", content, "The envoy")
    assert c.agent is None and "attack" not in frames(c.predicates)
    # A noun that only packages the act passes its doer on.
    content = "the flooding was an act of sabotage by Venezuela"
    c = _said(nlp, f"The envoy said {content}.", content, "The envoy")
    assert c.agent == "venezuela"


def test_a_name_on_a_structure_names_the_structure(nlp) -> None:  # type: ignore[no-untyped-def]
    from spacy.tokens import Span

    from sourcetrace.claims.entities import names_structure

    # The tagger may read a dam's name as a person; on the structure it is no actor.
    doc = nlp("The ministry said the Tarbela hydroelectric power plant collapsed on Monday.")
    doc.ents = [Span(doc, 4, 5, label="PERSON")]
    assert names_structure(doc.ents[0])
    [c] = claim_candidates(doc, article_id="art", attributions=[_att(
        doc.text, "the Tarbela hydroelectric power plant collapsed on Monday", "The ministry",
        "said")])
    assert "tarbela" not in c.entities and c.agent is None
    # A state's name on a structure says whose it is.
    doc = nlp("The ministry said a Venezuelan base was hit on Monday.")
    assert not names_structure(next(e for e in doc.ents if e.label_ == "NORP"))


def test_refusing_to_do_a_thing_is_not_doing_it(nlp) -> None:  # type: ignore[no-untyped-def]
    # "has refused to say who ..." states what "cannot say who ..." states: the saying is
    # the act, and it is not done.
    content = "the government has so far refused to say conclusively who flew the drone"
    refused = _said(nlp, f"The envoy said {content}.", content, "The envoy")
    assert refused.negated and refused.predicates[0] == "say"
    content = "the government cannot say conclusively who flew the drone"
    cannot = _said(nlp, f"The envoy said {content}.", content, "The envoy")
    assert cannot.negated and cannot.predicates[0] == "say"
    # Agreeing to say is saying.
    content = "the government has agreed to say who flew the drone"
    assert not _said(nlp, f"The envoy said {content}.", content, "The envoy").negated


def test_how_a_statement_was_made_is_not_what_it_claims(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("The spokesman said the government cannot say who was behind the attack, speaking "
            "to reporters at the palace on Tuesday.")
    content = text[len("The spokesman said "):-1]
    c = _said(nlp, text, content, "The spokesman")
    assert "speaking" not in c.text and "palace" not in c.text
    assert c.text.endswith("behind the attack")


def test_what_a_speaker_calls_an_act_is_a_claim_about_it(nlp) -> None:  # type: ignore[no-untyped-def]
    # "described X as an act of sabotage by Y": X was sabotage by Y, a claim with Y as doer.
    text = ("The spokesman described the blast at the reservoir as an act of deliberate "
            "sabotage by Venezuelan forces.")
    content = "the blast at the reservoir as an act of deliberate sabotage by Venezuelan forces"
    [c] = claim_candidates(nlp(text), article_id="art",
                           attributions=[_att(text, content, "The spokesman", "described")])
    assert c.agent == "venezuela" and frames(c.predicates) == frames(("sabotage",))
    # What is called something that is no act claims nothing of a doer.
    text = "The spokesman described the report as a fabrication by Venezuelan media."
    content = "the report as a fabrication by Venezuelan media"
    got = claim_candidates(nlp(text), article_id="art",
                           attributions=[_att(text, content, "The spokesman", "described")])
    assert not any(c.agent == "venezuela" and not c.negated for c in got)


def test_a_wire_dateline_is_no_part_of_an_own_voice_claim(nlp) -> None:  # type: ignore[no-untyped-def]
    # The dateline locates the report: not the claim's words, actors or agent, even with
    # two places or when the parser makes it the lead verb's subject.
    for lead in ("CARACAS (AP) — ", "PUERTO CABELLO/CARACAS, Venezuela — "):
        text = f"{lead}Venezuelan forces shot down a drone over the port of La Guaira on Sunday."
        [c] = claim_candidates(nlp(text), article_id="art")
        assert c.text.startswith("Venezuelan forces"), c.text
        assert c.agent == "venezuela" and "@caracas" not in c.entities, (c.agent, c.entities)


def test_a_hyphenated_pair_of_states_is_both_states(nlp) -> None:  # type: ignore[no-untyped-def]
    from sourcetrace.claims.entities import state_pair

    # "U.S.-Russia relations" are between the US and Russia: two actors, not one "u.s.-russia".
    assert state_pair("u.s.-russia") == ("us", "russia")
    assert state_pair("russian-iranian") == ("russia", "iran")
    assert state_pair("al-assad") == () and state_pair("russia") == ()
    content = "U.S.-Russia relations have never been worse"
    c = _said(nlp, f"The envoy said {content}.", content, "The envoy")
    assert {"us", "russia"} <= set(c.entities) and not any("-" in e for e in c.entities)


@pytest.mark.parametrize(("content", "frame"), [
    # An attitude or a judgement: the meeting named in its phrase is not what is claimed.
    ("he is worried about the president meeting the emir during their summit", None),
    ("the president is right to go ahead with the summit with the emir", None),
    # A modal adjective carries its act.
    ("the president is ready to meet the emir at a summit", "meet"),
])  # fmt: skip
def test_an_attitude_lends_no_frame_of_the_act_in_its_phrase(nlp, content, frame) -> None:  # type: ignore[no-untyped-def]
    from sourcetrace.claims import actors

    said = _said(nlp, f"The senator said {content}.", content, "The senator")
    assert (actors.frames(said.predicates)[:1] or (None,))[0] == frame, said.predicates


def test_a_common_noun_that_titled_someone_stands_for_them(nlp) -> None:  # type: ignore[no-untyped-def]
    intro = "Singer Mira Dahl and actor Jonas Brandt have separated. "
    content = "the actor had moved out of their home in June"
    c = _said(nlp, f"{intro}An insider said {content}.", content, "An insider")
    assert c.agent == "brandt" and c.text.startswith("Jonas Brandt had moved out"), c
