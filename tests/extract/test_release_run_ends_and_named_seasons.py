"""Times in a sentence that are not the production's own, on invented text: the day a series'
run of episodes ends (its finale, or weekly episodes "until" a day), a season word that is part
of a capitalised title ("The Summer Orchard"), and the year something else "began as" (the
source book or comic a story started life as). The production's own times in the same
sentences are kept."""

from __future__ import annotations

from tests.extract.helpers import served_releases


def _kinds(*paragraphs: str, title: str, date: str = "2026-03-02") -> set[tuple[str, str]]:
    served = served_releases(*paragraphs, date=date, title=title)
    return {(r.kind.value, str(r.date or r.window or "")) for r in served}


def test_the_finale_date_is_not_a_premiere() -> None:
    kinds = _kinds(
        "Copper Hollow debuts on May 4 with two episodes, followed by weekly drops through the "
        "finale on June 15.",
        title="Copper Hollow season two gets a date",
    )
    assert kinds == {("premiere_date", "2026-05-04")}
    kinds = _kinds(
        "The new season lands on May 4, with weekly releases until the finale on June 15.",
        title="Copper Hollow season two gets a date",
    )
    assert ("premiere_date", "2026-06-15") not in kinds


def test_weekly_episodes_until_a_day_end_the_run() -> None:
    kinds = _kinds(
        "Season two of Dune Road arrives on 12 April, with new episodes weekly until 31 May.",
        title="Dune Road sets April launch",
    )
    assert ("premiere_date", "2026-05-31") not in kinds


def test_a_season_word_inside_a_title_is_no_window() -> None:
    title = "Harbour Films sets date for The Summer Orchard"
    kinds = _kinds(
        "Harbour Films will release Ana Reyes's drama The Summer Orchard in UK cinemas on 22 May.",
        title=title,
    )
    assert kinds == {("premiere_date", "2026-05-22")}
    kinds = _kinds(
        "Harbour Films will release Ana Reyes's drama The Summer Orchard in UK cinemas later "
        "this year.",
        title=title,
    )
    assert kinds == {("window", "2026")}
    kinds = _kinds("The Summer Orchard opens in cinemas this autumn.", title=title)
    assert kinds == {("window", "2026-09/2026-11")}


def test_what_a_story_began_as_is_no_shoot() -> None:
    kinds = _kinds(
        "Filming on the feature wrapped on Friday 27 February, closing a journey for a "
        "tale that began as a self-published novella back in 2014.",
        title="Paper Lanterns wraps filming",
    )
    assert ("filming_started", "2014") not in kinds
    assert ("filming_wrapped", "2026-02-27") in kinds
    kinds = _kinds(
        "The project, which started life as a short film in 2019, began shooting in Bristol "
        "on 9 February.",
        title="Night Pier starts filming",
    )
    assert kinds == {("filming_started", "2026-02-09")}
