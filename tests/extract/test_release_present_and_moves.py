"""A dated start told in the present, and a release moved by name, on invented text."""

from __future__ import annotations

from tests.extract.helpers import facts

_TITLE = "Lantern Row: Netflix drama sets its dates"


def _kinds(*paragraphs: str, date: str = "2026-02-10") -> set[tuple[str, str, bool]]:
    found = facts(*paragraphs, date=date, title=_TITLE)
    served = [r for r in found.release if r.confidence >= 0.7]
    return {(r.kind.value, str(r.date or r.window or ""), r.hedged) for r in served}


def test_a_dated_start_told_in_the_present_is_a_plan() -> None:
    kinds = _kinds(
        "Lantern Row is Netflix's next big drama.",
        "Production kicks off March 16 in Whitby, with Netflix eyeing a 2027 bow.",
    )
    assert ("filming_planned", "2026-03-16", False) in kinds
    assert not any(kind == "filming_started" for kind, _, _ in kinds)
    kinds = _kinds(
        "Lantern Row is Netflix's next big drama.",
        "Filming begins on Monday, March 2 and should last ten weeks, we understand.",
    )
    assert ("filming_planned", "2026-03-02", True) in kinds


def test_a_present_start_on_a_day_just_past_is_not_a_plan() -> None:
    kinds = _kinds(
        "Lantern Row is Netflix's next big drama.",
        "Production kicks off February 6 in Whitby.",
    )
    assert not any(kind == "filming_planned" for kind, _, _ in kinds)


def test_a_release_moved_by_the_films_name_gives_the_new_date() -> None:
    kinds = _kinds(
        "Lantern Row is Netflix's next big drama.",
        "Netflix has moved Lantern Row from April 3 to Friday, April 17, 2026.",
    )
    assert ("premiere_date", "2026-04-17", False) in kinds
    assert ("premiere_date", "2026-04-03", False) not in kinds


def test_a_moved_shoot_or_event_is_not_the_release() -> None:
    kinds = _kinds(
        "Lantern Row is Netflix's next big drama.",
        "Netflix has moved the Lantern Row gala from March 1 to March 8.",
        "The studio pushed Lantern Row's shoot to March 20.",
    )
    assert not any(kind == "premiere_date" for kind, _, _ in kinds)


def test_tomorrow_counts_from_the_articles_day() -> None:
    kinds = _kinds("Lantern Row is out soon.", "The film lands on Netflix tomorrow.")
    assert ("premiere_date", "2026-02-11", False) in kinds
    kinds = _kinds("Lantern Row hits cinemas a week tomorrow, its distributor said.")
    assert ("premiere_date", "2026-02-11", False) not in kinds


def test_a_quoted_window_with_its_full_stop_is_the_releases() -> None:
    kinds = _kinds(
        "Lantern Row is Netflix's next big drama.",
        "For now the streamer will say only that the film will land “in late 2026.”",
    )
    assert ("window", "2026-09/2026-12", False) in kinds


def test_on_track_for_a_part_of_a_year_is_a_hedged_window() -> None:
    kinds = _kinds(
        "Lantern Row is Netflix's next big drama.",
        'A spokesperson said the film is "on track for late 2026", though no date is set.',
    )
    assert ("window", "2026-09/2026-12", True) in kinds


def test_on_track_for_a_season_is_the_plan_unhedged() -> None:
    kinds = _kinds(
        "Lantern Row is Netflix's next big drama.",
        "The series is on track for a release in the autumn.",
    )
    assert not any(kind == "window" and hedged for kind, _, hedged in kinds)


def test_no_date_told_or_said_yet_is_not_announced() -> None:
    found = facts(
        "Lantern Row is Netflix's next big drama.",
        "Quist: Honestly, they haven't told us a date.",
        date="2026-02-10",
        title=_TITLE,
    )
    assert any(r.kind.value == "not_announced" for r in found.release)
    found = facts(
        "Lantern Row is Netflix's next big drama.",
        "The streamer has yet to say when the film will arrive.",
        date="2026-02-10",
        title=_TITLE,
    )
    assert any(r.kind.value == "not_announced" for r in found.release)


def test_this_coming_weekday_and_from_a_month() -> None:
    # 10 February 2026 is a Tuesday.
    kinds = _kinds(
        "Lantern Row is Netflix's next big drama.",
        "The film will open in cinemas this coming Friday, its distributor said.",
        "Lantern Row will stream on Netflix from April.",
    )
    assert ("premiere_date", "2026-02-13", False) in kinds
    assert ("window", "2026-04", False) in kinds


def test_a_month_moved_from_or_a_span_from_it_is_no_window() -> None:
    kinds = _kinds(
        "Lantern Row is Netflix's next big drama.",
        "The release was pushed from June to August.",
        "The series airs from October until December.",
    )
    assert not any(kind == "window" and w in {"2026-06", "2026-10"} for kind, w, _ in kinds)


def test_since_its_dated_debut_is_the_past_release() -> None:
    kinds = _kinds(
        "Lantern Row has been Netflix's most-watched show since its February 6 debut.",
        date="2026-02-20",
    )
    assert ("premiere_date", "2026-02-06", False) in kinds
