"""A round-up's line heading a work by its channel is no casting (invented names and titles)."""

from __future__ import annotations

from tests.extract.helpers import facts, pairs

TITLE = "Wrapped: the shoots that finished this month"
LEDE = "Here are the productions that called cut for the last time."


def test_a_channel_word_in_a_heading_among_channel_headings_is_no_part() -> None:
    found = facts(
        LEDE,
        "Quillmere (Netflix)",
        "Filming wrapped on Friday.",
        "Opaline Street Days (Sky)",
        "Not a wrap, strictly: the shoot paused after a fire.",
        title=TITLE,
    )
    assert ("Opaline Street Days", "Sky") not in pairs(found)


def test_a_lone_bracketed_line_may_still_be_an_actor_and_part() -> None:
    found = facts(
        "Here is the cast of Quillmere.",
        "Tansy Wickford (Max)",
        "Filming wrapped on Friday.",
        title="Quillmere: meet the cast",
    )
    assert ("Tansy Wickford", "Max") in pairs(found)
