"""Hedges and statement days, on invented text: a window a release is "expected" in, or one a
person only "hinted" at, is hedged; a weekday just after a speech verb ("the studio said on
Tuesday") is the day the words were said, never the shoot's or the release's date."""

from __future__ import annotations

from tests.extract.helpers import release_kinds

_TITLE = "Tern Island: everything we know about the coastal thriller"


def _kinds(*paragraphs: str, date: str = "2026-06-13") -> set[tuple[str, str, bool]]:
    return release_kinds(*paragraphs, date=date, title=_TITLE)


def test_a_release_expected_in_a_window_is_hedged() -> None:
    kinds = _kinds(
        "Tern Island has been bought by Apple TV+, with its streaming debut expected next spring.",
    )
    assert ("window", "2027-03/2027-05", True) in kinds
    assert ("window", "2027-03/2027-05", False) not in kinds
    kinds = _kinds("The thriller is expected in cinemas early next year, the distributor said.")
    assert not any(window and not hedged for _, window, hedged in kinds)


def test_a_window_only_hinted_at_is_hedged() -> None:
    kinds = _kinds(
        "Tern Island has no release date yet, though showrunner Kasia Orlen hinted at "
        "“sometime next year”.",
    )
    assert ("window", "2027", False) not in kinds


def test_a_weekday_after_a_speech_verb_dates_the_statement_not_the_wrap() -> None:
    kinds = _kinds(
        "Filming on Tern Island is complete, the studio announced on Friday.",
        "Shooting concluded on Thursday after a ten-week shoot on Skye, Orlen said.",
    )
    assert ("filming_wrapped", "2026-06-12", False) not in kinds
    assert ("filming_wrapped", "2026-06-11", False) in kinds


def test_cameras_that_stopped_rolling_never_started_the_shoot() -> None:
    kinds = _kinds("Cameras stopped rolling on Thursday after a ten-week shoot on Skye.")
    assert not any(kind == "filming_started" for kind, _, _ in kinds)
    kinds = _kinds("Production on Tern Island has wrapped, a spokesperson confirmed on Monday.")
    assert not any(kind == "filming_wrapped" and day for kind, day, _ in kinds)


def test_a_studio_that_has_dated_the_film_for_a_day_gives_its_release_date() -> None:
    kinds = _kinds("Searchlight has dated the film for October 9, 2026.")
    assert ("premiere_date", "2026-10-09", False) in kinds
    kinds = _kinds("Curzon has dated its adaptation for 20 November 2026.")
    assert ("premiere_date", "2026-11-20", False) in kinds


def test_a_date_the_studio_had_given_before_is_no_release_date() -> None:
    kinds = _kinds("Searchlight had dated the film for October 9, 2026, but pulled it in May.")
    assert not any(kind == "premiere_date" for kind, _, _ in kinds)


def test_a_platform_that_releases_the_film_on_a_day_dates_it() -> None:
    kinds = _kinds("We will all have to wait until Hulu releases the film on Friday 3 July.")
    assert ("premiere_date", "2026-07-03", False) in kinds
    kinds = _kinds("Mubi releases the drama on 17 July in the UK and Ireland.")
    assert ("premiere_date", "2026-07-17", False) in kinds
