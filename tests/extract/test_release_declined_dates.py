"""A date the studio declined or would not give ("declined to give a new date", "would not
confirm a release window") is news that none is set; a date it did give is still read. On
invented text."""

from __future__ import annotations

from tests.extract.helpers import release_kinds

_TITLE = "Glass Meadow delayed after reshoots"


def _kinds(*paragraphs: str, date: str = "2026-04-14") -> set[tuple[str, str, bool]]:
    return release_kinds(*paragraphs, date=date, title=_TITLE)


def test_a_distributor_that_declined_to_give_a_new_date_has_none() -> None:
    kinds = _kinds(
        "Its distributor, Lowfield Pictures, confirmed the delay on Monday but declined to give "
        "a new date.",
    )
    assert ("not_announced", "", False) in kinds


def test_a_studio_that_would_not_confirm_a_window_has_none() -> None:
    kinds = _kinds(
        "A spokesperson for the studio would not confirm a release window for Glass Meadow."
    )
    assert ("not_announced", "", False) in kinds


def test_a_studio_that_gave_a_new_date_is_dated() -> None:
    kinds = _kinds("Lowfield Pictures confirmed the delay and gave a new date: 9 October.")
    assert not any(kind == "not_announced" for kind, _, _ in kinds)
