"""A "she says" after a sentence that names a newcomer only once the same "she" is already in
use ("which she shoots under director X"): the newcomer is not who the pronoun stands for."""

from __future__ import annotations

from tests.extract.helpers import facts, served_quotes

_LEDE = "Rising star Ada Quellmoor has had a busy year."
_EARLIER = "She grew up in Leeds. “I was always the understudy,” she says."


def test_a_director_named_after_she_in_the_sentence_before_is_not_she() -> None:
    found = facts(
        _LEDE,
        _EARLIER,
        "Next up is the thriller Blue Harbour, which she shoots in Hull next spring under "
        "director Ines Vantongeren. “At last,” she says, grinning.",
    )
    assert served_quotes(found)[-1] == ("At last", "Ada Quellmoor")


def test_nor_across_a_sentence_the_same_she_opens() -> None:
    found = facts(
        _LEDE,
        _EARLIER,
        "After that comes a stage run, which she rehearses in March with the playwright Nell "
        "Ashgrove-Tully. She will play a nurse. “A lead, finally,” she says. “Not the sister.”",
    )
    assert served_quotes(found)[-2:] == [
        ("A lead, fina", "Ada Quellmoor"),
        ("Not the sist", "Ada Quellmoor"),
    ]


def test_a_newcomer_named_with_no_she_before_is_still_she() -> None:
    found = facts(
        "The band’s new album arrives in June.",
        "Much of its sound comes from the producer Ida Brennock-Vail, whose strings fill every "
        "track. “I wanted it to feel like weather,” she says.",
    )
    assert served_quotes(found) == [("I wanted it ", "Ida Brennock-Vail")]
