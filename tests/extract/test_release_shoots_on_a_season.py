"""A shoot told as on a bare season, on invented text: "Filming on series three begins in
June", "Shooting on the new series starts in Whitby in October"; the season the sentence opens
with, owned by no other name, is the article's show's. Another show's season stays out; "Filming
will get under way in June" is a plan too."""

from __future__ import annotations

from tests.extract.helpers import served_releases

_TITLE = "Larkspur Bay star Dana Holt quits"
_LEDE = "Larkspur Bay star Dana Holt is leaving the ITV drama after two series."


def _planned(*paragraphs: str) -> set[str]:
    served = served_releases(*paragraphs, date="2026-02-20", title=_TITLE)
    return {str(r.window) for r in served if r.kind.value == "filming_planned"}


def test_filming_on_a_numbered_series_is_our_shoot() -> None:
    assert _planned(_LEDE, "Filming on series three begins in June.") == {"2026-06"}


def test_shooting_on_the_new_series_with_a_place_is_our_shoot() -> None:
    planned = _planned(
        _LEDE, "But the crew will not rest. Shooting on the new series starts in Whitby in October."
    )
    assert planned == {"2026-10"}


def test_another_shows_season_is_not_ours() -> None:
    planned = _planned(_LEDE, "Filming on series three of Red Harbour begins in June.")
    assert not planned


def test_filming_that_will_get_under_way_is_a_plan() -> None:
    assert _planned(_LEDE, "Filming will get under way in Whitby in June.") == {"2026-06"}
