"""An awards or box-office piece tells when its own film opened in cinemas months ago ("it
opened in UK cinemas on 7 October"): that is the film's release, however long past; another
work's past opening, or a company's, is not."""

from __future__ import annotations

import pytest

from tests.extract.helpers import release_kinds

_TITLE = "Awards season: how ‘The Tallow Road’ became the film to beat"
_LEDE = "The small British drama The Tallow Road has picked up six Bafta nominations."


@pytest.mark.parametrize(
    "told",
    [
        "A quiet film about a canal strike, it opened in UK cinemas on 7 October with little"
        " fanfare.",
        "When “The Tallow Road” opened in UK cinemas on 7 October last year, it took £200,000.",
        "Harbourlight Pictures released The Tallow Road in UK and Irish cinemas on 7 October,"
        " and it ran for ten weeks.",
    ],
)
def test_our_films_past_cinema_opening_is_its_release(told: str) -> None:
    found = release_kinds(_LEDE, told, date="2026-01-20", title=_TITLE)
    assert ("premiere_date", "2025-10-07", False) in found


@pytest.mark.parametrize(
    "told",
    [
        "Its director's last film, Marrow Field, opened in UK cinemas on 7 October.",
        "Harbourlight Pictures released Marrow Field in UK cinemas on 7 October.",
    ],
)
def test_another_films_past_cinema_opening_is_not(told: str) -> None:
    found = release_kinds(_LEDE, told, date="2026-01-20", title=_TITLE)
    assert ("premiere_date", "2025-10-07", False) not in found
