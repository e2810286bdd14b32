"""A time that bounds a record in a box-office or ratings report ("the best debut for a homegrown
drama since the autumn", "the widest release of the spring so far") is the stretch the record is
counted over, never a release window of the article's production; on invented text."""

from __future__ import annotations

from tests.extract.helpers import served_releases

_TITLE = "Weekend box office: Glass Orchard opens at number one"
_LEDE = "Glass Orchard opened at number one with £2.3m from Friday to Sunday."


def _kinds(*paragraphs: str, date: str = "2026-03-17") -> set[tuple[str, str]]:
    served = served_releases(_LEDE, *paragraphs, date=date, title=_TITLE)
    return {(r.kind.value, str(r.date or r.window or "")) for r in served}


def _windows(*paragraphs: str) -> set[str]:
    return {value for kind, value in _kinds(*paragraphs) if kind == "window"}


def test_a_best_debut_since_a_season_is_no_window() -> None:
    assert not _windows(
        "That is the best debut for a British-made, original drama since the autumn, and it "
        "came in well ahead of tracking."
    )


def test_a_biggest_opening_since_last_summer_is_no_window() -> None:
    assert not _windows("It was the biggest opening for a homegrown film since the summer.")


def test_the_strongest_start_since_a_month_is_no_window() -> None:
    assert not _windows("Analysts called it the strongest start for an original since October.")


def test_the_widest_release_of_a_season_so_far_is_no_window() -> None:
    assert not _windows(
        "Next Friday brings the widest release of the spring so far, a superhero sequel that "
        "has tracked strongly."
    )


def test_a_plain_window_is_still_served() -> None:
    kinds = _kinds("The distributor said Glass Orchard will reach streaming in the summer.")
    assert any(kind == "window" for kind, _ in kinds)
