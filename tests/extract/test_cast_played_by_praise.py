"""A word of praise between "played by the" and the actor keeps the casting, on invented text."""

from __future__ import annotations

from tests.extract.helpers import facts, pairs

_LEDE = "The first trailer for Salt Road landed on Thursday."


def test_played_by_the_praised_actor_is_a_casting() -> None:
    for text, pair in (
        (
            "On the way they meet a drifter, Otto, played by the brilliant Sunniva Okonjo-Reyes.",
            ("Sunniva Okonjo-Reyes", "Otto"),
        ),
        (
            "Their landlady Mrs Pell, played by the wonderful Ines Darrow, steals every scene.",
            ("Ines Darrow", "Mrs Pell"),
        ),
    ):
        assert pair in pairs(facts(_LEDE, text))


def test_a_relative_after_played_by_the_is_no_actor() -> None:
    found = pairs(facts(_LEDE, "Otto, played by the great-nephew of Ines Darrow, is new."))
    assert ("Ines Darrow", "Otto") not in found
