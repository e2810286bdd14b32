"""Crew: a co-writer named with a description in the title's clause, and "and is producing" as a
second verb for the sentence's subject; each on invented text."""

from __future__ import annotations

from tests.extract.helpers import credits, facts


def test_title_clause_co_writer_after_a_described_trade() -> None:
    found = facts(
        "Lantern Bay, which Kwan wrote with the Welsh novelist Ceri Morgan, follows two sisters.",
        title="Lantern Bay",
    )
    assert ("writer", "Ceri Morgan") in credits(found)


def test_title_clause_co_writer_after_a_plain_trade() -> None:
    found = facts(
        "Copper Reach, which Ida Holm co-wrote with a playwright Tomas Vey, is set on a barge.",
        title="Copper Reach",
    )
    assert ("writer", "Tomas Vey") in credits(found)


def test_another_works_clause_credits_no_co_writer() -> None:
    found = facts(
        "Grey Tide, which Kwan wrote with the Welsh novelist Ceri Morgan, won a prize.",
        title="Lantern Bay",
    )
    assert ("writer", "Ceri Morgan") not in credits(found)


def test_and_is_producing_alongside_credits_both_producers() -> None:
    found = facts("Kwan directed the film, and is producing alongside Mira Stone for Bryn Films.")
    assert {("producer", "Kwan"), ("producer", "Mira Stone")} <= credits(found)


def test_and_is_also_producing_credits_the_subject() -> None:
    found = facts("Ida Holm wrote the script and is also producing, with help from a grant.")
    assert ("producer", "Ida Holm") in credits(found)


def test_producing_another_work_credits_nothing() -> None:
    found = facts("Ida Holm wrote the script and is producing the next season of Grey Tide.")
    assert ("producer", "Ida Holm") not in credits(found)


def test_writing_the_next_season_with_someone_credits_the_co_writer() -> None:
    found = facts(
        "Lowtide Choir is back. Creator Petra Quennell is writing season two with Tobin Ashgrove.",
        title="Lowtide Choir renewed",
    )
    assert ("writer", "Tobin Ashgrove") in credits(found)


def test_writing_the_next_season_with_someone_in_mind_credits_no_co_writer() -> None:
    found = facts(
        "Lowtide Choir is back. Creator Petra Quennell is writing season two with Tobin "
        "Ashgrove in mind for the lead.",
        title="Lowtide Choir renewed",
    )
    assert ("writer", "Tobin Ashgrove") not in credits(found)
