"""Quotes on invented text: a crowd ("Several hundred fans") named before words with no speech
verb of their own is not their speaker."""

from __future__ import annotations

from tests.extract.helpers import facts, served_quotes


def test_words_after_a_crowd_are_no_ones() -> None:
    for line in (
        "One of them, 19-year-old Lio from Arnsfeld, said: “I cried from minute ten.”",
        "“I cried from minute ten. My dad cried too.”",
    ):
        found = facts(
            "Skellmoor Quay arrives in May.",
            f"Several hundred fans had already seen the film at a preview. {line}",
            date="2026-03-01",
        )
        served = served_quotes(found)
        assert all(speaker != "Several hundred fans" for _, speaker in served), served
