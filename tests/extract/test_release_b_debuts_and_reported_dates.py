"""A debut "made" on a named day is the day gone by ("made its debut on Sunday night" said on a
Monday), and a promotion's reported words without "that" ("The trailer confirms Tin Lid is
released on 2 May") date the film, not the trailer."""

from __future__ import annotations

from tests.extract.helpers import release_kinds


def test_a_debut_made_on_a_named_day_is_the_day_just_gone() -> None:
    for sentence in (
        "Lumen’s Copper Bay made its debut on Sunday night, and viewers had plenty to say.",
        "Copper Bay made its TV debut on Sunday, to strong reviews.",
    ):
        found = release_kinds(sentence, date="2026-10-13", title="Viewers react to Copper Bay")
        assert ("premiere_date", "2026-10-11", False) in found, sentence
        assert ("premiere_date", "2026-10-18", False) not in found, sentence


def test_a_debut_still_to_come_stays_ahead() -> None:
    found = release_kinds(
        "Copper Bay makes its debut on Sunday night.", date="2026-10-13", title="Copper Bay"
    )
    assert ("premiere_date", "2026-10-18", False) in found


def test_a_promotion_reporting_the_release_without_that_dates_the_film() -> None:
    for sentence in (
        "The trailer confirms Copper Bay is released on Netflix on Friday 17 April.",
        "The new poster reveals Copper Bay arrives on Friday 17 April.",
        "The teaser confirms Copper Bay lands on Friday 17 April.",
    ):
        found = release_kinds(sentence, date="2026-02-12", title="Copper Bay trailer: what we saw")
        assert ("premiere_date", "2026-04-17", False) in found, sentence


def test_a_trailer_dated_by_its_own_verb_stays_out() -> None:
    found = release_kinds(
        "The trailer confirms the cast and dropped on Tuesday 10 February.",
        date="2026-02-12",
        title="Copper Bay trailer: what we saw",
    )
    assert not any(kind == "premiere_date" for kind, _, _ in found)
