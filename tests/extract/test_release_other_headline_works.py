"""Dates told of one of two works a headline names: another work's when the title is ours, held
when nothing says which of the two is ours."""

from __future__ import annotations

from tests.extract.helpers import release_kinds


def test_the_other_headline_work_dated_by_apposition_is_not_ours() -> None:
    kinds = release_kinds(
        "A year ago he had one soap credit. After Skerrymoor Rising, Idris Quane now leads"
        " A Summer at Drummock, out next week.",
        "In May 2025 Quane was cast as Tam Bellis in Skerrymoor Rising, the Netflix film that"
        " closed the saga.",
        "By the time the film dropped on Netflix on 17 April this year, Quane had already been"
        " cast in his first lead. A Summer at Drummock, a Hebridean drama directed by Ness"
        " Halvane, reaches cinemas on Friday 27 November.",
        "On Skerrymoor, he was the new boy in a very settled gang. Halvane shot Drummock in the"
        " winter, weeks after the Skerrymoor wrap.",
        "A Summer at Drummock is in cinemas from 27 November. Skerrymoor Rising is streaming on"
        " Netflix.",
        date="2026-11-20",
        title="From Skerrymoor Rising to A Summer at Drummock: Idris Quane’s very fast year",
    )
    assert ("premiere_date", "2026-11-27", False) not in kinds
    assert ("premiere_date", "2026-04-17", False) in kinds


def test_the_film_of_an_entry_about_one_of_two_headline_works_is_held() -> None:
    kinds = release_kinds(
        "Live from the festival: Varnholt’s Die Kranichzeit gets its competition premiere, and"
        " Skerrymoor Rising brings queues round the block.",
        "10:15 – The Skerrymoor Rising screening is under way.",
        "11:20 – At the Die Kranichzeit press conference, Varnholt was asked about the island."
        " The film opens in German cinemas on 9 April.",
        "12:05 – Skerrymoor Rising fans are queueing in the snow.",
        date="2026-02-16",
        title="Festival live: Die Kranichzeit premieres, Skerrymoor Rising fans take over",
    )
    assert ("premiere_date", "2026-04-09", False) not in kinds


def test_the_film_of_the_one_headline_work_is_still_dated() -> None:
    kinds = release_kinds(
        "Live from the festival: Varnholt’s Die Kranichzeit gets its competition premiere.",
        "11:20 – At the Die Kranichzeit press conference, Varnholt was asked about the island."
        " The film opens in German cinemas on 9 April.",
        date="2026-02-16",
        title="Festival live: Die Kranichzeit premieres in competition",
    )
    assert ("premiere_date", "2026-04-09", False) in kinds
