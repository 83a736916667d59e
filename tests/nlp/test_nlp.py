"""The shared spaCy pipeline: sentence openers glued on by a scraper are split off, and a
blank line always ends a sentence."""

from __future__ import annotations

from typing import Any

import pytest


def test_glued_sentence_opener_starts_a_sentence(nlp: Any) -> None:
    text = ("Lima may publish the report on arms sales to QuitoThe government is studying "
            "the option. McDonald and JavaScript stay whole.")
    doc = nlp(text)
    assert doc.text == text  # offsets never move
    sents = [s.text for s in doc.sents]
    assert sents[0].endswith("to Quito")
    assert sents[1].startswith("The government is studying")
    assert {"McDonald", "JavaScript"} <= {t.text for t in doc}


def test_a_blank_line_ends_a_sentence(nlp: Any) -> None:
    # A header block without a full stop must not run into the paragraph after it, or the
    # paragraph's subject is lost to the header ("URL: ... ===== Jennifer Peyton ... said").
    text = ("Author: Tina Marsh\nURL: https://example.org/judges\n=========\n\n"
            "Jennifer Peyton, a former judge in Chicago, said she was fired.")
    doc = nlp(text)
    assert doc.text == text
    last = list(doc.sents)[-1]
    assert last.text.startswith("Jennifer Peyton") and last.root.lemma_ == "say"
    # A line break alone (hard-wrapped text) is no boundary.
    doc = nlp("The minister said on Monday that\nthe talks would resume.")
    assert len(list(doc.sents)) == 1


def test_ordinary_text_is_tokenised_as_before(nlp: Any) -> None:
    doc = nlp("The Kremlin didn't comment. Anti-American protests spread in Theresa's town.")
    assert [t.text for t in doc][:5] == ["The", "Kremlin", "did", "n't", "comment"]
    assert "Theresa" in {t.text for t in doc}
    assert len(list(doc.sents)) == 2


def _heads(doc: Any) -> dict[str, tuple[str, str]]:
    return {t.text: (t.dep_, t.head.text) for t in doc}


def test_a_long_subject_after_said_is_the_subject_of_its_clause(nlp: Any) -> None:
    doc = nlp("Engineering and munitions experts have said a deliberate explosion inside the "
              "Kakhovka dam, which is controlled by Russia, most likely caused its collapse.")
    heads = _heads(doc)
    assert heads["caused"] == ("ccomp", "said")
    assert heads["explosion"] == ("nsubj", "caused")


@pytest.mark.parametrize(("text", "want"), [
    # The parser makes "Ostland" the object of "insisted" and leaves "had sent" without
    # its subject.
    ("Ivo Brant insisted Ostland had never sent troops to Varnia.",
     {"Ostland": ("nsubj", "sent"), "sent": ("ccomp", "insisted")}),
    # It reads "the Herald first reported on Monday" as a reduced relative on an
    # apposition of "Varnia": the outlet after the comma is the speaker.
    ("Ostland sent troops to Varnia, the Herald first reported on Monday.",
     {"Herald": ("nsubj", "reported"), "reported": ("advcl", "sent")}),
    # "calling" is hung on "ship", inside what was denied, so the ports "called" the
    # allegation baseless and the denial read as asserting.
    ("Varnia's foreign ministry denied that its ports had been used to ship Norlandic coal, "
     "calling the allegation baseless.",
     {"calling": ("advcl", "denied")}),
    # "continuing", a verb of saying only in '"...," he continued', says nothing here: the
    # staff, not the fighting, denied.
    ("Varnia's general staff said fighting was continuing near the village and denied that "
     "it had fallen.",
     {"denied": ("conj", "said")}),
    # A reduced relative's participle read as the verb: "thousands ... shows" disagree.
    ("A video shared thousands of times on social media shows jets flying over Brisk.",
     {"video": ("nsubj", "shows"), "shared": ("acl", "video"), "shows": ("ROOT", "shows")}),
])
def test_a_speaker_or_subject_the_parser_misplaced_is_rehung(
        nlp: Any, text: str, want: dict[str, tuple[str, str]]) -> None:
    heads = _heads(nlp(text))
    assert {word: heads[word] for word in want} == want


