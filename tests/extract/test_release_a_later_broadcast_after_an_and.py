"""A second broadcaster's run told after the dated release with ", and a ... broadcast is
expected to follow next year" is that run's time, not the work's window. Invented articles."""

from __future__ import annotations

from tests.extract.helpers import release_dates

_TITLE = "Quillon Vale: everything we know"
_LEDE = "The Elspin drama Quillon Vale is the next big thing."


def _found(sentence: str) -> set[tuple[str, str, bool]]:
    return release_dates(_LEDE, sentence, date="2026-08-20", title=_TITLE)


def test_a_later_broadcast_expected_to_follow_is_no_window() -> None:
    assert _found(
        "Kettlewick Films will release Quillon Vale in UK cinemas on 6 November, and a BBC Wales "
        "broadcast is expected to follow next year."
    ) == {("premiere_date", "2026-11-06", False)}


def test_a_release_expected_to_follow_is_still_a_window() -> None:
    assert ("window", "2027", True) in _found(
        "Quillon Vale opens in Elspin on 6 November, and a UK release is expected to follow next "
        "year."
    )
