"""A gallery caption numbered in words ("Picture 2 of 6: X, who plays Y, waves. Photograph:
Z/Getty Images") is the page's story like one after "2/6 ", even in one sentence; a short
caption under such a number, or its credit alone, is still furniture. Invented text."""

from __future__ import annotations

from bot.extract import extract_facts
from bot.extract.page import is_furniture
from bot.ingestion.seedfile import parse_seed
from tests.extract.helpers import served_pairs

_PAGE = "\n".join(
    (
        "date 2026-05-02 The cast of Lanterns of Brill gathered in Manchester last night.",
        "In pictures: the Lanterns of Brill premiere",
        "Picture 1 of 4: Odessa Quarrie, who plays Marnie Fallowes, waves to fans outside the "
        "cinema. Photograph: Tamsin Vell/Getty Images",
        "Picture 2 of 4: Bram Oduya and Lise Hartwell, who play Elias Crane and Jude Morrow "
        "respectively, pose together. Photograph: Tamsin Vell/Shutterstock",
        "Lanterns of Brill is on BBC One from Sunday.",
    )
)


def test_a_caption_after_a_worded_number_is_read() -> None:
    found = extract_facts(parse_seed(_PAGE.encode()).article)
    assert served_pairs(found) == {
        ("Odessa Quarrie", "Marnie Fallowes"),
        ("Bram Oduya", "Elias Crane"),
        ("Lise Hartwell", "Jude Morrow"),
    }


def test_a_short_caption_or_a_lone_credit_under_a_worded_number_is_furniture() -> None:
    for line in (
        "Picture 3 of 4: Odessa Quarrie on the carpet. Photograph: Tamsin Vell/Getty Images",
        "Image 4 of 4: Photograph: Tamsin Vell/Getty Images",
    ):
        assert is_furniture(line), line
