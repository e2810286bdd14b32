"""A gallery whose picture numbers stand on lines of their own ("Photo 2 of 6"), each caption
under its number ending in a bare agency credit ("Photograph: X/Agency"), on invented text:
the caption is the page's story even in one sentence, and a caption of two sentences is the
story wherever it stands; a credit alone under its number is still furniture."""

from __future__ import annotations

from bot.extract import extract_facts
from bot.ingestion.seedfile import parse_seed
from tests.extract.helpers import served_pairs

_PAGE = "\n".join(
    (
        "date 2026-05-04 The cast of The Pale Harbour walked the carpet in Bristol.",
        "In pictures: The Pale Harbour comes ashore",
        "The cast of Streamly's island drama The Pale Harbour walked the carpet on Sunday.",
        "Photo 1 of 4",
        "Dorian Kell and Orla Penhallow, who play Fintan Roe and Greta Lind, arrive together."
        " Photograph: Wenna Tallack/Getty Images",
        "Photo 2 of 4",
        "Photograph: Wenna Tallack/Getty Images",
        "Photo 3 of 4",
        "Fans outside the venue. Photograph: Wenna Tallack/Getty Images",
        "Cadoc Vell (Emlyn) and Hollis Quarne (Bryn). Vell wore a borrowed suit."
        " Photograph: Wenna Tallack/Getty Images",
        "The Pale Harbour is on Streamly from Friday.",
    )
)


def test_a_one_sentence_caption_under_its_number_keeps_its_casting() -> None:
    pairs = served_pairs(extract_facts(parse_seed(_PAGE.encode()).article))
    assert ("Dorian Kell", "Fintan Roe") in pairs, pairs
    assert ("Orla Penhallow", "Greta Lind") in pairs, pairs


def test_a_two_sentence_caption_with_a_bare_credit_is_the_story() -> None:
    pairs = served_pairs(extract_facts(parse_seed(_PAGE.encode()).article))
    assert ("Cadoc Vell", "Emlyn") in pairs, pairs


def test_a_credit_alone_is_no_line_of_the_story() -> None:
    body = parse_seed(_PAGE.encode()).article.paragraphs
    assert not any(line.startswith(("Photograph", "Fans outside")) for line in body), body
    assert not any("Tallack" in line for line in body), body
