"""A chart report's paragraph that places another work in words ("fell to second place", "In
third place, ...", "dropped to number three") tells a work the page only ranks: what it casts
is held, as with "No 2"."""

from __future__ import annotations

from tests.extract.helpers import facts, served_pairs


def _chart(other: str) -> set[tuple[str, str]]:
    return served_pairs(
        facts(
            "A lighthouse mystery has climbed to the top of the streaming chart.",
            "Streaming charts: Ferrowind Light rises to number one as Wickmere slips",
            "Ferrowind Light is the most-watched title this week, with 1.2 billion minutes.",
            "Odile Farrance stars as DS Wenna Polglase, a detective sent to a lighthouse.",
            other,
            title="Streaming charts: Ferrowind Light rises to number one as Wickmere slips",
        )
    )


def test_a_rival_that_fell_to_second_place_is_held() -> None:
    found = _chart(
        "Wickmere, the candle-factory drama, fell to second place after three weeks on top. "
        "Its star, Corwin Ashby-Leland, who plays foreman Jory Tremain, denied any sequel."
    )
    assert ("Corwin Ashby-Leland", "Jory Tremain") not in found
    assert ("Odile Farrance", "DS Wenna Polglase") in found


def test_a_paragraph_opening_in_third_place_is_held() -> None:
    found = _chart(
        "In third place, the quiz drama Hollin Street held steady. Bryn Matlock plays a "
        "quizmaster named Aled Vosper."
    )
    assert ("Bryn Matlock", "Aled Vosper") not in found


def test_a_rival_dropped_to_number_three_is_held() -> None:
    found = _chart(
        "Wickmere dropped to number three with 900 million minutes. Corwin Ashby-Leland "
        "plays Jory Tremain."
    )
    assert ("Corwin Ashby-Leland", "Jory Tremain") not in found
