"""Words cited "as X puts it" are X's whatever the verb's tense ("puts it" as "put it"), and
whether a clause stands between the aside and the quote or the aside follows it."""

from __future__ import annotations

from tests.extract.helpers import facts


def _served(found):
    return [(q.text[:14], q.speaker) for q in found.quotes if q.served]


def test_as_someone_puts_it_before_a_clause_is_theirs() -> None:
    found = facts(
        "Dev Marlow and Owen Tate star in Harbour Lights, filming this spring.",
        "“It was long,” Tate says. Neither thinks the show defines them, but, as Marlow puts "
        "it, it is “the thing that raised us”.",
    )
    assert _served(found) == [("It was long", "Owen Tate"), ("the thing that", "Dev Marlow")]


def test_as_someone_puts_it_after_the_words_is_theirs() -> None:
    found = facts(
        "Dev Marlow and Owen Tate star in Harbour Lights, filming this spring.",
        "The last day was “a blur of rain and biscuits”, as Tate puts it.",
    )
    assert _served(found) == [("a blur of rain", "Owen Tate")]


def test_the_past_tense_still_reads_as_before() -> None:
    found = facts(
        "Dev Marlow and Owen Tate star in Harbour Lights, filming this spring.",
        "As Tate put it, it is “the thing that fed us”.",
    )
    assert _served(found) == [("the thing that", "Owen Tate")]
