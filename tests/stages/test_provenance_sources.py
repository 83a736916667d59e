"""Who a primary source is: commentators, officials, parties."""

from __future__ import annotations


def test_named_commentator_speaks_for_no_institution() -> None:
    from sourcetrace.models import Speaker
    from sourcetrace.stages.provenance_sources import _commentator

    def spk(role: str, affiliation: str) -> Speaker:
        return Speaker(id="s1", name="Ada Lind", label=f"Ada Lind, {role}", type="person",
                       role=role, affiliation=affiliation)

    assert _commentator(spk("fellow", "defence studies department at a university"))
    assert _commentator(spk("China specialist and director", "a research centre"))
    assert not _commentator(spk("spokeswoman", "foreign ministry"))
    assert not _commentator(spk("foreign ministry researcher", "foreign ministry"))
