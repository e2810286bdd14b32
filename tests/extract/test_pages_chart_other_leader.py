"""A chart report about the film its headline puts on top that gives another chart's top too
("the top spot went to the second season of Netflix's ‘Copper Sound’ ... The series, starring
A as P"): that paragraph casts a work the page only ranks, held; the page's own casting is
served."""

from __future__ import annotations

from tests.extract.helpers import facts, served_pairs

_HEADLINE = "Streaming chart: Tin Lid holds on as the Prime Video comedy tops the film chart"


def _chart(other: str) -> set[tuple[str, str]]:
    return served_pairs(
        facts(
            "A comedy keeps the top of the film chart for a second week.",
            _HEADLINE,
            "Tin Lid was the most-watched film on streaming services again this week.",
            "The film stars Piers Halloran as Joss Maddick, a baker with a secret.",
            other,
            title=_HEADLINE,
        )
    )


def test_the_top_spot_went_to_a_quoted_series() -> None:
    found = _chart(
        "Across all titles, the top spot went to the second season of Netflix’s “Copper"
        " Sound”, with 500 million minutes. The series, starring Wren Castell as the harbour"
        " master Edie Lusk, dropped all six episodes at once."
    )
    assert ("Wren Castell", "Edie Lusk") not in found
    assert ("Piers Halloran", "Joss Maddick") in found


def test_number_one_went_to_a_bare_title() -> None:
    found = _chart(
        "In the series chart, No 1 went to Salt Year, with 300 million minutes. It stars Odo"
        " Bram as Sol Ferris."
    )
    assert ("Odo Bram", "Sol Ferris") not in found
    assert ("Piers Halloran", "Joss Maddick") in found


def test_our_own_top_spot_is_served() -> None:
    found = _chart(
        "In the film chart, the top spot went to Tin Lid for a second week. Wren Castell also"
        " stars as Edie Lusk."
    )
    assert ("Wren Castell", "Edie Lusk") in found


def test_a_title_named_after_our_own_top_spot_is_not_the_leader() -> None:
    found = _chart(
        "In the film chart, the top spot went to Tin Lid, well ahead of Netflix’s “Copper"
        " Sound”. Wren Castell also stars as Edie Lusk."
    )
    assert ("Wren Castell", "Edie Lusk") in found
