"""Release statements on invented text: a shoot of a production named only as "a ...", a shoot
"is filming" in a window already begun, news of the shoot dated by the day it was given, and a
date still "to follow"."""

from __future__ import annotations

from tests.extract.helpers import facts


def _served(*paragraphs: str, date: str = "2026-07-14") -> set[tuple[str, str]]:
    found = facts(*paragraphs, date=date, title="Harbour Lights casting news")
    return {(r.kind.value, str(r.date or r.window or "")) for r in found.release if r.served}


def test_a_shoot_planned_for_a_production_named_only_as_a_something_is_not_ours() -> None:
    for text in (
        "Insiders say he is also in talks for a Welsh-language thriller due to shoot next spring.",
        "She next signs on to a period drama that starts filming in March 2027.",
    ):
        served = _served("Harbour Lights adds Tova Brek to its cast.", text)
        assert not any(kind.startswith("filming") for kind, _ in served), served


def test_our_shoot_planned_is_still_read() -> None:
    served = _served("Harbour Lights adds Tova Brek.", "Cameras are set to roll next spring.")
    assert ("filming_planned", "2027-03/2027-05") in served
    served = _served(
        "Tova Brek has been cast in a Lumen thriller due to shoot in March 2027.",
        "Lumen has not named the film.",
    )
    assert ("filming_planned", "2027-03") in served


def test_is_filming_this_summer_said_in_the_summer_is_not_served_as_a_plan() -> None:
    for text in (
        "The drama, which is filming in Cork this summer, is the last of the trilogy.",
        "Harbour Lights is shooting on the Antrim coast this summer.",
    ):
        served = _served("Harbour Lights adds Tova Brek.", text)
        assert not any(kind == "filming_planned" for kind, _ in served), served
    # Said before the summer, the same words are a plan.
    text = "Harbour Lights is shooting on the Antrim coast this summer."
    served = _served("Harbour Lights adds Tova Brek.", text, date="2026-04-02")
    assert ("filming_planned", "2026-06/2026-08") in served


def test_news_of_the_shoot_is_dated_by_the_day_it_was_given() -> None:
    served = _served(
        "Harbour Lights is under way.",
        "Lumen confirmed yesterday (Monday 13 July) that filming on the drama has officially "
        "started, with the first scenes shot in Larne.",
    )
    assert ("filming_started", "2026-07-13") in served
    served = _served(
        "Harbour Lights is done.",
        "The studio announced on 10 July that production has wrapped.",
    )
    assert ("filming_wrapped", "2026-07-10") in served


def test_a_date_still_to_follow_is_no_date_yet() -> None:
    for text in (
        "Lumen said the series will premiere in spring 2027, with a date to follow.",
        "The drama lands on Lumen next year, and the exact date to come.",
    ):
        served = _served("Harbour Lights is coming.", text)
        assert ("not_announced", "") in served, served
