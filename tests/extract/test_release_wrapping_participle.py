"""A past shoot told with its verb ("was shot", "was filmed") and then its end as a participle
("..., wrapping in September"), on invented text: the month is the wrap. A shoot still to come
told the same way says nothing."""

from __future__ import annotations

from tests.extract.helpers import served_releases

_TITLE = "Copper Hollow gets a first trailer"


def _kinds(text: str, date: str = "2026-11-20") -> set[tuple[str, str]]:
    served = served_releases(text, date=date, title=_TITLE)
    return {(r.kind.value, str(r.window or r.date)) for r in served}


def test_was_shot_then_wrapping_in_a_month_is_the_wrap() -> None:
    kinds = _kinds("The film was shot in Cornwall and Devon over the spring, wrapping in June.")
    assert kinds == {("filming_wrapped", "2026-06")}


def test_was_filmed_then_wrapping_up_in_a_month_is_the_wrap() -> None:
    kinds = _kinds("The series was filmed on location in Iceland, wrapping up in August.")
    assert kinds == {("filming_wrapped", "2026-08")}


def test_a_shoot_still_to_come_told_the_same_way_says_no_wrap() -> None:
    kinds = _kinds("The film will be shot in Cornwall over the spring, wrapping in June.")
    assert not any(kind == "filming_wrapped" for kind, _ in kinds)
