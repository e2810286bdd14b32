"""A holiday told as still to come ("will air on BBC Two at Christmas", "is due in cinemas at
Thanksgiving") is the coming holiday's month; the same holiday told as past ("aired at
Christmas") dates nothing. On invented text."""

from __future__ import annotations

from tests.extract.helpers import release_kinds

_TITLE = "Cameras roll on the Tollgate Inn special"


def _kinds(*paragraphs: str, date: str = "2026-05-14") -> set[tuple[str, str, bool]]:
    return release_kinds(*paragraphs, date=date, title=_TITLE)


def test_a_special_that_will_air_at_christmas_is_dated_december() -> None:
    kinds = _kinds("The Tollgate Inn special will air on BBC Two at Christmas.")
    assert ("window", "2026-12", False) in kinds


def test_a_film_due_in_cinemas_at_thanksgiving_is_dated_november() -> None:
    kinds = _kinds("The Tollgate Inn is due in cinemas at Thanksgiving.")
    assert any(kind == "window" and value == "2026-11" for kind, value, _ in kinds)


def test_a_special_that_aired_at_christmas_dates_nothing() -> None:
    kinds = _kinds(
        "The first Tollgate Inn special aired on BBC Two at Christmas.", date="2026-01-20"
    )
    assert not any(kind == "window" for kind, _, _ in kinds)
