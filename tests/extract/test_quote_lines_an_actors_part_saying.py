"""An actor's part saying the words straight ("Brackwater's Marta Quell said “...”") is a line
of the work, held; a company's person saying them stays a quote."""

from __future__ import annotations

from tests.extract.helpers import facts, served_quotes

_LEDE = "Tamsin Reach landed on Palewick this week and the forum is busy."


def test_an_actors_part_said_the_words() -> None:
    found = facts(
        _LEDE,
        "u/quaylamp · 412 points",
        "Odile Brackwater’s Marta Quell said “go home, the sea is closed” and I lost it.",
    )
    assert served_quotes(found) == []


def test_an_actors_part_says_the_words() -> None:
    found = facts(
        _LEDE,
        "Fenn Orsini is the best thing in it. Every time Orsini’s Jory Vance says, “Not today,” "
        "the whole room groans.",
    )
    assert served_quotes(found) == []


def test_a_companys_person_said_stays_a_quote() -> None:
    found = facts(
        _LEDE,
        "Palewick’s Hana Stroud said “we are thrilled with the first week” on Monday.",
    )
    assert len(served_quotes(found)) == 1
