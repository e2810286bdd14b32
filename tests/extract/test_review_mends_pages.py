"""Pages: a labelled pick whose title has its own colon keeps its main title; a headline in
capitals still tells which item's work is ours; "In March, the channel's drama," is no other
work set by apposition."""

from __future__ import annotations

from bot.extract.doc_build import build_doc
from bot.extract.page_entries import own_entry
from bot.extract.page_item_ours import first_items
from bot.extract.page_others import other_news_items
from tests.extract.helpers import article

_TITLES = {3: "PICK OF THE WEEK: HOLLOW PIER: THE DROWNED CLOCK", 6: "COPPER NUNS"}


def _nobody(_: str) -> bool:
    return False


def test_a_labelled_pick_keeps_its_main_title() -> None:
    headline = "What to watch: Hollow Pier: The Drowned Clock, Copper Nuns and more"
    assert own_entry(_TITLES, headline, _nobody) == 3


def test_a_labelled_picks_subtitle_alone_does_not_make_it_the_pages() -> None:
    headline = "The drowned clock strikes for Copper Nuns: the week's best TV"
    assert own_entry(_TITLES, headline, _nobody) == 6


def test_a_headline_in_capitals_tells_our_item() -> None:
    texts = [
        "1. Quellmarsh gets a third series\nThe fen drama returns in May.",
        "2. Skerrivane has a composer\nIts score is by a harpist.",
    ]
    ours = {"Quellmarsh", "Skerrivane"}
    for headline in (
        "SKERRIVANE’S FINALE, QUELLMARSH LIVES ON",
        "Skerrivane’s finale, Quellmarsh lives on",
    ):
        names = first_items(texts, lambda word: word.capitalize() in ours, headline)
        assert names("Skerrivane"), headline
        assert not names("Quellmarsh"), headline


def test_a_month_before_an_apposed_drama_is_no_other_work() -> None:
    for first in (
        "In March, the BBC drama, which stars Brann Tuliver, added Ysolde Castlemere.",
        "On Sunday, the channel’s fen drama, led by Brann Tuliver, added Ysolde Castlemere.",
    ):
        _assert_ours(first)


def _assert_ours(first: str) -> None:
    text = "\n".join(
        (
            "Your weekly letter: Skerrivane films its second run, and more.",
            "1. Skerrivane starts filming",
            "Cameras rolled on the second run of Skerrivane this week.",
            "2. A new face on the island",
            first,
            "3. Tallowdown gets a date",
            "The Cornish comedy Tallowdown returns in June.",
        )
    )
    doc = build_doc(article(text))
    found = other_news_items(doc, lambda word: word.capitalize() == "Skerrivane")
    assert text.index(first) not in found, first
    assert text.index("The Cornish comedy") in found
