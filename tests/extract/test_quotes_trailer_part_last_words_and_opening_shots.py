"""Quotes on invented text: an actor "as" a part getting the last word of a trailer, and a
trailer opening on a shot as someone in it speaks, give the work's lines, never served; an
actor "as ever" getting the last word is still quoted."""

from __future__ import annotations

from tests.extract.helpers import facts

_LEDE = "Kernow Reach, the drama starring Tamsin Elbury and Wynn Callard, streams from June."


def _served(*paragraphs: str) -> set[str]:
    found = facts(_LEDE, *paragraphs)
    return {q.text for q in found.quotes if q.served}


def test_an_actor_as_a_part_getting_the_last_word_of_a_trailer() -> None:
    assert not _served(
        "The trailer landed on Monday. Callard is brooding, and Tamsin Elbury, as Idris Pellor, "
        "gets the last word: “Nobody leaves the harbour twice.”",
    )


def test_the_last_word_of_an_interview_stays_a_quote() -> None:
    assert _served(
        "The trailer landed on Monday. Tamsin Elbury, as ever, gets the last word: “We made "
        "something kind.”",
    ) == {"We made something kind."}


def test_a_trailer_opening_on_a_shot_as_someone_speaks() -> None:
    assert not _served(
        "The teaser opens on Pellor alone in a lighthouse at dawn as a stranger tells her, “You "
        "left the lamp burning for me.” It cuts to rain.",
    )
