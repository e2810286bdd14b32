"""Quotes on invented text: an actor set ", as" their part between commas, speaking in the
present, says a line of the work, which is held; an actor speaking in a capacity ("as the
show's producer") keeps their words."""

from __future__ import annotations

from tests.extract.helpers import facts

_CAST = "Lantern Row stars Ada Vale as Dessa Moor and Kai Moss as Orvo Lund."


def _quote(line: str, text: str):  # type: ignore[no-untyped-def]
    found = facts(_CAST, line, date="2026-05-11", title="Lantern Row teaser: six things we saw")
    return next(q for q in found.quotes if q.text.startswith(text))


def test_an_actor_as_a_cast_part_speaking_is_held() -> None:
    for line in (
        "Ada Vale, as Dessa, mutters: “Nobody ever rings first in this town.”",
        "Kai Moss, as Orvo, quietly says, “You can keep the boat.”",
    ):
        words = line.split("“")[1][:10]
        assert not _quote(line, words).served, line


def test_an_actor_as_a_parts_relative_deadpanning_is_held() -> None:
    for verb in ("deadpans:", "sighs"):
        line = f"Mina Roe, as Dessa's aunt, {verb} “Nobody tells me a thing in this house.”"
        assert not _quote(line, "Nobody tells").served, verb


def test_an_actor_in_a_capacity_keeps_their_words() -> None:
    line = "Ada Vale, as the show's producer, says: “We shot every scene in Hull.”"
    quote = _quote(line, "We shot every")
    assert quote.served and quote.speaker == "Ada Vale"
