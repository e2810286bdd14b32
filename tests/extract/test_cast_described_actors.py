"""A casting told of the actor by a description ("The actor, who plays Y"): the one full name
the sentence before opens on, or a round-up's heading line naming them alone."""

from __future__ import annotations

from tests.extract.helpers import facts, pairs


def test_the_actor_who_plays_is_the_name_the_sentence_before_opens_on() -> None:
    found = facts(
        "Copper Bay has wrapped.",
        "Ada Vale has shared a farewell too. The actress, who plays Mira Holt, posted a photo "
        "of the harbour set.",
        title="‘Copper Bay’ wraps",
    )
    assert ("Ada Vale", "Mira Holt") in pairs(found)
    second = facts(
        "Copper Bay has wrapped.",
        "Ivo Brandt",
        "The Dutch-born newcomer, 19, who plays Mira’s brother Tobias Holt, "
        "thanked the crew in a long caption.",
        title="‘Copper Bay’ wraps",
    )
    assert ("Ivo Brandt", "Tobias Holt") in pairs(second)


def test_a_name_not_opening_the_sentence_before_is_not_read() -> None:
    found = facts(
        "Copper Bay has wrapped.",
        "A photo posted by Ada Vale drew thousands of replies. The actor, who plays Tobias "
        "Holt, answered some of them.",
        title="‘Copper Bay’ wraps",
    )
    assert all(c.character != "Tobias Holt" for c in found.cast if c.served)
    second = facts(
        "Copper Bay has wrapped.",
        "Ivo Brandt posted a video of the wrap party.",
        "The actor, who plays Tobias Holt, was not in it.",
        title="‘Copper Bay’ wraps",
    )
    assert all(c.character != "Tobias Holt" for c in second.cast if c.served)
