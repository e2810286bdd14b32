"""The next episode's day, told under a page on one already out, is no premiere; the first
episode's day still is."""

from __future__ import annotations

from bot.extract.release_later_episodes import later_episode


def test_the_next_episode_is_a_later_one() -> None:
    assert later_episode("Coming up: the next episode, “Tin Gulls”, airs on")


def test_the_following_episode_is_a_later_one() -> None:
    assert later_episode("The following episode goes out on")


def test_the_opening_episode_is_the_premiere() -> None:
    assert not later_episode("The opening episode airs on")
