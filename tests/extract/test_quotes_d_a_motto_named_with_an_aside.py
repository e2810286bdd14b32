"""Quotes on invented text: words given as a crew's motto or slogan, even with an aside on the
motto before its verb, are named, not said; a motto someone says is theirs keeps its teller."""

from __future__ import annotations

from tests.extract.helpers import facts, served_quotes

_LEDE = "Day nine of the Corrowhail shoot, and the rain has not stopped, Idris Vantongeren reports."


def test_a_motto_with_an_aside_is_no_quote() -> None:
    for line in (
        "The unit’s unofficial motto, painted on the generator truck, is ‘Keep the kettle on’.",
        "Their slogan, stitched onto every crew hoodie, was “Mud is temporary”.",
    ):
        found = facts(_LEDE, line)
        assert not served_quotes(found), served_quotes(found)


def test_a_motto_with_a_teller_in_the_aside_stays_a_quote() -> None:
    line = "Her motto, Idris Vantongeren says, is “Never film before the tea arrives.”"
    found = facts(_LEDE, line)
    assert served_quotes(found), found.quotes


def test_a_persons_motto_stays_their_saying() -> None:
    line = (
        "Her co-star Wendeline Osei joked that Vantongeren’s motto was “if it rains, roll anyway.”"
    )
    found = facts(_LEDE, line)
    assert any(text.startswith("if it rains") for text, _ in served_quotes(found)), found.quotes
