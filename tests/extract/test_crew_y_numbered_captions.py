"""A gallery's caption numbered in words at its line's start ("Image 4 of 9: Director X greets
fans. (Photo: Y)") is the page's story, as a "4/9 " caption is, so its credits are read; the
number and the picture's credit are no part of it, and a credit alone after its number is still
furniture (invented articles)."""

from __future__ import annotations

from bot.extract import extract_facts
from bot.extract.page import body_lines
from bot.ingestion.seedfile import parse_seed
from tests.extract.helpers import credits

_PAGE = "\n".join(
    (
        "date 2026-05-04 The cast of Copper Gate walked the carpet in Sligo last night.",
        "In pictures: the Copper Gate premiere",
        "The cast of Copper Gate, the new Sligo ghost story, walked the carpet on Sunday.",
        "Image 1 of 4: Writer Hollin Marsh with director Bram Ostler at the door."
        " (Photo: Ada Pike/PA)",
        "Image 2 of 4: Ada Pike/Getty Images",
        "Image 3 of 4: Producer Tamsin Vey of Harbour Lane Films thanks the crew."
        " Photograph: Ada Pike/Getty Images",
        "Copper Gate opens in cinemas on Friday.",
    )
)


def test_numbered_caption_credits_are_read() -> None:
    found = credits(extract_facts(parse_seed(_PAGE.encode()).article))
    assert {("writer", "Hollin Marsh"), ("director", "Bram Ostler")} <= found, found
    assert ("producer", "Tamsin Vey") in found, found


def test_number_and_picture_credit_are_cut_from_the_line() -> None:
    lines = body_lines(["Slide 2 of 6: Hollin Marsh signs autographs for fans. (Photo: Ada Pike)"])
    assert lines == ["Hollin Marsh signs autographs for fans."]


def test_a_short_numbered_credit_line_stays_furniture() -> None:
    assert body_lines(["Image 2 of 6: Ada Pike/Getty Images"]) == []
