"""Quotes on invented text: a report's description of its unnamed source, in marks ("the
paper's “source close to the production”"), is no quote; what that source said stays one."""

from __future__ import annotations

from tests.extract.helpers import facts, served_quotes


def test_a_quoted_source_description_is_no_quote() -> None:
    found = facts(
        "A Sunday paper reported that Brinmoor had slipped.",
        'According to the paper\'s "source close to the production", some scenes were to be'
        " reshot in March.",
    )
    assert not served_quotes(found), served_quotes(found)


def test_what_the_source_said_is_still_quoted() -> None:
    found = facts(
        "A Sunday paper reported that Brinmoor had slipped.",
        "Ilsabet Vaskey said: “We are reshooting two scenes in March, nothing more.”",
    )
    assert served_quotes(found) == [("We are resho", "Ilsabet Vaskey")]
