"""A live blog's time lines are page furniture, so its entries reach the extractor as bare
paragraphs. A paragraph of a live page that opens on another work's name set as a work ("A
teaser for Cragwater, the gothic drama from creator Ada Pennick, ...", "Next up is
Caerwyth, a new Welsh crime series ...") is that work's: whom it credits made that work, and
what it casts or dates is that work's."""

from __future__ import annotations

from bot.extract.doc_build import build_doc
from bot.extract.page_blog_openings import blog_paragraphs
from tests.extract.helpers import article, facts, release_kinds, served_credits, served_pairs

_HEADLINE = "Streamflix Upfront live: Velmo date confirmed as trailer drops"
_LEDE = "Follow along as Streamflix unveils its slate, with a Velmo trailer and date promised."
_OPEN = "Good evening and welcome to our live coverage. Most of you are here for one film."
_OURS = (
    "It is official: Velmo arrives on Streamflix on Friday 22 May.",
    "The film is directed by Nell Ashgrove, with Jo Marten as Lena Hart.",
)


def _blog(*entry: str) -> tuple[set[tuple[str, str]], set[tuple[str, str]]]:
    found = facts(_LEDE, _OPEN, *entry, *_OURS, date="2026-01-29", title=_HEADLINE)
    return served_credits(found), served_pairs(found)


def test_a_teaser_for_another_apposed_drama_credits_its_creator_to_that_drama() -> None:
    crew, cast = _blog(
        "A teaser for Cragwater, the gothic drama from creator Ada Pennick, starring Tom "
        "Fessel as the lighthouse keeper Silas Brede. No date yet."
    )
    assert ("creator", "Ada Pennick") not in crew
    assert ("director", "Nell Ashgrove") in crew
    assert ("Jo Marten", "Lena Hart") in cast


def test_an_entry_opening_on_another_series_casts_that_series() -> None:
    crew, cast = _blog(
        "Next up is Caerwyth, a new Welsh crime series from creator Osric Vane. Marta Quell "
        "plays the detective Ina Rhys."
    )
    assert ("creator", "Osric Vane") not in crew
    assert ("Marta Quell", "Ina Rhys") not in cast
    assert ("director", "Nell Ashgrove") in crew


def test_an_entry_opening_on_another_apposed_drama_dates_that_drama() -> None:
    kinds = release_kinds(
        _LEDE,
        _OPEN,
        "First up is Tinderholt, a period drama created by Bryn Hollis. It arrives on 6 March.",
        *_OURS,
        date="2026-01-29",
        title=_HEADLINE,
    )
    assert ("premiere_date", "2026-03-06", False) not in kinds
    assert ("premiere_date", "2026-05-22", False) in kinds


def test_a_paragraph_opening_on_a_person_told_by_the_series_keeps_her_credit() -> None:
    crew, _ = _blog(
        "Ada Pennick, the series creator who wrote the film, was asked about a sequel.",
    )
    assert ("writer", "Ada Pennick") in crew


def test_title_case_long_live_and_where_they_live_are_no_live_pages() -> None:
    for headline in (
        "Long Live Dunmarrow: why the fen drama still matters",
        "Where They Live Now: the Dunmarrow cast ten years on",
    ):
        doc = build_doc(article(_LEDE, _OPEN, *_OURS, title=headline))
        assert blog_paragraphs(doc) == [], headline


def test_live_after_a_dash_or_at_the_end_makes_a_live_page() -> None:
    for headline in ("Dunmarrow premiere – Live", "Dunmarrow premiere Live", "Upfront: Live"):
        doc = build_doc(article(_LEDE, _OPEN, *_OURS, title=headline))
        assert blog_paragraphs(doc), headline
