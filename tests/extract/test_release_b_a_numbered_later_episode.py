"""A numbered episode past the first ("Episode 48, with a guest, is out on Friday") dates that one
episode of a running show, never the premiere of the production the article is about. The first
episode's day still is. Invented text throughout."""

from __future__ import annotations

from tests.extract.helpers import facts


def _premieres(*paragraphs: str) -> set[str]:
    found = facts(*paragraphs, date="2026-06-10", title="Copperfield Reach: the cast look back")
    return {str(r.date) for r in found.release if r.served and r.kind.value == "premiere_date"}


def test_a_high_numbered_episode_with_an_aside_is_not_the_premiere() -> None:
    assert not _premieres(
        "Copperfield Reach landed on the streamer last month, and two of its leads joined the"
        " Back Row Chat podcast to talk about it.",
        "Back Row Chat is on every podcast app. Episode 207, with a guest critic, is due next"
        " Friday.",
    )


def test_a_two_digit_episode_is_not_the_premiere() -> None:
    assert not _premieres(
        "Copperfield Reach landed on the streamer last month.",
        "Episode 12 of the companion show airs on Sunday 14 June.",
    )


def test_the_first_episode_is_still_the_premiere() -> None:
    assert _premieres(
        "Copperfield Reach is the new drama from Tamsin Holloway.",
        "Episode 1, with a cameo from Ada Vell, is due on Sunday 14 June.",
    ) == {"2026-06-14"}
