"""A "the <post> is X" credit after a fronted word that sets the work against earlier runs with no
comma ("This time the director is X", "Now the writer is X") credits X like the bare sentence;
the past tense ("Back then the director was X") stays uncredited (invented articles)."""

from __future__ import annotations

from tests.extract.helpers import facts

_TITLE = "Harrowmere: on set with the film"
_LEDE = "The Harrowmere film opens in cinemas in May."


def _credits(*sentences: str) -> set[tuple[str, str]]:
    found = facts(_LEDE, *sentences, title=_TITLE).crew
    return {(c.role.value, c.name) for c in found if c.served}


def test_this_time_the_post_is() -> None:
    found = _credits(
        "The first two seasons were shot on one farm, with Odran Pike directing those seasons.",
        "This time the director is Mirela Stanhope.",
    )
    assert ("director", "Mirela Stanhope") in found
    assert ("director", "Odran Pike") not in found


def test_now_the_post_is() -> None:
    assert ("writer", "Mirela Stanhope") in _credits("Now the writer is Mirela Stanhope.")


def test_past_tense_after_a_fronted_word_stays_uncredited() -> None:
    assert ("director", "Odran Pike") not in _credits("Back then the director was Odran Pike.")
