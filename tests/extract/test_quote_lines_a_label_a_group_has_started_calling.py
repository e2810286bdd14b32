"""Quote lines on invented text: a few words a group has taken to calling a thing ("what fans
have started calling “...”") are a label, no one's quote; a named critic's verdict stays hers."""

from __future__ import annotations

from tests.extract.helpers import facts


def _served(sentence: str, start: str) -> bool:
    found = facts(
        "Tidewater ends its run on Vireo this week after three seasons.",
        f"The last season was short. {sentence}",
        date="2026-02-10",
        title="Why Tidewater had to end",
    )
    return any(q.served and q.text.startswith(start) for q in found.quotes)


def test_what_a_group_has_started_calling_is_a_label() -> None:
    for sentence in (
        "Stretched any longer, it risked becoming what viewers online have started calling"
        " “soup with scenery”.",
        "It avoided what critics are calling “soup with scenery”, and it is better for it.",
    ):
        assert not _served(sentence, "soup with scenery"), sentence


def test_a_named_critics_verdict_stays_hers() -> None:
    assert _served(
        "Critic Lena Fosse said the finale was “soup with scenery” in her review on Monday.",
        "soup with scenery",
    )
