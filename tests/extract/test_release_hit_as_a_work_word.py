""" "Hit" praising a work ("the hit YA series", "their hit true-crime podcast", "a hit BBC
drama") is no release verb, on invented text, even when the few words read before a time have
lost the article in front of it; the verb "hits" before a place, a platform or a slot still
dates the release."""

from __future__ import annotations

import pytest

from tests.extract.helpers import served_releases

_TITLE = "Pale Lantern adds three to its cast"


def _kinds(*paragraphs: str) -> set[tuple[str, str]]:
    served = served_releases(*paragraphs, date="2025-06-18", title=_TITLE)
    return {(r.kind.value, str(r.date or r.window or "")) for r in served}


@pytest.mark.parametrize(
    "line",
    [
        "Pale Lantern, the last chapter of the hit YA series, films in Fife next month.",
        "Pale Lantern, based on their hit true-crime podcast, shoots in Leeds next month.",
        "Pale Lantern, a remake of his hit Korean thriller, rolls cameras in Seoul next month.",
        "The film version of the hit BBC drama Pale Lantern starts shooting in Wales this autumn.",
    ],
)
def test_a_hit_work_shooting_soon_is_no_window(line: str) -> None:
    kinds = _kinds(line)
    assert not {k for k in kinds if k[0] in {"window", "premiere_date"}}


def test_the_film_that_hits_cinemas_next_month_is_dated() -> None:
    kinds = _kinds("Pale Lantern hits cinemas in July, its distributor said.")
    assert ("window", "2025-07") in kinds


def test_the_series_that_hits_a_drama_slot_is_dated() -> None:
    kinds = _kinds("Pale Lantern hits ITV Sunday drama slot on 3 July.")
    assert ("premiere_date", "2025-07-03") in kinds
