"""Quotes on invented text: a crowd's sound and the second of two names someone is called
are no one's words, never served."""

from __future__ import annotations

from tests.extract.helpers import facts

_LEDE = "Kernow Reach, the drama starring Tamsin Elbury and Wynn Callard, streams from June."


def _served(*paragraphs: str) -> set[str]:
    found = facts(_LEDE, *paragraphs)
    return {q.text for q in found.quotes if q.served}


def test_a_crowd_sound() -> None:
    assert _served(
        "“I cried on the last day,” Elbury said, to a long “aww” from the hall.",
    ) == {"I cried on the last day"}


def test_the_second_of_two_names_fans_call_someone() -> None:
    assert not _served(
        "Q: Fans call you “the Saltmarsh author” as often as “the Hollin Drift author”. Does "
        "that bother you?",
    )
