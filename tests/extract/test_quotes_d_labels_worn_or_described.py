"""Quotes on invented text: a label after "self-described" or "so-called", or after "described
as" with no one credited, is the writer's marks on a type, no one's remark; a person who
describes something "as" words in marks keeps the quote."""

from __future__ import annotations

from tests.extract.helpers import facts, served_quotes

_LEDE = "Podcast host Lindqvist Oduya spent an hour with listeners of the Brindle Lane series."


def test_a_worn_or_described_label_is_no_quote() -> None:
    for line in (
        "Caller Benedek Ashworth-Kaur, a self-described “box-set goblin”, rang in first.",
        "I keep hearing Brindle Lane described as “too gentle”. It is nothing of the sort.",
    ):
        found = facts(_LEDE, line)
        assert not served_quotes(found), served_quotes(found)


def test_a_person_describing_with_a_phrase_keeps_it() -> None:
    line = "Showrunner Maelle Drescott described the finale as “quietly devastating” on Tuesday."
    found = facts(_LEDE, line)
    assert ("quietly deva", "Maelle Drescott") in served_quotes(found)
