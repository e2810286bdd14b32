"""A fan's scene told with a time in the story before "when" ("the kitchen scene near the end,
when she says “...”") or a bare comma before "in which": the part's line in the work, held; the
same present-tense words told of an interview stay the speaker's."""

from __future__ import annotations

from tests.extract.helpers import facts

_LEDE = "The Kellow Down episode one discussion thread is open. Spoilers ahead, obviously."


def _served(*paragraphs: str) -> dict[str, bool]:
    return {q.text: q.served for q in facts(_LEDE, *paragraphs).quotes}


def test_a_scene_near_the_end_when_she_says_is_the_works_line() -> None:
    found = _served(
        "Tamsin Orlo is terrifying in this. The boathouse scene near the end, when she quietly"
        " says “Nobody leaves the island twice” and smiles? I screamed.",
    )
    assert found.get("Nobody leaves the island twice") is False, found


def test_a_scene_with_a_comma_before_in_which_is_the_works_line() -> None:
    found = _served(
        "Hale Dunmore gets the best moment: the harbour scene, in which he tells her “Row"
        " faster, the tide won't wait” while the lamps go out.",
    )
    assert found.get("Row faster, the tide won't wait") is False, found


def test_words_told_to_the_writer_stay_a_quote() -> None:
    found = _served(
        "I met Tamsin Orlo after the screening. “I cried reading the last page,” she says.",
    )
    assert found.get("I cried reading the last page,") or found.get(
        "I cried reading the last page"
    ), found
