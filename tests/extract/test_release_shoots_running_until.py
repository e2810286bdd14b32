"""A shoot said to run "until" a part of a month ("until the end of June", "until late May")
only schedules a shoot under way: no wrap, no planned shoot. A release denied until a time, and
a shoot still to come told with its end, are read as before. On invented text."""

from __future__ import annotations

from tests.extract.helpers import release_kinds

_LEDE = "The drama Copper Bay has begun filming this week in Cornwall."


def _kinds(sentence: str) -> set[tuple[str, str, bool]]:
    return release_kinds(_LEDE, sentence, date="2025-04-18")


def test_a_shoot_under_way_until_a_part_of_a_month_is_no_plan() -> None:
    assert (
        _kinds(
            "Ada Fox has been hired as editor on the production, which is filming in Devon and "
            "Bristol until the end of June."
        )
        == set()
    )
    assert _kinds("The production is shooting in Truro until late June.") == set()
    assert _kinds("Cast and crew are filming around Penzance until mid-June.") == set()


def test_a_release_denied_until_a_part_of_a_year_is_still_read() -> None:
    assert _kinds("Copper Bay will not be released until late 2026.") != set()


def test_a_shoot_to_come_told_with_its_end_is_still_planned() -> None:
    assert ("filming_planned", "2025-06", True) in _kinds(
        "The production is expected to shoot until mid-June."
    )
