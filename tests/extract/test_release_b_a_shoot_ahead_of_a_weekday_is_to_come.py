"""A weekday after "ahead of" and a shoot's participle ("ahead of cameras rolling on Monday") is
the coming one, and the shoot is a plan, whatever tense the sentence's own verb has ("has cast
two new faces ahead of ..."). Invented text throughout."""

from __future__ import annotations

from tests.extract.helpers import facts


def _shoot(*paragraphs: str) -> set[tuple[str, str]]:
    found = facts(*paragraphs, date="2026-07-09", title="Tollhouse Row adds two to cast")
    return {
        (r.kind.value, str(r.date or r.window))
        for r in found.release
        if r.served and r.kind.value.startswith("filming")
    }


def test_a_shoot_ahead_of_a_weekday_is_planned_for_the_coming_one() -> None:
    assert _shoot(
        "Two newcomers have joined Tollhouse Row.",
        "Tollhouse Row has cast Corran Dale and Wendell Pike ahead of cameras rolling on Monday.",
    ) == {("filming_planned", "2026-07-13")}


def test_a_shoot_that_began_on_a_weekday_is_the_last_one() -> None:
    assert _shoot(
        "Two newcomers have joined Tollhouse Row.",
        "Filming on Tollhouse Row began on Monday in Leeds.",
    ) == {("filming_started", "2026-07-06")}
