"""A festival report's other film, named at a sentence's start with an apposition and then given
a day ("Tin Lid, the Jo Penn documentary about choirboys, ... is out in cinemas on 22 May"), is
not ours: no day of ours is served from it. Our own film so told keeps its day."""

from __future__ import annotations

from tests.extract.helpers import served_releases

_HEADLINE = "Festival round-up: Pellow Skerry wins the night"
_LEDE = "Pellow Skerry closed the Harbourlight festival on Saturday. Pellow Skerry review below."


def _dates(line: str) -> set[str]:
    found = served_releases(_LEDE, line, date="2026-03-14", title=_HEADLINE)
    return {str(r.date) for r in found if r.date}


def test_another_films_day_after_an_apposition_is_not_ours() -> None:
    for line in (
        "Tin Lid, the Jo Penn documentary about choirboys, screened to cheers and is out in "
        "cinemas on 22 May.",
        "Marrow Field, a Welsh comedy about a failing ice rink, opens in cinemas on 3 July.",
    ):
        assert _dates(line) == set(), line


def test_our_films_own_day_is_kept() -> None:
    assert "2026-04-10" in _dates("Pellow Skerry arrives on Netflix on 10 April.")