def test_the_accused_are_the_people_before_the_participle(nlp: Any) -> None:
    # The parser hangs "accused" on "indictments": the indictments' content read as
    # "Ostlanders" alone.
    doc = nlp("The ministry dismissed the indictments of Russians accused of meddling in the "
              "election.")
    assert _heads(doc)["accused"] == ("acl", "Russians")


def test_a_reduced_relative_is_not_the_clause_verb(nlp: Any) -> None:
    doc = nlp("NORSAR said in a statement that signals captured from a station 385 miles "
              "away from the dam show clear indications of an explosion.")
    heads = _heads(doc)
    assert heads["signals"] == ("nsubj", "show")
    assert heads["captured"] == ("acl", "signals")


def test_a_that_clause_after_an_adverbial_is_what_was_reported(nlp: Any) -> None:
    doc = nlp("Ukraine's authorities reported shortly after the explosion on June 6 that "
              "Russian forces destroyed the Kakhovka hydropower plant.")
    assert _heads(doc)["destroyed"] == ("ccomp", "reported")
    # A relative clause whose "that" is its subject stays on its noun.
    doc = nlp("Officials spoke after the explosion that destroyed the plant.")
    assert _heads(doc)["destroyed"] == ("relcl", "explosion")


def test_a_that_clause_after_the_one_told_and_an_adverbial_is_what_was_told(nlp: Any) -> None:
    # The model hangs the clause on "condition" as a relative clause whose "that" is a
    # "dative"; the clause has its subject and object, so "that" relates nothing.
    doc = nlp("Lumbrian officials told reporters on condition of anonymity that Ostland had "
              "sent troops to Varnia.")
    heads = _heads(doc)
    assert heads["sent"] == ("ccomp", "told") and heads["that"] == ("mark", "sent")
    # A relative "that" that is the clause's object stays: "the condition that Ostland set".
    doc = nlp("The officials told reporters about the condition that Ostland had set.")
    assert _heads(doc)["set"][1] == "condition"


def test_repairs_leave_other_readings_alone(nlp: Any) -> None:
    # Two acts of the speaker, and a copula that is the clause's own verb.
    heads = _heads(nlp("The minister said a few words and left the room."))
    assert heads["words"] == ("dobj", "said") and heads["left"][0] == "conj"
    heads = _heads(nlp("All the experts I interviewed said her proposals were more detailed "
                       "than his and, even more important, were paid for."))
    assert heads["proposals"] == ("nsubj", "were")


def test_a_subjectless_adverbial_clause_after_said_np_is_its_complement(nlp: Any) -> None:
    # The garden path as the small model draws it after a comma: "said [NP], which ...,
    # likely VERB" with VERB an adverbial clause of "said" and NP its object.
    from spacy.tokens import Doc

    from sourcetrace.nlp.repair import repair_speech_complements

    words = ["Experts", "said", "a", "blast", "inside", "the", "dam", ",", "which", "is",
             "held", "by", "rebels", ",", "likely", "caused", "the", "breach", "."]
    heads = [1, 1, 3, 1, 3, 6, 4, 6, 10, 10, 6, 10, 11, 1, 15, 1, 17, 15, 1]
    deps = ["nsubj", "ROOT", "det", "dobj", "prep", "det", "pobj", "punct", "nsubjpass",
            "auxpass", "relcl", "agent", "pobj", "punct", "advmod", "advcl", "det", "dobj",
            "punct"]
    tags = ["NNS", "VBD", "DT", "NN", "IN", "DT", "NN", ",", "WDT", "VBZ", "VBN", "IN",
            "NNS", ",", "RB", "VBD", "DT", "NN", "."]
    pos = ["NOUN", "VERB", "DET", "NOUN", "ADP", "DET", "NOUN", "PUNCT", "PRON", "AUX",
           "VERB", "ADP", "NOUN", "PUNCT", "ADV", "VERB", "DET", "NOUN", "PUNCT"]
    lemmas = ["expert", "say", "a", "blast", "inside", "the", "dam", ",", "which", "be",
              "hold", "by", "rebel", ",", "likely", "cause", "the", "breach", "."]
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps, tags=tags, pos=pos,
              lemmas=lemmas)
    heads_of = _heads(repair_speech_complements(doc))
    assert heads_of["caused"] == ("ccomp", "said")
    assert heads_of["blast"] == ("nsubj", "caused")
    # With a subordinator the clause is an adverbial of the saying, not what was said.
    doc = nlp("Officials said nothing, because the inquiry continues.")
    assert _heads(doc)["continues"] == ("advcl", "said")


