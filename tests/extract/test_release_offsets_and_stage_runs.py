"""Release statements on invented text: an offset that counts to a release told in the past
tense, a quoted work's own premiere in a relative clause, a stage run that is no shoot, and a
title revealed after a colon with a subtitle of its own."""

from __future__ import annotations

import datetime as dt

from tests.extract.helpers import facts


def _served(*paragraphs: str, date: str = "2026-05-02") -> set[tuple[str, str]]:
    found = facts(*paragraphs, date=date, title="Lanterns of Keld: the story so far")
    return {(r.kind.value, str(r.date or r.window or r.title or "")) for r in found.release
            if r.served}  # fmt: skip


def test_an_event_dated_before_a_past_release_counts_forward_to_it() -> None:
    for text, day in (
        (
            "The film had its gala screening at the Regal on 2 April 2026, five days before it "
            "was released on the service.",
            dt.date(2026, 4, 7),
        ),
        (
            "Lanterns of Keld premiered at the Bergen festival on 10 April 2026, a week before "
            "the film landed on the streamer.",
            dt.date(2026, 4, 17),
        ),
    ):
        served = _served("Lanterns of Keld is a 2026 Norwegian drama.", text)
        premieres = {value for kind, value in served if kind == "premiere_date"}
        assert premieres <= {str(day)}, (text, served)
        assert str(day - dt.timedelta(days=10)) not in premieres


def test_a_quoted_work_with_its_own_premiere_in_a_which_clause_is_not_ours() -> None:
    for text in (
        "The studio’s recent slate includes Mara Olsen’s “The Quiet Hours,” which premieres "
        "in the Discovery strand at Busan on Oct. 4.",
        "Its backers also made “North of Nowhere,” which opens in Paris on 9 October.",
    ):
        served = _served("Lanterns of Keld adds two leads.", text)
        assert not any(kind == "premiere_date" for kind, _ in served), served


def test_a_stage_run_beginning_is_not_a_shoot() -> None:
    for text in (
        "She then joins a new play at the Almeida. The production begins previews on 3 October.",
        "Afterwards he heads to the West End, where the production starts performances on "
        "12 September.",
    ):
        served = _served("Lanterns of Keld wraps filming next week.", text, date="2026-06-02")
        assert not any(kind == "filming_started" for kind, _ in served), served


def test_the_shoot_beginning_is_still_read() -> None:
    served = _served("Lanterns of Keld adds two leads.", "Production began on 3 April in Tromsø.")
    assert ("filming_started", "2026-04-03") in served


def test_a_title_revealed_after_a_colon_keeps_its_own_subtitle() -> None:
    for text in (
        "The streamer today revealed the title of the Lanterns film: Lanterns: The Last Lamp.",
        "Netflix confirmed the official title of the Lanterns finale: Lanterns: Into the Dark.",
    ):
        found = facts("Lanterns has a new name.", text, date="2026-05-02")
        titles = {r.title for r in found.release if r.served and r.title}
        assert len(titles) == 1, titles
        assert next(iter(titles)).startswith("Lanterns: "), titles


def test_days_or_weeks_from_today_count_from_the_article() -> None:
    for text, day in (
        ("Lanterns of Keld arrives on the streamer SIX DAYS from today.", "2026-05-08"),
        ("The film lands in cinemas two weeks from today, the studio confirmed.", "2026-05-16"),
    ):
        served = _served("Lanterns of Keld is nearly here.", text)
        premieres = {value for kind, value in served if kind == "premiere_date"}
        assert premieres == {day}, (text, served)


def test_another_show_named_as_the_subject_of_its_return_is_not_ours() -> None:
    for text in (
        "The clash is with the third series of BBC thriller Tidewater, in which she plays a "
        "coroner. Tidewater returns to BBC One in February.",
        "He is also busy on Channel 5’s Copper Hill. Copper Hill premieres on 14 September.",
    ):
        served = _served("Lanterns of Keld adds two leads.", text)
        assert not any(kind in {"window", "premiere_date"} for kind, _ in served), served


def test_our_own_work_as_the_subject_of_its_return_is_still_read() -> None:
    served = _served("Lanterns of Keld adds two leads.", "Lanterns of Keld returns to NRK in June.")
    assert ("window", "2026-06") in served


def test_a_gap_told_after_a_release_date_does_not_move_it() -> None:
    for text, day in (
        (
            "The film premiered at the Berlin festival on 20 February 2026. It opened in UK "
            "cinemas on 10 April 2026, seven weeks later.",
            "2026-04-10",
        ),
        (
            "It had its gala in Oslo on 1 March 2026 and opened nationwide on 20 March 2026, "
            "three weeks later.",
            "2026-03-20",
        ),
    ):
        served = _served("Lanterns of Keld is a 2026 Norwegian drama.", text)
        premieres = {value for kind, value in served if kind == "premiere_date"}
        assert premieres == {day}, (text, served)


def test_a_weekday_this_or_next_week_with_its_date_is_read() -> None:
    for text, day in (
        ("Lanterns of Keld premieres on Netflix this Friday, May 8.", "2026-05-08"),
        ("Lanterns of Keld is in cinemas next Friday, 8 May, the studio said.", "2026-05-08"),
    ):
        served = _served("Lanterns of Keld is nearly here.", text)
        assert ("premiere_date", day) in served, (text, served)


def test_no_word_yet_on_a_date_is_no_date_announced() -> None:
    for text in (
        "There's no news yet on a premiere date, but the studio promises one soon.",
        "What we don't have yet: a release date, a poster, a trailer.",
    ):
        served = _served("Lanterns of Keld has wrapped.", text)
        assert ("not_announced", "") in served, (text, served)


def test_a_film_expected_on_a_service_or_in_cinemas_is_a_hedged_window() -> None:
    for text, window in (
        ("The shoot wraps next week, and the film is expected on Disney+ in 2027.", "2027"),
        ("The movie is expected in cinemas in autumn 2026.", "2026-09/2026-11"),
    ):
        found = facts("Lanterns of Keld news.", text, date="2026-05-02")
        assert [(r.kind.value, r.window, r.hedged) for r in found.release if r.served] == [
            ("window", window, True)
        ], text


def test_a_day_told_before_the_shoot_began_is_the_start() -> None:
    for text, day in (
        ("Crew members lined Quay Street on Monday as filming got under way.", "2026-04-27"),
        (
            "Fans gathered outside the old mill on Tuesday, when cameras rolled for the first "
            "time.",
            "2026-04-28",
        ),
    ):
        served = _served("Lanterns of Keld news.", text, date="2026-04-30")
        assert ("filming_started", day) in served, (text, served)


def test_a_show_from_the_headline_back_for_a_later_series_is_not_ours() -> None:
    for text in (
        "Copper Hill returns to ITV1 on Sunday 7 June at 9pm for its fourth series.",
        "The Ferrymen is back on Channel 5 on 12 June for a second season.",
    ):
        found = facts(
            "This week: Lanterns of Keld gets a date, Copper Hill and The Ferrymen are back.",
            "Lanterns of Keld arrives on NRK on 3 July.",
            text,
            date="2026-05-30",
            title="Lanterns of Keld has a date, Copper Hill and The Ferrymen return",
        )
        served = {(r.kind.value, str(r.date)) for r in found.release if r.served}
        assert served == {("premiere_date", "2026-07-03")}, (text, served)
