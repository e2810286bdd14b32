"""A maker's expectation told with its object, on invented text: "the producer said he expected it
to come out some time in 2026" is a hope, not a date set, so the window is served hedged, the
same as "expected to"."""

from __future__ import annotations

from tests.extract.helpers import release_kinds

_TITLE = "Quarry Lane: everything we know so far"


def _kinds(*paragraphs: str) -> set[tuple[str, str, bool]]:
    return release_kinds(*paragraphs, date="2026-02-01", title=_TITLE)


def test_a_producer_who_expected_it_to_come_out() -> None:
    kinds = _kinds(
        "Producer Tam Rees said in the spring that he expected it to come out some time in 2026."
    )
    assert kinds == {("window", "2026", True)}


def test_a_director_who_expects_the_film_to_land() -> None:
    kinds = _kinds("Director Ines Obi said she expects the film to land in autumn 2026.")
    assert all(hedged for _, _, hedged in kinds)
    assert kinds


def test_a_plain_window_stays_unhedged() -> None:
    kinds = _kinds("Quarry Lane comes out on Netflix in autumn 2026.")
    assert kinds == {("window", "2026-09/2026-11", False)}
