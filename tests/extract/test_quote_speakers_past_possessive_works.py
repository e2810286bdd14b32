"""Quotes on invented text: a name's possessive ending in an apostrophe ("Pinewood Studios’
The Lantern Keeper") is no closing quotation mark, so the work after it never starts a clause
and a "he said" after the sentence goes to the person it is about, never to the work."""

from __future__ import annotations

from tests.extract.helpers import facts, served_quotes


def test_a_work_after_a_plural_possessive_never_speaks() -> None:
    for credits in (
        "Orrin Vale, whose credits include voicing a fox in Brightwells’ The Lantern Keeper "
        "and playing a young painter in Saltmarsh, said he was “not done with animation”.",
        "Orrin Vale, who voiced a fox in the Cummings’ Copper Hollow and starred in Saltmarsh, "
        "said he was “not done with animation”.",
        "Orrin Vale, best known for the Harrises’ Gull Street Ghosts, said he was “not done "
        "with animation”.",
    ):
        found = facts(
            "Orrin Vale talked about his next steps on a podcast this week.",
            "The host also asked about life after the show.",
            credits,
            "“I’ve had a good run,” he said. “Now I want to be frightened for a while.”",
            date="2026-03-02",
            title="Orrin Vale on what comes next",
        )
        served = served_quotes(found)
        assert ("I’ve had a g", "Orrin Vale") in served, served
        assert all(who == "Orrin Vale" for _, who in served), served
