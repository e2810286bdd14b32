"""A "with A as <post> and B as <post>" credit line credits both people, each with their post."""

from __future__ import annotations

from tests.extract.helpers import facts, served_credits


def test_a_second_name_and_post_after_with_as() -> None:
    for sentence in (
        "It is produced by Lark Films, with Ivo Brandt as producer and Odile Pemberton-Rask as "
        "executive producer.",
        "The film is made by Lark Films, with Ivo Brandt as producer and Odile Pemberton-Rask as "
        "the executive producer.",
    ):
        found = served_credits(facts("The Kettle Beacon adds three to its cast.", sentence))
        assert ("producer", "Ivo Brandt") in found, sentence
        assert ("executive_producer", "Odile Pemberton-Rask") in found, sentence


def test_a_part_after_the_second_as_is_no_post() -> None:
    found = facts(
        "The Kettle Beacon adds three to its cast.",
        "It stars Mae Corrin, with Ivo Brandt as producer and Odile Pemberton-Rask as Nell.",
    )
    assert not {name for _, name in served_credits(found)} & {"Odile Pemberton-Rask"}
