"""A release time told as one of two with "or" ("in late 2026 or early 2027"), on invented
text: the sentence gives a choice, so neither half is served as the window."""

from __future__ import annotations

from tests.extract.helpers import served_releases

_TITLE = "Quillmarsh gets a first look"


def _kinds(text: str, date: str = "2026-03-02") -> set[tuple[str, str]]:
    served = served_releases(text, date=date, title=_TITLE)
    return {(r.kind.value, str(r.window or r.date)) for r in served}


def test_two_parts_of_years_joined_by_or_serve_no_window() -> None:
    kinds = _kinds("Quillmarsh is expected on BBC One in late 2026 or early 2027.")
    assert not any(kind == "window" for kind, _ in kinds)


def test_a_part_of_a_year_or_a_bare_year_serves_no_window() -> None:
    kinds = _kinds("Quillmarsh will arrive in late 2026 or 2027.")
    assert not any(kind == "window" for kind, _ in kinds)


def test_a_single_window_is_still_served() -> None:
    kinds = _kinds("Quillmarsh will arrive in late 2026.")
    assert ("window", "2026-09/2026-12") in kinds


def test_an_or_before_words_that_are_no_time_keeps_the_day() -> None:
    kinds = _kinds("Quillmarsh will arrive on 3 May, or in the US a week later.")
    assert ("premiere_date", "2026-05-03") in kinds
