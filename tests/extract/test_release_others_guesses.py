"""A time that is no fact of the production: a fan's guess told by whoever made it, and another
film someone has in the can (invented text)."""

from __future__ import annotations

from bot.facts import ArticleFacts, ReleaseKind
from tests.extract.helpers import facts


def _windows(found: ArticleFacts) -> list[str | None]:
    return [r.window for r in found.release if r.kind is ReleaseKind.WINDOW and r.served]


def test_whoever_guessed_a_month_states_no_window() -> None:
    found = facts(
        "The streamer confirmed this morning that Cradlewick drops on Friday 17 September 2027.",
        "Whoever said it was coming in June owes me a coffee.",
        date="2027-02-03",
        title="Cradlewick release date announced",
    )
    assert _windows(found) == []


def test_another_film_someone_has_in_the_can_is_not_ours() -> None:
    found = facts(
        "On 17 September, the streamer releases Cradlewick, the film that closes the saga.",
        "Asked about the future, Lira Moss says little. She has another film in the can, "
        "reportedly due next year.",
        date="2027-02-03",
        title="Lira Moss on the end of Cradlewick",
    )
    assert _windows(found) == []
