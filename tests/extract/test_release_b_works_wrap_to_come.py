"""A work's end to come told in the present ("the film, which wraps in September") is the
shoot's, not a release window. Invented articles."""

from __future__ import annotations

from tests.extract.helpers import release_dates

_TITLE = "Hollin Vale adds Teodor Vasskin"
_LEDE = "Teodor Vasskin has joined the Ostrevin sequel Hollin Vale."


def test_the_works_end_to_come_is_no_window() -> None:
    found = release_dates(
        _LEDE,
        "Vasskin will make his screen debut in the film, which wraps in September.",
        date="2026-08-20",
        title=_TITLE,
    )
    assert not any(kind == "window" for kind, _, _ in found)
