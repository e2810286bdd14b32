"""A listing under a heading that ends on a colon ("Also new on Sky this month:"), each item a
paragraph opened by its title and a dash, gives other works' times: an item whose title is not
ours dates that work. Invented text throughout."""

from __future__ import annotations

from tests.extract.helpers import facts


def _premieres(*paragraphs: str) -> set[str]:
    found = facts(*paragraphs, date="2026-05-02", title="Tollhouse Row comes to Sky in May")
    return {str(r.date) for r in found.release if r.served and r.kind.value == "premiere_date"}


def test_a_listed_item_of_another_work_is_not_ours() -> None:
    assert _premieres(
        "Sky customers can stream Tollhouse Row from Friday 15 May 2026.",
        "The drama stars Corran Dale and Wendell Pike.",
        "Also new on Sky in May:",
        "Marram Light – the new thriller starring Fenna Roach as a ferry pilot, premieres"
        " Friday 22 May on Sky Atlantic.",
        "Pewsey Vale – the comedy favourite returns Thursday 28 May.",
    ) == {"2026-05-15"}


def test_our_own_item_in_a_listing_stays_ours() -> None:
    assert _premieres(
        "Sky has dated its new drama with Corran Dale and Wendell Pike.",
        "New on Sky in May:",
        "Tollhouse Row – it premieres on Friday 15 May 2026 on Sky Atlantic.",
    ) == {"2026-05-15"}
