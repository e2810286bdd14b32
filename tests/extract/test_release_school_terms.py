"""A school's season ("the autumn term", "the spring semester") is when a story happens, not
when the film comes out; the season alone still dates a release. On invented text."""

from __future__ import annotations

from tests.extract.helpers import release_kinds

_TITLE = "Netflix casts newcomer in Paper Kites film"


def _kinds(*paragraphs: str, date: str = "2025-08-04") -> set[tuple[str, str, bool]]:
    return release_kinds(*paragraphs, date=date, title=_TITLE)


def test_a_character_arriving_for_the_autumn_term_dates_no_release() -> None:
    kinds = _kinds(
        "Maren arrives at Toby's college at the start of the autumn term and soon becomes his "
        "rival on the debate team.",
    )
    assert not any(kind == "window" for kind, _, _ in kinds)


def test_a_character_arriving_for_the_spring_semester_dates_no_release() -> None:
    kinds = _kinds(
        "In the film, Maren arrives at the academy in the spring semester, a year after Toby.",
    )
    assert not any(kind == "window" for kind, _, _ in kinds)


def test_the_film_arriving_in_the_autumn_keeps_its_window() -> None:
    kinds = _kinds("Paper Kites arrives on Netflix in the autumn.")
    assert any(kind == "window" for kind, _, _ in kinds)
