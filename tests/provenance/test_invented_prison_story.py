"""A ninth invented story, a rights group's report: guards who "denied them medical care"
(withheld, not denied), Human Rights Watch citing its own interviews, a ministry rejecting
the report right after the group spoke, and "the rights group" the tagger does not see as
a name. Written before the changes it led to."""

from __future__ import annotations

ARTICLES = {
    "01.txt": ("Guards beat detainees, rights group says", "The Harbor Courier", "2033-06-07",
               "Guards at Velmar prison routinely beat detainees and denied them medical care, "
               "Human Rights Watch said in a report published on Tuesday, citing interviews "
               "with 23 former inmates.\nThe interior ministry rejected the report as \"biased "
               "and unfounded\"."),
    "02.txt": ("Former inmates describe beatings", "Eastern Wire", "2033-06-07",
               "Former inmates of Velmar prison told Human Rights Watch they were beaten by "
               "guards, the rights group said in a report on Tuesday."),
}


def test_withholding_is_no_denial_and_the_ministry_is_no_rights_group(analyse_invented) -> None:  # type: ignore[no-untyped-def]
    doc = analyse_invented(ARTICLES)
    name = {s["id"]: s["name"] or s["label"] for s in doc["speakers"]}
    found = [c for c in doc["claims"] if "beat" in c["text"]]
    assert found, [c["text"] for c in doc["claims"]]
    claim = found[0]
    deniers = {name[s] for s in claim["denied_by"]}
    # Not the group denying its own report: "denied them medical care" withholds, and
    # "The interior ministry" is no reference back to the group that spoke before it.
    assert "Human Rights Watch" not in deniers and any("ministry" in d for d in deniers), deniers
    assert not [a for a in doc["attributions"] if a["cue"] == "denied"]
    # The group speaks on its own interviews, and "the rights group" is the group: one
    # source, on the record.
    assert "one on-record primary source (Human Rights Watch)" in claim["reasons"][0], claim[
        "reasons"][0]
