"""Reports of a possible date a spokesperson will not speak to state nothing; a release told in
the past ("began streaming on Friday") names the day just gone; a festival premiere "five days
before it reaches the streamer" counts to the streamer's date. On invented text."""

from __future__ import annotations

from tests.extract.helpers import release_kinds

_TITLE = "Copper Bay: the cast speaks"


def _kinds(*paragraphs: str, date: str) -> set[tuple[str, str, bool]]:
    return release_kinds(*paragraphs, date=date, title=_TITLE)


def _timed(kinds: set[tuple[str, str, bool]]) -> set[tuple[str, str, bool]]:
    return {k for k in kinds if k[0] in {"window", "premiere_date"}}


def test_a_declined_comment_on_reports_that_it_could_arrive_is_no_window() -> None:
    kinds = _kinds(
        "Wavecrest has not yet set a release date for Copper Bay. A spokesperson for the studio "
        "declined to comment on reports that it could arrive before the end of 2026.",
        date="2026-02-10",
    )
    assert _timed(kinds) == set()
    assert ("not_announced", "", False) in kinds


def test_a_refusal_to_confirm_rumours_that_it_might_stream_is_no_window() -> None:
    kinds = _kinds(
        "Copper Bay has no release date. Wavecrest would not confirm rumours that the film "
        "might stream in the autumn of 2026.",
        date="2026-02-10",
    )
    assert _timed(kinds) == set()


def test_a_date_told_before_the_declined_comment_is_kept() -> None:
    kinds = _kinds(
        "Copper Bay opens on 4 September 2026; Wavecrest declined to comment on reports that a "
        "sequel could follow.",
        date="2026-02-10",
    )
    assert ("premiere_date", "2026-09-04", False) in kinds


def test_a_show_that_began_streaming_on_friday_came_out_the_friday_before() -> None:
    kinds = _kinds(
        "The episode, taped the week before Copper Bay began streaming on Netflix on Friday, "
        "looks back on five years in the part.",
        date="2026-05-18",  # a Monday
    )
    assert _timed(kinds) == {("premiere_date", "2026-05-15", False)}


def test_a_show_that_started_airing_on_sunday_came_out_the_sunday_before() -> None:
    kinds = _kinds(
        "Tom Vale spoke to us days after Copper Bay started airing on BBC One on Sunday.",
        date="2026-05-20",  # a Wednesday
    )
    assert _timed(kinds) == {("premiere_date", "2026-05-17", False)}


def test_a_gala_days_before_it_reaches_the_streamer_counts_to_the_streamers_date() -> None:
    kinds = _kinds(
        "Copper Bay had its world premiere at the Palace Hall on Sunday night, five days before "
        "it reaches the streamer on Friday 22 May.",
        date="2026-05-18",
    )
    assert _timed(kinds) == {("premiere_date", "2026-05-22", False)}


def test_a_screening_days_before_it_reaches_cinemas_counts_forward() -> None:
    kinds = _kinds(
        "Copper Bay screened for critics on Tuesday 12 May, ten days before it reaches cinemas.",
        date="2026-05-18",
    )
    assert _timed(kinds) == {("premiere_date", "2026-05-22", False)}
