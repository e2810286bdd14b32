"""The word someone addresses a whole group by, in marks, is a habit described, not a quote;
a word someone calls one person stays theirs."""

from __future__ import annotations

from tests.extract.helpers import facts, served_quotes


def test_a_word_for_everyone_is_no_quote() -> None:
    found = facts(
        "Filming on Marrowfield began in Whitby this week.",
        "Director Hollis Varga is everywhere at once. She calls everyone “petal” and, by the "
        "second week, so do the runners.",
    )
    assert served_quotes(found) == []


def test_a_word_for_the_whole_crew_is_no_quote() -> None:
    found = facts(
        "Filming on Marrowfield began in Whitby this week.",
        "The producer Teodor Kallis called the whole crew “champ” for three months.",
    )
    assert served_quotes(found) == []


def test_a_word_for_one_person_stays_a_quote() -> None:
    found = facts(
        "Filming on Marrowfield began in Whitby this week.",
        "Hollis Varga called the script “fearless” when she read it.",
    )
    assert len(served_quotes(found)) == 1
