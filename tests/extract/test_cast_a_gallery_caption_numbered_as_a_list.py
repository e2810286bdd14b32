"""A gallery whose captions are numbered as a list, each before its picture's credit ("3. X, who
plays Y, waves to fans. (Photograph: Z/PA)"), tells its story in them, even one sentence long; a
short caption there, or a lone numbered caption on a page of text, is still furniture. Invented
text."""

from __future__ import annotations

from bot.extract import extract_facts
from bot.extract.page import read_page
from bot.ingestion.seedfile import parse_seed
from tests.extract.helpers import served_pairs

_FIRST = (
    "1. Odessa Quarrie, who plays Marnie Fallowes, waves to fans outside the cinema on Friday. "
    "(Photograph: Tamsin Vell/Getty Images)"
)
_SECOND = (
    "2. Bram Oduya and Lise Hartwell, who play Elias Crane and Jude Morrow respectively, pose "
    "together. (Photograph: Tamsin Vell/PA)"
)
_SHORT = "3. Odessa Quarrie on the carpet. (Photograph: Tamsin Vell/Getty Images)"


def test_captions_numbered_as_a_list_are_read() -> None:
    page = "\n".join(
        (
            "date 2026-05-02 The cast of Lanterns of Brill gathered in Manchester last night.",
            "In pictures: the Lanterns of Brill premiere",
            _FIRST,
            _SECOND,
            "Lanterns of Brill is on BBC One from Sunday.",
        )
    )
    found = extract_facts(parse_seed(page.encode()).article)
    assert served_pairs(found) == {
        ("Odessa Quarrie", "Marnie Fallowes"),
        ("Bram Oduya", "Elias Crane"),
        ("Lise Hartwell", "Jude Morrow"),
    }


def test_a_short_caption_or_a_lone_numbered_one_is_furniture() -> None:
    title = "In pictures: the Lanterns of Brill premiere"
    body = read_page([title, _FIRST, _SECOND, _SHORT]).body
    assert not any(line.startswith("3.") for line in body)
    alone = read_page([title, "Lanterns of Brill opened on Friday to a full house.", _FIRST]).body
    assert not any(line.startswith("1.") for line in alone)
