"""A date phrase in marks that fans talk of: chatter about a date, no one's quote."""

from __future__ import annotations

from tests.extract.helpers import facts

_LEDE = "Netflix has not yet dated the second season of Orchard Lane."


def test_a_date_fan_forums_talk_of_is_not_served() -> None:
    found = facts(
        _LEDE,
        "A few fan forums talk already of “autumn 2027”, though the streamer has said nothing.",
    )
    assert not any(q.served and q.text.startswith("autumn 2027") for q in found.quotes)


def test_a_date_a_producer_speaks_of_is_left_alone() -> None:
    found = facts(
        _LEDE,
        "Producer Wendell Ashby speaks of “autumn 2027” for the return, and says scripts are done.",
    )
    assert any(q.text.startswith("autumn 2027") and q.served for q in found.quotes)
