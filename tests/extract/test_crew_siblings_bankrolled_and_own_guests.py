"""Credits told with a relation noun after "by", with "bankrolled by", with "co-directed by",
and a guest named by the production's own post (invented sentences)."""

from __future__ import annotations

from tests.extract.helpers import credits, facts, served_credits

_TITLE = "Lantern Bay wraps its shoot"


def test_co_directed_by_brothers_credits_both() -> None:
    found = facts(
        "Filming on Lantern Bay ended on Monday.",
        "Lantern Bay, a drama co-directed by brothers Tam Riordan and Cal Riordan, wrapped.",
        title=_TITLE,
    )
    assert {("director", "Tam Riordan"), ("director", "Cal Riordan")} <= credits(found)


def test_written_by_twins_credits_both() -> None:
    found = facts(
        "Filming on Lantern Bay ended on Monday.",
        "The series was written by twins Ada Vey and Isla Vey.",
        title=_TITLE,
    )
    assert {("writer", "Ada Vey"), ("writer", "Isla Vey")} <= credits(found)


def test_bankrolled_by_a_person_is_a_producer_credit() -> None:
    found = facts(
        "Filming on Lantern Bay ended on Monday.",
        "The film is bankrolled by Ravi Kohli under his banner Kite Pictures.",
        title=_TITLE,
    )
    assert ("producer", "Ravi Kohli") in credits(found)


def test_a_guest_named_by_the_films_own_post_is_credited() -> None:
    found = facts(
        "Filming on Lantern Bay ended on Monday.",
        "Among the guests at the wrap party was the film's editor, Marta Lind.",
        title=_TITLE,
    )
    served = served_credits(found)
    assert ("editor", "Marta Lind") in served


def test_a_guest_named_by_trade_alone_is_still_held() -> None:
    found = facts(
        "Filming on Lantern Bay ended on Monday.",
        "Among the guests was composer Ole Brun.",
        title=_TITLE,
    )
    served = served_credits(found)
    assert ("composer", "Ole Brun") not in served
