"""A wrap told only as the time another deed came ("worked on it for months after filming
wrapped, finishing the mix at Brindle Yard in March") is no dated wrap: the month is the deed's;
a month in the wrap's own clause still dates it. Invented articles."""

from __future__ import annotations

from tests.extract.helpers import release_dates

_TITLE = "Quillon Vale: the composer's story"
_LEDE = "Odile Vantreece scored the Elspin film Quillon Vale."


def _found(sentence: str) -> set[tuple[str, str, bool]]:
    return release_dates(_LEDE, sentence, date="2026-05-20", title=_TITLE)


def test_a_month_after_the_wraps_closed_clause_is_no_wrap() -> None:
    found = _found(
        "Vantreece worked on the film for six months after filming wrapped, finishing the last "
        "sessions at Brindle Yard in March."
    )
    assert not {kind for kind in found if kind[0] == "filming_wrapped"}


def test_a_month_in_the_wraps_own_clause_dates_it() -> None:
    assert ("filming_wrapped", "2025-11", False) in _found(
        "Vantreece joined the team after filming wrapped in November, and worked for months."
    )
