"""A shoot's planned start moved, told with a pronoun in the next sentence, on invented text:
"The shoot was supposed to start next month. It's now been pushed back to March 2027." The new
time is the shoot's plan; a pronoun after anything but a shoot's plan says nothing."""

from __future__ import annotations

from tests.extract.helpers import served_releases

_TITLE = "Copper Hollow loses its lead as the shoot moves"


def _kinds(*paragraphs: str) -> set[tuple[str, str]]:
    served = served_releases(*paragraphs, date="2026-04-01", title=_TITLE)
    return {(r.kind.value, str(r.window or r.date)) for r in served}


def test_its_been_pushed_back_after_a_planned_shoot_is_the_new_plan() -> None:
    kinds = _kinds(
        "The shoot was supposed to start in Leeds next month. It's now been pushed back to March "
        "2027, the producers said."
    )
    assert kinds == {("filming_planned", "2027-03")}


def test_that_has_been_moved_to_a_day_after_a_planned_shoot_is_the_new_plan() -> None:
    kinds = _kinds("Filming was due to begin in May. That has now been moved to 14 September.")
    assert kinds == {("filming_planned", "2026-09-14")}


def test_a_pronoun_after_something_else_says_nothing() -> None:
    kinds = _kinds(
        "The cast read-through was supposed to happen this week. It's now been pushed back to "
        "March 2027."
    )
    assert not any(kind == "filming_planned" for kind, _ in kinds)
