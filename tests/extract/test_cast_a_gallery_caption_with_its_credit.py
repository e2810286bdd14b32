"""A gallery's numbered caption ("3/14 X, who plays Y, arrives. Photograph: Z/Getty Images") is
the page's story, even in one sentence: its castings and its speakers are read, without the
picture's number; a lone numbered credit is still furniture. Invented text."""

from __future__ import annotations

from bot.extract import extract_facts
from bot.ingestion.seedfile import parse_seed
from tests.extract.helpers import served_pairs

_PAGE = "\n".join(
    (
        "date 2026-03-02 The cast of Wrenfold walked the carpet last night.",
        "In pictures: the Wrenfold premiere",
        "1/5 Tilde Marrack and Cassian Dorrow, who play Orla Vantreece and Jory Penwithin, "
        "arrive on Tuesday evening. Photograph: Maelle Strand/Getty Images",
        "2/5 Fenna Lowther, who plays Odile Farrant, in a custom gown. Photograph: Maelle "
        "Strand/Shutterstock",
        "3/5 Dorrow speaks to press. “It’s a long goodbye,” he said. Photograph: Maelle "
        "Strand/Getty Images",
        "4/5 Photograph: Maelle Strand/Getty Images",
        "Wrenfold is on Netflix from Friday.",
    )
)


def test_a_numbered_caption_with_a_credit_is_read() -> None:
    found = extract_facts(parse_seed(_PAGE.encode()).article)
    assert served_pairs(found) == {
        ("Tilde Marrack", "Orla Vantreece"),
        ("Cassian Dorrow", "Jory Penwithin"),
        ("Fenna Lowther", "Odile Farrant"),
    }
    assert [(q.text[:9], q.speaker) for q in found.quotes] == [("It’s a lo", "Cassian Dorrow")]


def test_the_number_and_the_credit_are_no_words_of_the_caption() -> None:
    body = parse_seed(_PAGE.encode()).article.paragraphs
    assert body[0].startswith("Tilde Marrack and ")
    assert not any("Strand" in line for line in body)
