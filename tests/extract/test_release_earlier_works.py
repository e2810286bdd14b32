"""An earlier work's past release (a sequel's first film, a maker's previous feature) is not
the release of the article's production; a maker's debut may be ours. A release "eyed for" a
year is hedged."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.facts import ReleaseFact, ReleaseKind
from tests.extract.helpers import facts


def _served(*paragraphs: str) -> list[ReleaseFact]:
    found = facts(*paragraphs, date="2026-03-04")
    return [r for r in found.release if r.served and r.kind is not ReleaseKind.TITLE]


@pytest.mark.parametrize(
    "earlier",
    [
        "The first film opened in UK cinemas on 6 September 2024 and is streaming now.",
        "Her previous feature premiered on 12 June 2024 to warm reviews.",
    ],
)
def test_an_earlier_works_release_is_not_ours(earlier: str) -> None:
    served = _served(
        "Dunmarrow Pictures confirmed on Monday that Gorse Lantern 2 is in development.",
        earlier,
        "No release date has been set for the sequel.",
    )
    assert all(r.kind is not ReleaseKind.PREMIERE_DATE for r in served)


def test_a_makers_debut_may_be_ours_and_keeps_its_date() -> None:
    served = _served(
        "Tobin Tavistrell's debut feature, which premiered in Toronto, opened in UK cinemas on"
        " 9 October 2026.",
        "Gorse Lantern has since crossed £2m at the box office.",
    )
    assert [(r.kind, r.date) for r in served] == [(ReleaseKind.PREMIERE_DATE, dt.date(2026, 10, 9))]


def test_a_release_eyed_for_a_year_is_hedged() -> None:
    served = _served(
        "Ilse Varn has been cast in Gorse Lantern.",
        "Shooting is set to begin in the summer, with a release eyed for 2027.",
    )
    windows = [r for r in served if r.kind is ReleaseKind.WINDOW]
    assert [(r.window, r.hedged) for r in windows] == [("2027", True)]
