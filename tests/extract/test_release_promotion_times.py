"""A time told after a promotion's arrival ("a first look will arrive “in the summer”, so keep
an eye on its channel in June or July") is the first look's, never a window of the release."""

from __future__ import annotations

from tests.extract.helpers import release_kinds

_LEDE = "The Marrowfield film lands on Harbourline on Friday 2 October 2031, worldwide."


def _windows(*paragraphs: str) -> set[str]:
    found = release_kinds(
        _LEDE, *paragraphs, date="2031-02-18", title="Marrowfield: everything we know"
    )
    assert ("premiere_date", "2031-10-02", False) in found
    return {window for kind, window, _ in found if kind == "window"}


def test_a_first_look_due_in_quoted_words_then_months_is_no_window() -> None:
    assert not _windows(
        "Is there a trailer?",
        "Not yet. Harbourline says a first look will arrive “in the summer”, so keep an eye "
        "on Tidewatch in June or July.",
    )


def test_a_teaser_dropping_soon_then_a_month_is_no_window() -> None:
    assert not _windows(
        "The studio promises a teaser will drop “very soon”, so watch its channels in March.",
    )


def test_a_trailer_set_to_land_in_quoted_words_then_months_is_no_window() -> None:
    assert not _windows(
        "A trailer is set to land ‘before the summer’, and fans expect it in April or May.",
    )


def test_a_film_still_pencilled_in_keeps_its_window() -> None:
    found = release_kinds(
        "The studio posted a short clip with the title card.",
        "The Marrowfield film is still pencilled in for autumn 2031, but no day is set yet.",
        date="2031-02-18",
        title="Marrowfield: the newsletter",
    )
    assert ("window", "2031-09/2031-11", True) in found
