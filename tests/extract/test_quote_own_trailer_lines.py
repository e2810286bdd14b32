"""Quotes on invented text: a part's one line, set off by dashes in a trailer's sentence ("His
only line – “...” – is the teaser's darkest moment"), is the work's, not the actor's quote."""

from __future__ import annotations

from tests.extract.helpers import facts


def test_a_parts_single_line_in_a_trailer_is_held() -> None:
    for sentence in (
        "Halvard Undset plays the harbourmaster. His single line – “Close the gates” – is the "
        "trailer’s coldest moment.",
        "Mirela Voskuijlen plays the widow. Her only line – “Nobody sails tonight” – closes the "
        "teaser.",
    ):
        found = facts(
            "Quiet Marsh, a four-part drama, premieres on Channel 4 in June.",
            sentence,
            date="2026-04-01",
            title="Quiet Marsh trailer: six things we spotted",
        )
        assert not [q for q in found.quotes if q.served], sentence


def test_a_line_the_film_gives_a_part_is_held() -> None:
    for sentence in (
        "The film runs two hours and gives Mirela Voskuijlen’s widow the line everyone will "
        "quote: “Nobody sails tonight.”",
        "The finale gives Tova the best line of the series: “Close the gates.”",
    ):
        found = facts("Quiet Marsh, a four-part drama, premieres on Channel 4 in June.", sentence)
        assert not [q for q in found.quotes if q.served], sentence
