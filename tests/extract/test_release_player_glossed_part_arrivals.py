"""A player whose part is glossed with its name ("who plays Wren's aunt, Edda Vale,") and who then
"arrived today": the day is the player's arrival on set, not the work's release."""

from __future__ import annotations

from tests.extract.helpers import release_kinds

_TITLE = "Copper Bay set diary: week one"


def test_a_player_with_a_glossed_part_arriving_gives_no_release_date() -> None:
    for sentence in (
        "Nia Obi, who plays Wren's aunt, Edda Vale, arrived today.",
        "Tom Reed, who plays the harbourmaster's son, Callan Reed, arrived on Monday.",
    ):
        found = release_kinds(sentence, date="2026-03-20", title=_TITLE)
        assert not any(kind == "premiere_date" for kind, _, _ in found), (sentence, found)


def test_the_work_arriving_keeps_its_date() -> None:
    sentence = "Copper Bay, which stars Nia Obi, arrives on the channel on Monday 6 April."
    found = release_kinds(sentence, date="2026-03-20", title=_TITLE)
    assert ("premiere_date", "2026-04-06", False) in found
