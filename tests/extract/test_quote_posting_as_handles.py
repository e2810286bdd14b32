"""Quotes on invented text: an unnamed poster "posting as" a handle ("Another, posting as @x,
was more succinct: “...”") is that account; a handle only in an aside is left alone."""

from __future__ import annotations

from tests.extract.helpers import facts

_LEDE = "Fans of Saltmarsh reacted online on Friday as the finale dropped."


def test_a_poster_posting_as_a_handle_is_that_account() -> None:
    for line in (
        "Another, posting as @plumtreegal, kept it short: “that is it for me.”",
        "Another, posting as @plumtreegal on X, wrote: “Best hour of television this year.”",
    ):
        found = facts(_LEDE, "One viewer in Leeds wrote: “I was not ready for it.”", line)
        speakers = [q.speaker for q in found.quotes if q.served]
        assert speakers == ["One viewer in Leeds", "@plumtreegal"], speakers


def test_a_handle_in_an_aside_is_left_alone() -> None:
    found = facts(_LEDE, "Another fan, @plumtreegal, wrote: “Best hour of television this year.”")
    speakers = [q.speaker for q in found.quotes if q.served]
    assert speakers == ["Another fan"], speakers
