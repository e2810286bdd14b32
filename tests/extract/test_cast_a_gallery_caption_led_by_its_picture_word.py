"""A gallery's caption led by its picture's word and number ("Picture 2: X, who plays Y,
arrives. Photo: Z/Getty Images") is the page's story like "2/9 ...": its castings are read,
without the number or the credit; a numbered line holding a credit alone is still furniture.
Invented text."""

from __future__ import annotations

from bot.extract import extract_facts
from bot.ingestion.seedfile import parse_seed
from tests.extract.helpers import served_pairs

_PAGE = "\n".join(
    (
        "date 2026-06-11 The cast of Harrowdene gathered for its premiere last night.",
        "Gallery: the Harrowdene premiere",
        "Photo 1: Perrin Achebe-Lowe, who plays Tamsin Gilchrist, arrives with her mother."
        " Photo: Oona Lassiter/Getty Images",
        "Image 2: Ruari Blenkin and Sela Voss, who play Hob Lanyon and Petra Lanyon, pose"
        " together. Photograph: Oona Lassiter/Shutterstock",
        "Photo 3: Photo: Oona Lassiter/Getty Images",
        "Harrowdene is on Netflix from Friday.",
    )
)


def test_a_caption_led_by_its_picture_word_is_read() -> None:
    found = extract_facts(parse_seed(_PAGE.encode()).article)
    assert served_pairs(found) == {
        ("Perrin Achebe-Lowe", "Tamsin Gilchrist"),
        ("Ruari Blenkin", "Hob Lanyon"),
        ("Sela Voss", "Petra Lanyon"),
    }


def test_the_picture_word_and_the_credit_are_no_words_of_the_caption() -> None:
    body = parse_seed(_PAGE.encode()).article.paragraphs
    assert body[0].startswith("Perrin Achebe-Lowe, who plays")
    assert not any("Lassiter" in line for line in body)
