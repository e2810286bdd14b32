"""Release kinds on invented text: a premiere in a named place days before the platform release
is an event; a play someone rehearses dates the play; no date told as "which X has yet to
date", "yet to confirm one", "is still to be announced"; "Season 2 of X"; a move told with its
size and old date; a hint given before that still stands."""

from __future__ import annotations

from tests.extract.helpers import served_releases

_TITLE = "Saltreed Light: what we know so far"


def _kinds(*paragraphs: str, date: str = "2026-09-20", title: str = _TITLE) -> set[tuple[str, str]]:
    served = served_releases(*paragraphs, date=date, title=title)
    return {(r.kind.value, str(r.date or r.window or "")) for r in served}


def test_a_city_premiere_days_before_the_streamer_is_an_event() -> None:
    kinds = _kinds(
        "Saltreed Light premieres in Venice on Friday 2 October, four days before it lands on "
        "Apple TV+."
    )
    assert ("premiere_date", "2026-10-02") not in kinds
    assert ("premiere_date", "2026-10-06") in kinds


def test_a_festival_screening_a_week_before_cinemas_is_an_event() -> None:
    kinds = _kinds(
        "The drama screens at the Leeds Film Festival on 9 November, a week before it opens in "
        "cinemas."
    )
    assert ("premiere_date", "2026-11-09") not in kinds


def test_a_premiere_on_a_channel_before_its_catch_up_is_the_release() -> None:
    kinds = _kinds("Saltreed Light premieres on ITV1 on 2 October, a day before it lands on ITVX.")
    assert ("premiere_date", "2026-10-02") in kinds


def test_a_play_rehearsed_and_then_dated_is_not_the_film() -> None:
    kinds = _kinds(
        "Saltreed Light wrapped in August.",
        "Next, Ines Talbot goes into rehearsals for a revival of Blithe Spirit at the Bridge, in "
        "which she plays Elvira. It opens on 14 November.",
    )
    assert not {k for k in kinds if k[0] == "premiere_date"}


def test_a_stage_production_named_then_dated_is_not_the_film() -> None:
    kinds = _kinds(
        "Saltreed Light has no date yet.",
        "Before then, Corin Abbey leads a West End production of Hamlet. It opens on 3 December.",
    )
    assert not {k for k in kinds if k[0] == "premiere_date"}


def test_a_film_its_streamer_has_yet_to_date() -> None:
    kinds = _kinds("The series, which Hulu has yet to date, is expected in spring 2027.")
    assert ("not_announced", "") in kinds
    kinds = _kinds("The film, which Sky hasn't dated, will follow next year.")
    assert ("not_announced", "") in kinds


def test_a_date_the_streamer_is_yet_to_confirm() -> None:
    kinds = _kinds("Viewers are waiting on a premiere date, with the BBC yet to confirm one.")
    assert ("not_announced", "") in kinds
    kinds = _kinds("It will arrive in 2027, though the exact date is still to be announced.")
    assert ("not_announced", "") in kinds
    assert ("window", "2027") in kinds


def test_a_numbered_season_of_ours_is_ours() -> None:
    title = "Saltreed Light Season 3: every update in one place"
    kinds = _kinds("Season 3 of Saltreed Light premieres 8 January 2027 on Hulu.", title=title)
    assert ("premiere_date", "2027-01-08") in kinds
    kinds = _kinds("Season 3 of Bell Harbour premieres 8 January 2027 on Hulu.", title=title)
    assert ("premiere_date", "2027-01-08") not in kinds


def test_a_move_told_with_its_size_and_old_date() -> None:
    kinds = _kinds("Hulu has pushed the series back three weeks, from 2 April to 23 April.")
    assert ("premiere_date", "2027-04-23") in kinds
    assert ("premiere_date", "2027-04-02") not in kinds
    kinds = _kinds("Sky has moved the film forward by a week, from 9 March to 2 March.")
    assert ("premiere_date", "2027-03-02") in kinds


def test_a_hint_given_before_still_stands() -> None:
    kinds = _kinds(
        "Hulu has not dated it, although the showrunner has previously indicated it could land "
        "in late 2027."
    )
    assert ("window", "2027-09/2027-12") in kinds
    kinds = _kinds("The film had previously been due in May, but it now arrives in June 2027.")
    assert ("window", "2027-05") not in kinds
