"""A fifty-seventh invented story, security forces firing on protesters: a rights group's
toll, witnesses, footage a paper verified, the interior ministry's "officers had fired only
warning shots and that no one had been killed by police", the minister's "that
'provocateurs' had attacked police and that officers had acted lawfully", and the
government's denial "that its security forces had shot protesters". Written before the
changes it led to: the denial's claim read "Its security forces had shot protesters",
naming no one; and "opened fire on" was an act of opening (and "fire" of dismissing).
Tried and undone: each "P and that Q" as two claims (spy-balloon's key keeps "at an
altitude ... and that it does not currently present a threat" one claim: mention recall
0.714 -> 0.690). Left: the denial stays a claim of its own beside the rights group's
"Security forces opened fire on protesters in central Ostgrad" (a place read as an actor
keeps them apart)."""

from __future__ import annotations

ARTICLES = {
    "01.txt": ("Security forces fire on protesters in Ostgrad", "Halden Daily", "2038-09-12",
        "Security forces opened fire on protesters in central Ostgrad on Sunday, killing at least nine people, according to the rights group Civic Watch.\n"
        "Witnesses told the Halden Daily that police used live ammunition as crowds tried to reach the parliament building.\n"
        "Ostland's interior ministry said officers had fired only warning shots and that no one had been killed by police.\n"
        "The figures could not be independently verified."),
    "02.txt": ("Video shows police firing at Ostgrad crowd", "Capital Post", "2038-09-13",
        "Footage verified by the Capital Post shows police officers firing rifles directly into a crowd near the parliament building in Ostgrad.\n"
        "Civic Watch said the death toll had risen to 12.\n"
        "Interior Minister Pavel Orlov told state television that \"provocateurs\" had attacked police and that officers had acted lawfully."),
    "03.txt": ("Ostland denies firing on protesters", "Lumbria Times", "2038-09-13",
        "Ostland's government denied on Monday that its security forces had shot protesters, blaming \"armed provocateurs\" for the deaths.\n"
        "Human rights groups said at least 12 people were killed when police fired on the crowd.\n"
        "The European Union called for an independent investigation."),
}


def test_its_in_a_bodys_words_is_the_body(analyse_invented) -> None:  # type: ignore[no-untyped-def]
    doc = analyse_invented(ARTICLES)
    texts = [c["text"] for c in doc["claims"]]
    assert "Ostland's security forces had shot protesters" in texts, texts
