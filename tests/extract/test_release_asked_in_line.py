"""A short question about the release date answered in the same line ("- Release date??? There
isn't one.") is news that no date is set, as it is under a heading. On invented text."""

from __future__ import annotations

from tests.extract.helpers import release_kinds

_TITLE = "Megathread: Wrenfield has been renewed"


def _kinds(*paragraphs: str, date: str = "2025-09-01") -> set[tuple[str, str, bool]]:
    return release_kinds(*paragraphs, date=date, title=_TITLE)


def test_a_bulleted_release_date_question_answered_in_line_has_no_date() -> None:
    kinds = _kinds("Things people keep asking:", "- Release date?? There isn't one yet.")
    assert ("not_announced", "", False) in kinds


def test_a_premiere_date_question_answered_in_line_has_no_date() -> None:
    kinds = _kinds("Any premiere date? There is not one, and the cast are not allowed to say.")
    assert ("not_announced", "", False) in kinds


def test_another_question_answered_so_is_no_news_of_the_date() -> None:
    kinds = _kinds("- A trailer? There isn't one yet.")
    assert not any(kind == "not_announced" for kind, _, _ in kinds)
