"""A live page's release-day entry, which stands low on the page because entries run newest
first."""

from __future__ import annotations

from tests.extract.helpers import release_kinds

_ENTRIES = (
    "That’s all from us today. Our review of Copper Bay is up now.",
    "Ada Vale has posted for the first time since the film dropped.",
    "Some context: Lumen has confirmed there will be no second film.",
    "The soundtrack is out too, with a new track by Tin Harbour.",
    "A recap of Wednesday night’s premiere in Leicester Square, for those who missed it.",
    "Fan reaction is pouring in, and most of it is tears.",
    "Lumen UK has posted a short message to fans on its channel.",
    "It’s here. Copper Bay is now streaming on Lumen in more than 100 countries.",
    "Good morning and welcome to our coverage of release day.",
)


def test_a_live_pages_out_now_entry_low_on_the_page_dates_the_release() -> None:
    found = release_kinds(
        "Follow as Copper Bay arrives on Lumen worldwide.",
        "Copper Bay live: Lumen film out now – reaction as fans say goodbye",
        *_ENTRIES,
        date="2027-05-14",
        title="Copper Bay live: Lumen film out now – reaction as fans say goodbye",
    )
    assert ("premiere_date", "2027-05-14", False) in found


def test_the_same_sentence_low_on_a_page_that_is_not_live_dates_nothing() -> None:
    found = release_kinds(
        "A look back at the week Copper Bay arrived on Lumen.",
        "Copper Bay: the week in reaction as fans say goodbye",
        *_ENTRIES,
        date="2027-05-14",
        title="Copper Bay: the week in reaction as fans say goodbye",
    )
    assert ("premiere_date", "2027-05-14", False) not in found