_WRAPPED = (
    "Apple had hoped to revive its fortunes over the past year with a virtual reality\n"
    "headset, but sales were slow and the company cut production twice before the end\n"
    "of the year, people who worked on it said. Investors had already started to sour\n"
    "on the company, sending its share price down 8 percent in the first four months\n"
    "of the year, double the decline of the wider market that the index tracks daily.\n"
    "\n"
    "\u201cIt\u2019s clearly a breakdown of leadership and communication and internal processes,\u201d\n"
    "said Benedict Evans, an independent analyst who previously worked as a venture\n"
    "capitalist at a large firm in California, where he wrote about phones and apps.\n"
    "The company did not respond to several requests for comment sent over two days\n"
    "by e-mail and by phone to its press office in Cupertino, according to the paper.\n"
    "Its chief executive has said the products will ship next year as they had planned\n"
    "with a new version of the assistant that the teams have been building for years.\n"
)


def test_hard_wrapped_text_is_parsed_as_prose_with_its_offsets() -> None:
    from sourcetrace.nlp.wraps import same_offsets, unwrap_lines

    flat = unwrap_lines(_WRAPPED)
    assert len(flat) == len(_WRAPPED) and same_offsets(flat, _WRAPPED)
    assert "\n\n" in flat and "venture capitalist" in flat  # paragraphs stay, wraps go
    # Text written one paragraph per line is left as it is.
    prose = "A first paragraph that runs on.\n" + "x " * 200 + "\nShort line.\n"
    assert unwrap_lines(prose) == prose


def test_the_speaker_after_a_wrapped_quote_is_found() -> None:
    from sourcetrace.attribution.extract import extract_attributions
    from sourcetrace.nlp.model import parse

    doc = next(parse([_WRAPPED]))
    sources = [a.source_text for a in extract_attributions(doc, article_id="a")]
    assert any(s and s.startswith("Benedict Evans") for s in sources), sources


def test_an_invisible_separator_glued_to_a_name_does_not_hide_the_speaker() -> None:
    from sourcetrace.attribution.extract import extract_attributions
    from sourcetrace.nlp.model import parse
    from sourcetrace.nlp.wraps import parse_copy, same_offsets

    text = ("As well as the issues brought up during the online campaign, Traeger\u200b said "
            "he expects the union to help employees negotiate things like scheduling.")
    assert len(parse_copy(text)) == len(text) and same_offsets(parse_copy(text), text)
    doc = next(parse([text]))
    [said] = [a for a in extract_attributions(doc, article_id="a") if a.cue == "said"]
    assert said.source_text == "Traeger"


def test_a_title_abbreviation_goes_on_to_its_name(nlp: Any) -> None:
    # The small model had cut this sentence after "Brig.", losing the quotation's speaker.
    text = ("“We are tracking it,” Pentagon spokesperson Brig. Gen. Pat Ryder told reporters. "
            "Lt. Col. Jane Doe said the unit left.")
    doc = nlp(text)
    assert doc.text == text
    assert [s.text for s in doc.sents] == [
        "“We are tracking it,” Pentagon spokesperson Brig. Gen. Pat Ryder told reporters.",
        "Lt. Col. Jane Doe said the unit left."]
    assert {"Brig.", "Lt.", "Col."} <= {t.text for t in doc}
    # A sentence that ends in a capital after a full stop still ends there.
    assert len(list(nlp("He joined the army. Gen. Smith left.").sents)) == 2


