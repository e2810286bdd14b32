"""Invented text: the article's own title opening a sentence that says it "is expected" on a
platform or in cinemas gives a hedged window; another title, or a person "expected" somewhere,
gives none."""

from __future__ import annotations

from tests.extract.helpers import release_kinds

_TITLE = "Ana Ruiz on grief, Lyon and learning her Birch Hollow lines"
_LEAD = "Ana Ruiz plays a student in Netflix’s Birch Hollow Again."


def _kinds(*paragraphs: str, date: str = "2025-10-08") -> set[tuple[str, str, bool]]:
    return release_kinds(*paragraphs, date=date, title=_TITLE)


def test_the_title_expected_on_its_streamer_early_next_year_is_a_hedged_window() -> None:
    kinds = _kinds(_LEAD, "Birch Hollow Again is expected on Netflix in early 2026.")
    assert ("window", "2026-01/2026-04", True) in kinds


def test_a_series_expected_on_two_platforms_is_a_hedged_window() -> None:
    kinds = _kinds(_LEAD, "Birch Hollow series two is expected on BBC One and iPlayer in 2026.")
    assert ("window", "2026", True) in kinds


def test_another_title_expected_on_a_streamer_gives_no_window() -> None:
    kinds = _kinds(_LEAD, "Cold Harbour is expected on Netflix in early 2026.")
    assert kinds == set()


def test_a_person_expected_somewhere_gives_no_window() -> None:
    kinds = _kinds(_LEAD, "Ana Ruiz is expected in London in November.")
    assert kinds == set()
