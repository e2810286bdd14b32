"""A shoot's end pencilled in for a time is the shoot's plan, never the film's release."""

from __future__ import annotations

from tests.extract.helpers import release_kinds

_TITLE = "Harrow Point: a day on set"
_DATE = "2025-08-05"


def test_a_wrap_pencilled_in_is_no_release_window() -> None:
    for sentence in (
        "The crew moves to Hull next week, and the wrap is pencilled in for mid-October.",
        "Harrow Point's wrap is pencilled in for mid-October.",
        "Filming is pencilled in to wrap in mid-October.",
        "The shoot is pencilled in to finish on 17 October.",
    ):
        found = release_kinds(sentence, date=_DATE, title=_TITLE)
        assert not any(kind in {"window", "premiere_date"} for kind, *_ in found), sentence


def test_the_release_pencilled_in_beside_a_booked_wrap_stays() -> None:
    sentence = (
        "Filming is pencilled in to wrap in mid-October, and Harrow Point is pencilled in "
        "for spring next year."
    )
    found = release_kinds(sentence, date=_DATE, title=_TITLE)
    assert ("window", "2026-03/2026-05", True) in found
    assert ("window", "2025-10", True) not in found


def test_the_film_itself_pencilled_in_keeps_its_window() -> None:
    found = release_kinds("Harrow Point is pencilled in for mid-October.", date=_DATE, title=_TITLE)
    assert ("window", "2025-10", True) in found
