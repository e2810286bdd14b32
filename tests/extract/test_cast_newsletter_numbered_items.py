"""A newsletter numbers its items; when one item's heading names the article's work ("1. Copper
Bay sets its goodbye"), an item whose heading names neither it nor the headline ("2. Tallowick books
its next thriller") is other news, and what it casts is held. A footer's "Forward this to a
friend" marks the newsletter."""

from __future__ import annotations

from tests.extract.helpers import facts, served_pairs


def _letter(*items: str, footer: str) -> set[tuple[str, str]]:
    return served_pairs(
        facts(
            "Today: Copper Bay gets a date, and Tallowick books a thriller.",
            "Good morning, and welcome to the brief.",
            "1. Copper Bay sets its goodbye",
            "The film will premiere on 17 April. Ada Vale returns as Mira Holt.",
            *items,
            footer,
            title="The Morning Brief: Copper Bay has a date",
        )
    )


def test_another_numbered_items_casting_is_held() -> None:
    found = _letter(
        "2. Tallowick books its next big thriller",
        "Brine Acre, starring Tom Reed as Ansel Pike, begins on 1 March.",
        "3. Orbis has a spring mystery",
        "Orbis has dated Tin Lid, led by Nessa Quarle as coroner Edie Moss.",
        footer="That’s all for today. Forward this to a friend.",
    )
    assert ("Tom Reed", "Ansel Pike") not in found
    assert ("Nessa Quarle", "Edie Moss") not in found
    assert ("Ada Vale", "Mira Holt") in found


def test_without_the_newsletters_marks_the_items_stay() -> None:
    found = _letter(
        "2. The cast is back",
        "Tom Reed returns as Ansel Pike.",
        "3. A new face",
        "Nessa Quarle joins as Edie Moss.",
        footer="We look forward to seeing it.",
    )
    assert ("Tom Reed", "Ansel Pike") in found
