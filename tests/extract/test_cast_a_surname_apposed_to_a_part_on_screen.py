"""A sentence opened by an actor's surname with the part apposed and placed on screen ("Vell,
Emlyn Tarrant in the series and film, posted ..."), on invented text: the surname is the actor
named in full earlier, the part theirs; an opening word that is no one ("Elsewhere") casts no
one."""

from __future__ import annotations

from tests.extract.helpers import facts, served_pairs

_LEDE = "The cast of Streamly's The Pale Harbour said goodbye to the show online this week."


def test_an_opening_surname_with_its_part_on_screen() -> None:
    found = served_pairs(
        facts(
            _LEDE,
            "Cadoc Vell shared a photo from the last day of the shoot.",
            "Vell, Emlyn Tarrant in the series and film, posted a picture of his script.",
        )
    )
    assert ("Cadoc Vell", "Emlyn Tarrant") in found, found


def test_an_opening_adverb_is_no_actor() -> None:
    found = served_pairs(
        facts(
            _LEDE,
            "Cadoc Vell shared a photo from the last day of the shoot.",
            "Elsewhere, Emlyn Tarrant in the series and film gets a farewell montage.",
        )
    )
    assert not any(part == "Emlyn Tarrant" for _, part in found), found
