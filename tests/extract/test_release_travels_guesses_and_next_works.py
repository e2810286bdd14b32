"""Times that are not the production's own, on invented text: a unit that "rolled into" a town
(travel, not cameras rolling), an interviewee's "I've got X coming out", a person's next work in
a "whose" clause, and a launch others "had been predicting". And a date after a colon that
names all the episodes of ours, past a trailer's words before it."""

from __future__ import annotations

from tests.extract.helpers import release_dates

_DATE = "2025-07-18"  # a Friday: "on Monday" is 14 July


def test_rolling_into_a_town_is_no_start_of_filming() -> None:
    assert release_dates(
        "Filming kicked off back on 2 June.",
        "The Netflix film rolled into Saltwick on Monday and spent three days shooting on the "
        "pier.",
        date=_DATE,
    ) == {("filming_started", "2025-06-02", False)}


def test_cameras_that_rolled_on_a_day_still_start_filming() -> None:
    assert release_dates("Cameras rolled on Copper Bay on Monday.", date=_DATE) == {
        ("filming_started", "2025-07-14", False)
    }


def test_an_answers_own_other_show_coming_out_is_not_ours() -> None:
    assert (
        release_dates(
            "What's next for you?",
            "Sleep. Honestly, I’ve got Brindle Moor coming out on Channel 4 in the autumn, "
            "where I play a ferryman.",
        )
        == set()
    )


def test_ours_coming_out_in_an_answer_keeps_its_window() -> None:
    assert release_dates("Honestly, we’ve got the film coming out in the autumn.") == {
        ("window", "2025-09/2025-11", False)
    }
    assert release_dates("I’ve got Copper Bay coming out in the autumn.") == {
        ("window", "2025-09/2025-11", False)
    }


def test_a_persons_next_work_in_a_whose_clause_owns_the_plan() -> None:
    assert (
        release_dates(
            "Pelham Quist, whose next film is the period drama Larkspur Row with Marta Fenwold, "
            "is expected to start shooting it in Dublin early next year."
        )
        == set()
    )


def test_a_whose_clause_does_not_hide_a_plan_naming_ours() -> None:
    assert release_dates(
        "Pelham Quist, whose next film is the period drama Larkspur Row, is expected to start "
        "shooting Copper Bay in Dublin early next year."
    ) == {("filming_planned", "2026-01/2026-04", True)}


def test_a_launch_others_had_been_predicting_is_no_window() -> None:
    assert (
        release_dates(
            "That is a lot quicker than the late-2026 launch some outlets had been predicting "
            "back in January.",
            date="2026-04-08",
        )
        == set()
    )


def test_a_launch_without_a_guess_keeps_its_window() -> None:
    assert release_dates(
        "Copper Bay gets the late-2026 launch the streamer had been planning.",
        date="2026-04-08",
    ) == {("window", "2026-09/2026-12", False)}


def test_all_episodes_after_a_colon_are_ours_past_the_trailer() -> None:
    assert release_dates(
        "The trailer ends with the date: all eight episodes of Copper Bay will be released on "
        "Netflix on Friday 22 May.",
        date="2026-04-08",
    ) == {("premiere_date", "2026-05-22", False)}


def test_a_trailer_released_after_a_colon_stays_the_trailers() -> None:
    assert (
        release_dates(
            "The trailer is finished: it will be released on Friday 22 May.", date="2026-04-08"
        )
        == set()
    )