def test_a_line_that_ends_a_sentence_ends_it(nlp: Any) -> None:
    # "St." at a line's end had run the next paragraph's sentence into this one, so its
    # "say" lost its subject.
    text = ("Public Works took them to the city\u2019s storage facility on Cesar Chavez St.\n"
            "Many unhoused people, including Robinson, say it can be challenging.")
    sents = [s.text.strip() for s in nlp(text).sents]
    assert sents[-1] == "Many unhoused people, including Robinson, say it can be challenging."
    # A title abbreviation at a line's end still goes on to its name.
    wrapped = nlp("The briefing was led by Brig. Gen.\nPat Ryder, the spokesman.")
    assert len(list(wrapped.sents)) == 1


def test_a_wire_dateline_is_parsed_apart_from_its_lead(nlp: Any) -> None:
    # Run into the lead, the place was parsed as the lead's subject and the subject
    # ("champion Mira Tolland") as an apposition of the wire, so the claim lost it.
    text = ("GENEVA, Feb 10 (ASW) - Two-time Olympic sprint champion Mira Tolland tested "
            "positive for a banned steroid last month, according to two people.")
    doc = nlp(text)
    assert doc.text == text
    lead = list(doc.sents)[-1]
    assert lead.text.startswith("Two-time Olympic")
    assert lead.root.lemma_ == "test"
    subject = next(c for c in lead.root.children if c.dep_ == "nsubj")
    assert subject.text == "champion", subject
    # A live blog's time stamp likewise.
    entry = nlp("11:05 GMT - Varnia's air force says it shot down 30 drones.")
    assert list(entry.sents)[-1].text.startswith("Varnia's air force")
    # A line that merely opens with capitals is no dateline.
    assert len(list(nlp("NATO said on Monday it would send more troops.").sents)) == 1


def test_a_no_break_space_inside_a_name_is_read_as_a_space(tmp_path: Any) -> None:
    # Web pages put no-break spaces between words ("Theresa\u00a0May"); the tokenizer
    # split only at a plain space, and the name came out as two mentions around a space
    # token. The evidence still quotes the article's own characters.
    from sourcetrace.analysis import analyze

    text = ("British Prime Minister Theresa\u00a0May met the\u00a0president on Monday.\n\n"
            "Theresa\u00a0May said the talks had gone well and that both sides wanted a deal.\n")
    path = tmp_path / "a.txt"
    path.write_text(text, encoding="utf-8")
    from sourcetrace.nlp.model import parse

    doc = next(parse([text]))
    assert "Theresa May" in [e.text for e in doc.ents if e.label_ == "PERSON"]
    assert not any(t.is_space for t in doc[:11])
    result = analyze([str(path)], db=f"sqlite:///{tmp_path}/a.db")
    [said] = [a for a in result.attributions if a["cue"] == "said"]
    assert said["source_text"] == "Theresa\u00a0May"
    s, e = said["span"]
    assert text[s:e] == said["content"]
    assert any(sp.get("name") == "Theresa May" for sp in result.speakers)


def test_a_repair_that_fails_skips_itself_not_the_batch(nlp: Any, monkeypatch: Any,
                                                        caplog: Any) -> None:
    from sourcetrace.nlp import repair

    def broken(doc: Any) -> Any:
        raise ValueError("an odd parse")

    monkeypatch.setattr(repair, "repair_accused", broken)
    with caplog.at_level("WARNING", logger="sourcetrace.nlp.repair"):
        docs = list(nlp.pipe(["Ivo Brant insisted Ostland had never sent troops.", "Fine."]))
    assert len(docs) == 2
    assert "parse repair broken failed" in caplog.text
    # The repairs after the broken one still ran.
    assert _heads(docs[0])["Ostland"] == ("nsubj", "sent")


def test_a_record_showing_something_is_its_verb_though_tagged_a_noun(nlp: Any) -> None:
    # "Monday show" was read as one noun, so the images said nothing.
    from sourcetrace.attribution.extract import extract_attributions

    text = "Satellite images taken on Monday show at least 40 tanks near the border."
    [shown] = extract_attributions(nlp(text), article_id="t1")
    assert (shown.source_text, shown.content) == (
        "Satellite images taken on Monday", "at least 40 tanks near the border"), shown
