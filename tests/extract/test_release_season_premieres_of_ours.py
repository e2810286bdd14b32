"""A season's premiere "of" our show, moved or dated, is our release; the same of another show is
not (invented text)."""

from __future__ import annotations

from tests.extract.helpers import served_releases

_TITLE = "Saltmarsh season 2 moves to November"


def _kinds(*paragraphs: str, date: str = "2026-07-06") -> set[tuple[str, str]]:
    served = served_releases(_TITLE, *paragraphs, date=date, title=_TITLE)
    return {(r.kind.value, str(r.date or r.window or "")) for r in served}


def test_a_season_premiere_of_our_show_moved_to_a_date_is_our_release() -> None:
    kinds = _kinds(
        "ITV has moved the season 2 premiere of Saltmarsh from 4 October to 8 November, "
        "with the full box set on ITVX the same day."
    )
    assert ("premiere_date", "2026-11-08") in kinds
    assert ("premiere_date", "2026-10-04") not in kinds


def test_a_series_opener_of_our_show_on_a_date_is_our_release() -> None:
    kinds = _kinds("The season 2 opener of Saltmarsh airs on 8 November on ITV1.")
    assert ("premiere_date", "2026-11-08") in kinds


def test_a_season_premiere_of_another_show_is_not_ours() -> None:
    kinds = _kinds(
        "Saltmarsh is out in November. ITV has moved the season 5 premiere of Harbour Lights "
        "from 2 September to 9 September."
    )
    assert ("premiere_date", "2026-09-09") not in kinds
