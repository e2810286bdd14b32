"""A part followed by a "who" clause that names its actor: "Tom's gruff tutor, Professor Quell,
who is played by Ida Marsh" and "the ferry's medic, Dr Rusk, who will be played by Kofi
Ansah" cast the part just before the clause."""

from __future__ import annotations

from tests.extract.helpers import facts, served_pairs


def test_who_is_played_by_after_an_apposed_part() -> None:
    found = facts(
        "The new trailer for Tollgate landed this morning.",
        "We also get a first look at Tom's gruff tutor, Professor Quell, who is played by "
        "Ida Marsh-Whitby, and a glimpse of the college bar.",
        title="Tollgate trailer: five things we spotted",
    )
    assert ("Ida Marsh-Whitby", "Professor Quell") in served_pairs(found)


def test_who_will_be_played_by_in_a_casting_report() -> None:
    found = facts(
        "Production on Tollgate starts in May.",
        "The script introduces the ferry's medic, Dr Rusk, who will be played by Kofi Ansah.",
        title="Tollgate adds a captain",
    )
    assert ("Kofi Ansah", "Dr Rusk") in served_pairs(found)
