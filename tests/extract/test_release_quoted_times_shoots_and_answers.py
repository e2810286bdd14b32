"""Invented text: a time in quotation marks that opens with a small word ("coming “in 2027”",
has only said ‘next spring’) is a source's words naming the release's time, not a title; a shoot
on a numbered series or season ("Filming on season three began ... last month") is the article's
own production told in the past."""

from __future__ import annotations

from tests.extract.helpers import release_kinds

_TITLE = "Tidewater: what we know"


def test_a_quoted_year_after_its_preposition_is_the_window() -> None:
    kinds = release_kinds(
        "The streamer has not set a release date, saying only that the series is coming “in 2027”.",
        date="2026-05-04",
        title=_TITLE,
    )
    assert ("window", "2027", False) in kinds


def test_a_quoted_season_after_a_promise_answers_no_date() -> None:
    kinds = release_kinds(
        "The cast is back.",
        "When is it out?",
        "There isn't one. The broadcaster has only said ‘next spring’, nothing more.",
        date="2026-09-03",
        title=_TITLE,
    )
    assert ("window", "2027-03/2027-05", False) in kinds


def test_a_quoted_relative_year_after_only_said_is_the_window() -> None:
    kinds = release_kinds(
        "The cast is back.",
        "Release date",
        'There isn\'t one. The channel has only said "next year" and the rest is rumour.',
        date="2026-09-03",
        title=_TITLE,
    )
    assert ("window", "2027", False) in kinds


def test_a_shoot_on_a_numbered_series_that_began_last_month_is_started() -> None:
    kinds = release_kinds(
        "Filming on series three began in Cardiff last month, with the new lead on set this week.",
        date="2026-10-06",
        title=_TITLE,
    )
    assert ("filming_started", "2026-09", False) in kinds


def test_a_shoot_on_another_shows_numbered_season_stays_out() -> None:
    kinds = release_kinds(
        "Filming on season 3 of Harbour Lights began last month.", date="2026-10-06", title=_TITLE
    )
    assert not [kind for kind in kinds if kind[0].startswith("filming")]


def test_a_date_question_answered_not_announced_on_its_line_is_no_date() -> None:
    kinds = release_kinds(
        "The shoot is over.", "• Release date? Not confirmed yet.", date="2026-09-03", title=_TITLE
    )
    assert ("not_announced", "", False) in kinds


def test_when_is_it_out_answered_tbc_is_no_date() -> None:
    kinds = release_kinds(
        "The shoot is over.", "When is it out? TBC.", date="2026-09-03", title=_TITLE
    )
    assert ("not_announced", "", False) in kinds


def test_a_date_question_answered_with_a_day_is_not_no_date() -> None:
    kinds = release_kinds(
        "The shoot is over.", "Release date? The 3rd of May.", date="2026-09-03", title=_TITLE
    )
    assert ("not_announced", "", False) not in kinds


def test_a_film_expected_in_a_countrys_cinemas_next_spring_is_a_hedged_window() -> None:
    kinds = release_kinds(
        "The movie is expected in Irish cinemas next spring, with a wider rollout after.",
        date="2026-06-18",
        title=_TITLE,
    )
    assert ("window", "2027-03/2027-05", True) in kinds


def test_a_title_dated_for_a_day_and_a_release_noun_is_the_premiere() -> None:
    kinds = release_kinds(
        "Larkspur Films has dated “Tidewater,” the coastal thriller, for a Sept. 18 theatrical "
        "release, and has added a name to its cast.",
        date="2026-03-12",
        title="Tidewater gets a September date",
    )
    assert ("premiere_date", "2026-09-18", False) in kinds


def test_the_film_dated_for_a_day_release_is_the_premiere() -> None:
    kinds = release_kinds(
        "The distributor has dated the film for an 18 September release.",
        date="2026-03-12",
        title=_TITLE,
    )
    assert ("premiere_date", "2026-09-18", False) in kinds


def test_another_work_dated_for_a_day_release_stays_out() -> None:
    kinds = release_kinds(
        "Larkspur Films has dated “Salt Harbour,” its other drama, for a Sept. 18 release.",
        date="2026-03-12",
        title="Tidewater gets a cast",
    )
    assert not [kind for kind in kinds if kind[0] == "premiere_date"]


def test_a_described_work_with_its_quoted_title_dated_for_a_release() -> None:
    title = "‘Harrowmere’ gets a November date"
    kinds = release_kinds(
        "Brinefield Pictures has dated Odessa Crane’s road drama “Harrowmere” for a Nov. 20 "
        "theatrical release in the U.S., the studio said Tuesday.",
        date="2026-08-18",
        title=title,
    )
    assert ("premiere_date", "2026-11-20", False) in kinds
    kinds = release_kinds(
        "Brinefield Pictures has dated the road drama “Harrowmere” for a Nov. 20 release.",
        date="2026-08-18",
        title=title,
    )
    assert ("premiere_date", "2026-11-20", False) in kinds


def test_another_described_work_dated_for_a_release_stays_out() -> None:
    kinds = release_kinds(
        "Brinefield Pictures has dated Odessa Crane’s road drama “Salt Harbour” for a Nov. 20 "
        "release.",
        date="2026-08-18",
        title="‘Harrowmere’ adds a name to its cast",
    )
    assert not [kind for kind in kinds if kind[0] == "premiere_date"]
