"""An actor with their part in brackets and a reflexive, on invented text."""

from __future__ import annotations

from tests.extract.helpers import facts, pairs

_LEDE = "Copper Bay fans have spotted something in the show's online shop."


def test_actor_then_the_part_itself_in_brackets() -> None:
    for text, pair in (
        (
            "Dora Penn (Agatha herself) replied to the post with a winking face.",
            ("Dora Penn", "Agatha"),
        ),
        ("Silas Orme (Bea himself!) shared the picture too.", ("Silas Orme", "Bea")),
    ):
        assert pair in pairs(facts(_LEDE, text))


def test_a_reflexive_after_a_name_that_is_no_part_stays_silent() -> None:
    found = pairs(facts(_LEDE, "Dora Penn (the woman herself) replied with a winking face."))
    assert not any(actor == "Dora Penn" for actor, _ in found)
