"""Quotes on invented text: an unnamed poster "posting as" a handle ("Another, posting as @x,
was more succinct: “...”") is that account; so is one whose handle is set off right after it
("Another fan, @x, wrote", "“...,” wrote one user, @x."), never a handle further into the aside
("Another fan, replying to @x, wrote": the one answered)."""

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


def test_a_handle_set_off_after_the_poster_is_the_posters() -> None:
    for line in (
        "Another fan, @plumtreegal, wrote: “Best hour of television this year.”",
        "“Best hour of television this year,” wrote one fan, @plumtreegal.",
        "“Best hour of television this year,” one fan, @plumtreegal, wrote on Threads.",
    ):
        found = facts(_LEDE, line)
        speakers = [q.speaker for q in found.quotes if q.served]
        assert speakers == ["@plumtreegal"], (line, speakers)


def test_a_handle_further_into_the_aside_is_someone_else() -> None:
    for line in (
        "Another fan, replying to @plumtreegal, wrote: “Best hour of television this year.”",
        "Another fan, who follows @plumtreegal, wrote: “Best hour of television this year.”",
        "“Best hour of television this year,” wrote one fan to @plumtreegal.",
        "“Best hour of television this year,” wrote one fan in reply to @plumtreegal.",
    ):
        found = facts(_LEDE, line)
        speakers = [q.speaker for q in found.quotes if q.served]
        assert "@plumtreegal" not in speakers, (line, speakers)
