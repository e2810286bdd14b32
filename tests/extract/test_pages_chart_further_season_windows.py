"""A page on a show that is already out, looking ahead to a season not yet made: "a second
season could arrive in autumn 2027" is that further season's time, never the show's release
(:mod:`bot.extract.page_further_seasons`). A time said of the show before the further season
comes up is still the show's."""

from __future__ import annotations

import pytest

from bot.extract.page_further_seasons import further_season
from bot.extract.text import Span, View
from tests.extract.helpers import release_kinds

_LEDE = "Tallow Road, which launched on the streamer on 3 October, tops the streaming chart."
_TITLE = "Tallow Road tops the streaming chart"


@pytest.mark.parametrize(
    "ahead",
    [
        "A trade paper claimed this week that a second season is probable and might land by"
        " autumn 2027.",
        "A second series is in early development and could air in spring 2027.",
        "Nothing is signed. Still, a third run is “close to certain” and may begin as early as"
        " summer 2027.",
        "The broadcaster is silent, but one insider says that a second series is “a sure bet”"
        " and could drop around spring 2027.",
        "Another season would follow in autumn 2027 at the earliest, insiders say.",
    ],
)
def test_a_further_seasons_window_is_not_the_shows(ahead: str) -> None:
    found = release_kinds(_LEDE, ahead, title=_TITLE)
    assert not any(kind == "window" for kind, _, _ in found), ahead
    assert ("premiere_date", "2025-10-03", False) in found


def test_the_shows_own_time_before_the_further_season_is_kept() -> None:
    found = release_kinds(
        _LEDE,
        "Tallow Road will air its finale in early November, and a second season is likely.",
        title=_TITLE,
    )
    assert ("window", "2025-11", False) in found


def _view(sentence: str) -> View:
    return View(Span(0, len(sentence), 0), sentence, sentence.lower(), [])


@pytest.mark.parametrize(
    "confirmed",
    [
        "Netflix said on Monday that a second season will premiere on 14 May 2026.",
        "The streamer has renewed it, and a second series is set to premiere on 14 May 2026.",
        "Another run of the show arrives on 2 June, the broadcaster confirmed.",
    ],
)
def test_a_confirmed_further_season_is_not_set_aside(confirmed: str) -> None:
    assert not further_season(_view(confirmed)), confirmed


@pytest.mark.parametrize(
    "hedged",
    [
        "A second season could arrive in autumn 2027.",
        "Insiders say that another series is likely to follow in 2028.",
        "Trade reports say that a third run is in the works for 2028.",
    ],
)
def test_a_hedged_further_season_is_set_aside(hedged: str) -> None:
    assert further_season(_view(hedged)), hedged
