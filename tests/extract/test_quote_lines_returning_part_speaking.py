"""Quotes on invented text: an actor "back as" (or "again as") a part, telling someone a line
in the present, speaks the work's line, which is held; an actor back in a capacity keeps their
words."""

from __future__ import annotations

from tests.extract.helpers import facts

_CAST = "Lantern Row stars Ada Vale as Dessa Moor and Kai Moss as Orvo Lund."


def _quote(line: str, text: str):  # type: ignore[no-untyped-def]
    found = facts(_CAST, line, date="2026-05-11", title="Lantern Row teaser: six things we saw")
    return next((q for q in found.quotes if q.text.startswith(text)), None)


def test_an_actor_back_as_a_part_telling_a_line_is_held() -> None:
    for line in (
        "Mina Roe, back as Orvo's aunt, tells her nephew “Nobody rings first in this town.”",
        "Ada Vale, again as Dessa, tells him “You can keep the boat, love.”",
    ):
        words = line.split("“")[1][:10]
        quote = _quote(line, words)
        assert quote is None or not quote.served, line


def test_an_actor_back_in_a_capacity_keeps_their_words() -> None:
    line = "Ada Vale, back as the show's producer, says: “We shot every scene in Hull.”"
    quote = _quote(line, "We shot every")
    assert quote is not None and quote.served and quote.speaker == "Ada Vale"
