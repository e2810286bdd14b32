"""A chart report is about the work its headline puts on top; what the paragraphs placing the
other works cast is held."""

from __future__ import annotations

from tests.extract.helpers import facts, served_pairs


def _chart(other: str) -> set[tuple[str, str]]:
    return served_pairs(
        facts(
            "A harbour thriller has knocked a comedy off the top of the streaming chart.",
            "Streaming chart: ‘Copper Sound’ storms to No 1 as The Tin Lid slips",
            "“Copper Sound” is the most-watched title this week, ending the run of The Tin Lid.",
            "Piers Halloran stars as DI Joss Maddick, a detective back in her home port.",
            other,
            title="Streaming chart: ‘Copper Sound’ storms to No 1 as The Tin Lid slips",
        )
    )


def test_the_slipping_films_stars_are_held() -> None:
    found = _chart(
        "The Tin Lid, released on 3 April, fell to No 2. The film, which stars Wren Castell "
        "and Odo Bram as Edie and Sol, has spent four weeks in the top three."
    )
    assert ("Wren Castell", "Edie") not in found
    assert ("Odo Bram", "Sol") not in found
    assert ("Piers Halloran", "DI Joss Maddick") in found


def test_a_lower_places_star_is_held() -> None:
    found = _chart(
        "At No 3, the period drama Salt Year climbed two places. Odo Bram plays Sol Ferris."
    )
    assert ("Odo Bram", "Sol Ferris") not in found


def test_a_place_worded_as_an_ordinal_is_held() -> None:
    found = _chart("The period drama Salt Year was fourth. Odo Bram plays Sol Ferris.")
    assert ("Odo Bram", "Sol Ferris") not in found
