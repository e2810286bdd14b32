"""Three things that are no release of the film: a shoot's vehicles or kit arriving *in a place*
on a day ("Trucks and generators arrived in Tanner Row on Tuesday"), a premiere told as an
event somewhere ("a starry premiere in Bramley Square on 3 March"), and a profile subject's next
job on another film ("returns home to shoot the new film of X, “Title”, with production
planned to start in May"). Invented text throughout."""

from __future__ import annotations

from tests.extract.helpers import release_kinds

_LEDE = "Copper Bay, the coastal drama, has found its lead."


def test_kit_arriving_in_a_place_on_a_day_is_no_release() -> None:
    for text in (
        "Trucks, generators and catering vans arrived in Tanner Row on Tuesday, and by Wednesday"
        " a crowd had gathered by the harbour.",
        "Lorries and lighting rigs arrived at the old quay on Monday morning.",
        "Production vans arrived outside the town hall early on Sunday.",
    ):
        kinds = release_kinds(_LEDE, text, date="2025-07-18")
        assert not any(k[0] == "premiere_date" for k in kinds), text


def test_a_premiere_told_as_an_event_in_a_place_is_no_release_date() -> None:
    for text in (
        "There will be a glitzy premiere in Bramley Square on November 3, with the cast on the"
        " carpet.",
        "Expect a starry premiere at the Harlow Playhouse on 3 November.",
        "A gala premiere in Kingsmere on 3 November will open the season.",
    ):
        kinds = release_kinds(_LEDE, text, date="2025-10-14")
        assert ("premiere_date", "2025-11-03", False) not in kinds, text


def test_a_premiere_on_a_platform_is_still_the_release() -> None:
    text = "Copper Bay premieres on Netflix on 3 November."
    kinds = release_kinds(_LEDE, text, date="2025-10-14")
    assert ("premiere_date", "2025-11-03", False) in kinds


def test_a_subjects_next_shoot_on_another_film_is_not_ours() -> None:
    for text in (
        "Next year Dalrow returns to Norway to shoot the new film of Ingrid Haavik, “Stille"
        " vann”, with production planned to start in March.",
        "In the spring he will film the next feature by Oren Pask, Salt Lanterns, with shooting"
        " planned to begin in March.",
        "She then heads home to shoot Mara Kell’s new film, “Saltvind”, which is due to start"
        " filming in March.",
    ):
        kinds = release_kinds(_LEDE, text, date="2025-10-14")
        assert not any(k[0] == "filming_planned" for k in kinds), text


def test_a_premiere_in_a_month_is_no_event_in_a_place() -> None:
    for text in (
        "Copper Bay gets a TV premiere in January, on Friday 9 January, on BBC One.",
        "The drama gets a TV premiere in January on BBC One on 9 January.",
    ):
        kinds = release_kinds(_LEDE, text, date="2025-10-14")
        assert ("premiere_date", "2026-01-09", False) in kinds, text
