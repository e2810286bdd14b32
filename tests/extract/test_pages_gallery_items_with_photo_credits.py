"""Page furniture on invented pages: a gallery's numbered item that tells its picture in more
than one sentence before the picture's credit is the story (its quotes are found); a caption of
one sentence, or a credit alone, stays furniture."""

from __future__ import annotations

from bot.extract import extract_facts
from bot.extract.page import is_furniture, read_page
from bot.ingestion.seedfile import parse_seed


def test_a_gallery_item_of_two_sentences_before_its_credit_is_the_story() -> None:
    item = (
        "3. Pella Runcorn at the harbour wall, coat collar up. Runcorn has said the finale has "
        "“the coldest night we ever shot”. (Photo: Ines Barrow/Lumen)"
    )
    assert not is_furniture(item)


def test_a_gallery_items_quote_is_found_with_its_speaker() -> None:
    raw = (
        " date 2027-02-01 Lumen released six stills from Tidewrack on Monday.\n"
        "In pictures: first look at Tidewrack\n"
        "4. Cato Brill as the vicar, Amos Tull. Brill told Screen Weekly that Tull is “a man "
        "who prays with one eye open”. (Photo: Ines Barrow/Lumen)\n"
    )
    found = extract_facts(parse_seed(raw.encode()).article)
    served = {q.text: q.speaker for q in found.quotes if q.served}
    assert served.get("a man who prays with one eye open") == "Cato Brill", found.quotes


def test_a_one_sentence_caption_or_a_bare_credit_is_still_furniture() -> None:
    for line in (
        "Pella Runcorn and Cato Brill share a laugh between takes on the pier at Staithes. "
        "(Photo: Ines Barrow/Lumen)",
        "1. Pella Runcorn and Cato Brill on the pier at Staithes, where most of it was shot. "
        "(Photo: Ines Barrow/Lumen)",
        "Runcorn on set. (Photo: Lumen)",
        "(Photo: Ines Barrow/Lumen)",
    ):
        assert is_furniture(line), line


def test_a_story_lines_picture_credit_is_cut_off() -> None:
    item = (
        "3. Pella Runcorn at the harbour wall, coat collar up. Runcorn has said the finale has "
        "“the coldest night we ever shot”."
    )
    assert read_page(["Tidewrack in pictures", f"{item} (Photo: Ines Barrow/Lumen)"]).body == (
        item,
    )
