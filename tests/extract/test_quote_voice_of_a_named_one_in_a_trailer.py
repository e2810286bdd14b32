"""Quotes on invented text: in a piece about a trailer, "then the voice of Ysolde Carrow: “...”"
gives a line the footage plays, not anyone's quote to the press."""

from __future__ import annotations

from tests.extract.helpers import facts


def test_voice_of_a_named_one_in_a_trailer_is_held() -> None:
    found = facts(
        "The first trailer for Lantern Hollow landed on Tuesday.",
        "Ten seconds of a frozen lake, and then the voice of Ysolde Carrow: “This house was"
        " always going to be yours.” It sets the tone.",
        date="2026-04-02",
        title="Lantern Hollow trailer: everything we spotted",
    )
    assert not any(q.served and q.text.startswith("This house") for q in found.quotes)
