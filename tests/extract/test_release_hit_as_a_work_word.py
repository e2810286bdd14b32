""" "Hit" praising a work ("the hit YA series", "a hit BBC drama") is no release verb, on invented
text, even when the few words read before a time have lost the article in front of it; the verb
"hits" before a place or a platform still dates the release."""

from __future__ import annotations

from tests.extract.helpers import served_releases

_TITLE = "Glass Orchard adds three to its cast"


def _kinds(*paragraphs: str) -> set[tuple[str, str]]:
    served = served_releases(*paragraphs, date="2025-06-18", title=_TITLE)
    return {(r.kind.value, str(r.date or r.window or "")) for r in served}


def test_the_hit_series_gearing_up_to_shoot_is_no_window() -> None:
    kinds = _kinds(
        "Glass Orchard, the finale to the hit YA series, gears up to shoot in the UK next month.",
    )
    assert not {k for k in kinds if k[0] in {"window", "premiere_date"}}


def test_a_hit_bbc_drama_shooting_in_the_autumn_is_no_window() -> None:
    kinds = _kinds(
        "The film version of the hit BBC drama Glass Orchard starts shooting in Wales this autumn.",
    )
    assert not {k for k in kinds if k[0] in {"window", "premiere_date"}}


def test_the_film_that_hits_cinemas_next_month_is_dated() -> None:
    kinds = _kinds("Glass Orchard hits cinemas in July, its distributor said.")
    assert ("window", "2025-07") in kinds
