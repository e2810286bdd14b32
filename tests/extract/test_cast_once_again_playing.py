"""An aside saying the actor plays the part again ("X, once again playing Y, ...", "X, still
playing Y, ...") casts X as Y; "once played Y" is still an earlier role."""

from __future__ import annotations

from tests.extract.helpers import facts, served_pairs


def test_once_again_playing_aside() -> None:
    found = facts(
        "Familiar faces return, and Harriet Quayle, once again playing Edda Lorne, gets the "
        "film's best speech."
    )
    assert ("Harriet Quayle", "Edda Lorne") in served_pairs(found)


def test_still_playing_aside() -> None:
    found = facts("Bram Oakes, still playing Vic Mallory, looks tired in the new stills.")
    assert ("Bram Oakes", "Vic Mallory") in served_pairs(found)


def test_once_played_is_an_earlier_role() -> None:
    found = facts("Bram Oakes, who once played Vic Mallory in Tin Coast, joins Harrow Street.")
    assert ("Bram Oakes", "Vic Mallory") not in served_pairs(found)
