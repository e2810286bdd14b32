"""A name that is both the actor and the part is never a casting: an interviewee naming a
colleague twice ("Ada — Ada Quill, who plays ...") gives no "Ada Quill as Ada Quill"."""

from __future__ import annotations

from tests.extract.helpers import facts, pairs


def _self_cast(found: set[tuple[str, str]]) -> set[tuple[str, str]]:
    return {(actor, part) for actor, part in found if actor == part}


def test_a_first_name_then_the_full_name_is_no_casting() -> None:
    found = pairs(
        facts(
            "Petra Lindqvist talks to us about the last days on the set of Harrow Lane.",
            "Q: Who made you laugh?",
            "Marguerite — Marguerite Olawale, who plays Doctor Fenwick. She is a delight.",
        )
    )
    assert not _self_cast(found)


def test_a_dash_repeating_a_name_in_a_list_answer_is_no_casting() -> None:
    found = pairs(
        facts(
            "Filming on Harrow Lane wrapped in Hull this week.",
            "Q: Who was the biggest surprise?",
            "Honestly? Tobiah — Tobiah Renwick-Ash, who plays the headmaster Mr Crane.",
        )
    )
    assert not _self_cast(found)
