""" "Landed" with an object is someone winning a role, deal or job, and its time is that win's,
not the film's release. On invented text."""

from __future__ import annotations

from tests.extract.helpers import release_dates

_LEDE = "Harbour Lights star Tom Reed has wrapped filming on the drama Harbour Lights."


def _kinds(sentence: str) -> set[tuple[str, str, bool]]:
    return release_dates(_LEDE, sentence, date="2026-02-11", title="Harbour Lights wraps")


def test_a_role_landed_in_a_month_is_no_window() -> None:
    assert _kinds("Nia Obi only landed the role in October after another actress quit.") == set()
    assert _kinds("Nia Obi landed her first lead in November, the producers said.") == set()
    assert _kinds("The studio landed a distribution deal in October.") == set()


def test_the_film_landing_in_a_month_is_still_read() -> None:
    assert _kinds("The series landed on Channel 9 in January.") != set()
