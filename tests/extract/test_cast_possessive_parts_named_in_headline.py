"""A review's "Actor's Part" where the headline also names the part ("a farewell to Wren and
Ossie"), on invented text: a one-word part the headline writes is read; a two-word name the
headline writes (the work) is not."""

from __future__ import annotations

from tests.extract.helpers import facts, pairs


def test_a_one_word_part_the_headline_names_is_read() -> None:
    for title, text in (
        (
            "Marlow Bay review – a warm, messy farewell to Wren and Ossie",
            "Dana Kell's Wren is off to art school, and Tobi Ade's Ossie is left behind.",
        ),
        (
            "Marlow Bay trailer sets up Wren and Ossie's last summer",
            "Dana Kell’s Wren is packing a car, while Tobi Ade’s Ossie has other plans.",
        ),
    ):
        found = pairs(facts("Marlow Bay arrives on Netflix in May.", text, title=title))
        assert ("Dana Kell", "Wren") in found, (title, found)
        assert ("Tobi Ade", "Ossie") in found, (title, found)


def test_a_two_word_work_the_headline_names_is_not_a_part() -> None:
    found = pairs(
        facts(
            "The cast of Harbour Nights talk first kisses.",
            "Glimmer Plus's Harbour Nights is the summer's big romance.",
            title="The cast of Harbour Nights open up",
        )
    )
    assert not any(part == "Harbour Nights" for _, part in found), found
