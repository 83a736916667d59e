"""A sixty-first invented story, a sprinter's positive drugs test: a wire's lead "GENEVA,
Feb 10 (ASW) - Two-time Olympic sprint champion Mira Tolland tested positive ..., according
to two people familiar with the results", the anti-doping council's confirmation "a day
after the Alpine Sports Wire reported the result", her lawyer's and her own denials.
Written before the changes it led to: the dateline run into the lead made "GENEVA" the
lead's subject and the champion an apposition of the wire, so the claim lost its subject
("Tested positive for a banned steroid") and joined nothing; the council's confirmation
was shown relayed by the wire whose earlier report the sentence tells of. Later, "Tolland",
named alone and tagged a body, was an organisation (her lawyer, "Tolland's lawyer", had
made her a body's name, and no speaker is named "Mira Tolland"): "she" stands for her, so
she is a person. Left: the council's suspension joins the positive test; "she was innocent" and "I have never cheated" deny nothing; "no reason to doubt the
council's findings" supports nothing."""

from __future__ import annotations

ARTICLES = {
    "01.txt": ("Sprint champion Tolland fails drugs test - sources", "Alpine Sports Wire", "2039-02-10",
        "GENEVA, Feb 10 (ASW) - Two-time Olympic sprint champion Mira Tolland tested positive for a banned steroid in an out-of-competition test last month, according to two people familiar with the results.\n"
        "Neither person was authorised to speak publicly because the case has not been announced.\n"
        "Tolland's lawyer, Henrik Sand, said his client had never knowingly taken a prohibited substance and would ask for her B sample to be tested."),
    "02.txt": ("Anti-doping council confirms Tolland positive test", "Halden Daily", "2039-02-11",
        "The Global Anti-Doping Council confirmed on Tuesday that sprinter Mira Tolland had returned an adverse finding for the steroid trenbolone, a day after the Alpine Sports Wire reported the result.\n"
        "The council said Tolland had been provisionally suspended from all competition.\n"
        "Her lawyer said the sample may have been contaminated by meat she ate at a training camp in Lumbria."),
    "03.txt": ("Tolland insists she is innocent", "Capital Post", "2039-02-12",
        "Varnia's athletics federation said it was shocked by the news and would cooperate fully with the investigation.\n"
        "Tolland said in a statement posted on social media that she was innocent.\n"
        "\"I have never cheated and I never will,\" she wrote.\n"
        "The federation's president, Olaf Brenn, told reporters he had no reason to doubt the council's findings."),
}


def test_a_wire_dateline_leaves_the_lead_its_subject(analyse_invented) -> None:  # type: ignore[no-untyped-def]
    doc = analyse_invented(ARTICLES)
    positive = next(c for c in doc["claims"] if "tested positive" in c["text"])
    assert positive["text"].startswith("Two-time Olympic sprint champion Mira Tolland"), positive["text"]


def test_a_report_the_speaker_tells_of_is_no_relay(analyse_invented) -> None:  # type: ignore[no-untyped-def]
    doc = analyse_invented(ARTICLES)
    name = {s["id"]: s["name"] or s["label"] for s in doc["speakers"]}
    council = [a for a in doc["attributions"]
               if name.get(a["speaker"]) == "Global Anti-Doping Council"]
    assert council and all(a["via"] == [] for a in council), council


def test_a_name_she_stands_for_is_a_person(analyse_invented) -> None:  # type: ignore[no-untyped-def]
    doc = analyse_invented(ARTICLES)
    kinds = {s["name"]: s["type"] for s in doc["speakers"] if s["name"]}
    assert kinds["Tolland"] == "person", kinds
