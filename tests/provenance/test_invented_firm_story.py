"""A fifty-sixth invented story, a security firm's report blaming a state's hackers: the
firm's report and its researcher, a paper's "A report by Redline Labs ... blamed Ostland's
military intelligence for a series of intrusions", the victim's confirmation of a breach,
the accused's general denial ("has repeatedly denied carrying out cyberattacks") and its
foreign ministry's "rejected a report by a private security company that linked ...,
calling it 'baseless speculation'". Written before the changes it led to: "blamed X for
E" stated nothing (the firm did not support the claim in the second paper); "calling it
..." after the named report went to the article's other statement ("Redline Labs stood
by its findings"); the general denial's claim read "Ostland has repeatedly denied
carrying out cyberattacks ..."; and "The report, which the Capital Post reviewed ..." was
no one's (graded an anonymous source), though the firm "said in a report". Left: "stood by
its findings" is a claim of its own."""

from __future__ import annotations

ARTICLES = {
    "01.txt": ("Security firm ties hackers to Ostland", "Capital Post", "2038-08-02",
        "Hackers working for Ostland's military intelligence broke into the email systems of three Varnian ministries this year, the cybersecurity firm Redline Labs said in a report published on Wednesday.\n"
        "The report, which the Capital Post reviewed before its release, says the group used a flaw in widely used mail software to steal thousands of messages.\n"
        "\"This was a sustained espionage campaign,\" said Redline's chief researcher, Ines Falk.\n"
        "Ostland's embassy in Varnia did not respond to a request for comment."),
    "02.txt": ("Ostland accused of hacking ministries", "Halden Daily", "2038-08-02",
        "A report by Redline Labs, a cybersecurity company, blamed Ostland's military intelligence for a series of intrusions into Varnian government email accounts.\n"
        "Varnia's interior ministry confirmed that its systems had been breached but said it was too early to say who was responsible.\n"
        "Ostland has repeatedly denied carrying out cyberattacks against its neighbours."),
    "03.txt": ("Ostland rejects hacking report", "Lumbria Times", "2038-08-03",
        "Ostland's foreign ministry on Thursday rejected a report by a private security company that linked its intelligence services to the hacking of Varnian ministries, calling it \"baseless speculation\".\n"
        "Redline Labs stood by its findings."),
}


def test_a_report_blaming_and_a_denial_calling_it_names_join_the_claim(analyse_invented) -> None:  # type: ignore[no-untyped-def]
    doc = analyse_invented(ARTICLES)
    hack = next(c for c in doc["claims"] if c["text"].startswith("Hackers working for"))
    mine = {a["content"]: a["stance"] for a in doc["attributions"] if a["claim"] == hack["id"]}
    assert mine.get("a series of intrusions into Varnian government email accounts") == "asserts", mine
    assert mine.get("it \"baseless speculation\"") == "denies", mine


def test_the_report_the_firm_spoke_in_is_the_firms(analyse_invented) -> None:  # type: ignore[no-untyped-def]
    doc = analyse_invented(ARTICLES)
    says = next(a for a in doc["attributions"] if a["source_text"].startswith("The report, which"))
    assert says["resolved_source"] == "Redline Labs report", says


def test_a_denied_act_is_worded_without_its_denial(analyse_invented) -> None:  # type: ignore[no-untyped-def]
    doc = analyse_invented(ARTICLES)
    texts = [c["text"] for c in doc["claims"]]
    assert "Ostland carrying out cyberattacks against its neighbours" in texts, texts
