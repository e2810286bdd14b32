"""A time that bounds a record in a box-office or ratings report ("the best debut for a homegrown
drama since the autumn", "the widest release of the spring so far") is the stretch the record is
counted over, never a release window of the article's production; on invented text."""

from __future__ import annotations

from tests.extract.helpers import served_releases

_TITLE = "Weekend box office: Thistlecombe opens at number one"
_LEDE = "Thistlecombe opened at number one with £2.3m from Friday to Sunday."


def _kinds(*paragraphs: str, date: str = "2026-03-17") -> set[tuple[str, str]]:
    served = served_releases(_LEDE, *paragraphs, date=date, title=_TITLE)
    return {(r.kind.value, str(r.date or r.window or "")) for r in served}


def _windows(*paragraphs: str) -> set[str]:
    return {value for kind, value in _kinds(*paragraphs) if kind == "window"}


def test_a_best_debut_since_a_season_is_no_window() -> None:
    assert not _windows(
        "Distributors said it was the best debut for an Irish-made comedy since the autumn, "
        "beating every forecast."
    )


def test_a_biggest_opening_since_the_summer_is_no_window() -> None:
    assert not _windows("It was the biggest opening for a homegrown film since the summer.")


def test_the_strongest_start_since_a_month_is_no_window() -> None:
    assert not _windows("Analysts called it the strongest start for an original since October.")


def test_the_widest_release_of_a_season_to_date_is_no_window() -> None:
    assert not _windows(
        "The sequel due in a fortnight will be the widest release of the winter to date, "
        "according to the distributor."
    )


def test_a_plain_window_is_still_served() -> None:
    kinds = _kinds("The distributor said Thistlecombe will reach streaming in the summer.")
    assert any(kind == "window" for kind, _ in kinds)
