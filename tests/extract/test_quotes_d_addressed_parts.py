"""Faceless words that call one of the work's parts by name are a line of the work."""

from __future__ import annotations

from tests.extract.helpers import facts

_CAST = "Lantern Bay, a new comedy, stars Mara Quill as Wren and Joss Ebury as Orvo."


def _served(*paragraphs: str) -> set[str]:
    return {q.text for q in facts(_CAST, *paragraphs).quotes if q.served}


def test_words_that_call_a_part_mid_line_are_held() -> None:
    found = _served(
        "Everyone on the forum keeps repeating the teaser's best bit, "
        "“It isn't a chip shop, Orvo, it's a way of life”, in every thread."
    )
    assert "It isn't a chip shop, Orvo, it's a way of life" not in found


def test_words_that_end_on_a_called_part_are_held() -> None:
    found = _served("The thread title is simply “Put the kettle on, Wren!” this week.")
    assert "Put the kettle on, Wren!" not in found


def test_words_that_only_name_a_part_are_served() -> None:
    found = _served("Another fan posted: “Orvo is going to be the breakout of the year.”")
    assert "Orvo is going to be the breakout of the year." in found


def test_a_part_in_a_list_is_not_called() -> None:
    found = _served("Another fan posted: “I adore Wren, Orvo, and the whole bay.”")
    assert "I adore Wren, Orvo, and the whole bay." in found
