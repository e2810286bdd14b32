"""Invented text: a past shoot told by the two months it ran in began in the first and wrapped in
the second; a span whose year is written only at its end dates both months by it; a pair of
months not yet behind the article is left unread."""

from __future__ import annotations

from tests.extract.helpers import release_kinds

_TITLE = "Birch Hollow director on fog and fens"
_LEAD = "Birch Hollow opens in US theaters on July 24."


def _kinds(sentence: str) -> set[tuple[str, str, bool]]:
    return release_kinds(_LEAD, sentence, date="2026-06-18", title=_TITLE)


def test_filming_in_a_place_in_two_months_of_a_year_is_start_and_wrap() -> None:
    kinds = _kinds("Filming took place in Ely in October and November 2024.")
    assert {("filming_started", "2024-10", False), ("filming_wrapped", "2024-11", False)} <= kinds


def test_shot_over_weeks_in_two_months_of_a_year_is_start_and_wrap() -> None:
    kinds = _kinds("The film was shot over six weeks in March and April of 2024.")
    assert {("filming_started", "2024-03", False), ("filming_wrapped", "2024-04", False)} <= kinds


def test_a_pair_across_new_year_starts_the_year_before() -> None:
    kinds = _kinds("The film was shot in November and February 2025.")
    assert {("filming_started", "2024-11", False), ("filming_wrapped", "2025-02", False)} <= kinds


def test_a_span_with_its_year_at_the_end_dates_its_start_by_it() -> None:
    kinds = _kinds("Filming took place between March and April 2024.")
    assert ("filming_started", "2024-03", False) in kinds
    assert not any(kind == "filming_started" and value != "2024-03" for kind, value, _ in kinds)


def test_a_pair_of_months_not_yet_behind_the_article_is_unread() -> None:
    kinds = _kinds("We shot in May and June.")
    assert not any(kind.startswith("filming") for kind, _, _ in kinds)
