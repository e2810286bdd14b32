"""Crew credits that are not this production's: makers told not to return ("the series'
episodes were directed by X and Y, neither of whom returns") and a serial set off by its kind
("horror serial The Lamp Men, directed by X"); our own credits stay (invented sentences)."""

from __future__ import annotations

from tests.extract.helpers import facts

_LEDE = "The film that closes the boarding-school saga opens on Friday."
_TITLE = "Brackenfold: everything we know"


def _directors(*paragraphs: str) -> set[str]:
    found = facts(_LEDE, *paragraphs, title=_TITLE)
    return {c.name for c in found.crew if c.role.value == "director" and c.served}


def test_makers_told_not_to_return_are_no_crew() -> None:
    directors = _directors(
        "The film is directed by Kai Moss, a newcomer: the series' episodes were directed by"
        " Ida Stone and Ben Orr, neither of whom returns."
    )
    assert directors == {"Kai Moss"}


def test_makers_told_to_return_stay() -> None:
    directors = _directors(
        "The film is directed by Ida Stone and Ben Orr, both of whom return from the series."
    )
    assert {"Ida Stone", "Ben Orr"} <= directors


def test_a_serial_set_off_by_its_kind_is_another_works() -> None:
    directors = _directors(
        "It is directed by Kai Moss.",
        "Also this week: Sky's three-part horror serial The Lamp Men, directed by Ida Stone,"
        " premieres on Monday.",
    )
    assert directors == {"Kai Moss"}


def test_a_dated_glossed_other_work_is_another_works() -> None:
    directors = _directors(
        "It is directed by Kai Moss.",
        "Her breakthrough came on Harbour Lights, the 2022 RTÉ drama directed by Tom Askew, in"
        " which Ned Garr played the keeper.",
    )
    assert directors == {"Kai Moss"}


def test_our_own_dated_gloss_keeps_its_director() -> None:
    directors = _directors("Brackenfold, the 2026 BBC film directed by Tom Askew, opens on Friday.")
    assert "Tom Askew" in directors
