"""An eighty-first invented story, a firm said to have shipped drone parts to Iran: a
party's denial in other words than the claim's ("Kestrel said its products had never been
sold to Iran"), denials in idiom ("the report bore no relation to reality", "the
allegations were wide of the mark"), the outlet's own knowledge ("It is understood that
investigators ... opened an inquiry", "Kestrel Electronics is understood to have shipped
...") and estimates ("Officials put the value of the shipments at $14 million"). Written
before the changes it led to: Kestrel's denial was only related to the claim it denies
(the negated act is on "its products", not on "drone components"), the two idioms were
claims of their own that the chief executive and the lawyers asserted, so the shipments
stood undenied (B3); the inquiry had no source (F6). Left: "Kestrel said its products had
not been sold to Iran and that it complied with all export laws" (two clauses, read as
one statement) stays related."""

from __future__ import annotations

ARTICLES = {
    "01.txt": ('Electronics firm shipped drone parts to Iran, papers show', 'Harbour Times', '2042-03-02',
        "Kestrel Electronics shipped drone components to Iran through a front company in Dubai, according to customs documents seen by the Harbour Times.\n"
        "It is understood that investigators at the Commerce Department opened an inquiry into the shipments in August.\n"
        "Kestrel said its products had never been sold to Iran."),
    "02.txt": ('Kestrel accused over Iran drone parts', 'Daily Record', '2042-03-02',
        "Kestrel Electronics is understood to have shipped drone components to Iran via Dubai, the Harbour Times reported on Tuesday.\n"
        "Kestrel's chief executive, Ana Mirel, said the report bore no relation to reality.\n"
        "Officials put the value of the shipments at $14 million."),
    "03.txt": ('Congressman seeks sanctions on Kestrel', 'Valley Post', '2042-03-03',
        "A congressman called for sanctions on Kestrel Electronics on Wednesday after reports that it sold drone parts to Iran.\n"
        "The company's lawyers said the allegations were wide of the mark.\n"
        "Customs officials estimated the value of the shipments at $12 million, a figure Kestrel disputed."),
}


def test_a_party_and_idioms_deny_the_shipments(analyse_invented) -> None:  # type: ignore[no-untyped-def]
    doc = analyse_invented(ARTICLES)
    names = {s["id"]: s["name"] or s["label"] for s in doc["speakers"]}
    shipped = next(c for c in doc["claims"] if "drone components" in c["text"])
    deniers = {names[s] for s in shipped["denied_by"]}
    assert {"Kestrel Electronics", "Ana Mirel", "The company's lawyers"} <= deniers, deniers
    assert shipped["grade"].endswith("4"), shipped["reasons"]
    # The idioms are no claims of their own.
    assert not any("relation to reality" in c["text"] or "wide of the mark" in c["text"]
                   for c in doc["claims"]), [c["text"] for c in doc["claims"]]


def test_what_is_understood_is_on_the_outlets_authority(analyse_invented) -> None:  # type: ignore[no-untyped-def]
    doc = analyse_invented(ARTICLES)
    inquiry = next(c for c in doc["claims"] if "inquiry" in c["text"])
    assert inquiry["grade"].startswith("C"), inquiry["reasons"]
    assert "Harbour Times, on its own authority" in inquiry["reasons"][0]
    names = {s["id"]: s["name"] or s["label"] for s in doc["speakers"]}
    value = {(names.get(a["speaker"] or ""), a["content"]) for a in doc["attributions"]
             if "value of the shipments" in a["content"]}
    assert ("Officials", "the value of the shipments at $14 million") in value, value
    assert ("Customs officials", "the value of the shipments at $12 million") in value, value
