"""A "she says" beside someone unnamed, on invented text: the one who acts on the writer may be
"she", so no older subject is credited; one in a clause set after hers does not take her chain."""

from __future__ import annotations

from tests.extract.helpers import served_quote_list


def test_one_who_hands_the_writer_something_is_maybe_she() -> None:
    found = served_quote_list(
        "Tamsin Orrow, the novelist, visits at noon. “I wrote it in a barn,” she tells me.",
        "As I leave, a driver hands me a flask of soup. “You’ll want that later,” she says.",
    )
    assert ("I wrote it in a barn", "Tamsin Orrow") in found
    assert ("You’ll want that later", "") in found, found  # the driver's, maybe: no one named


def test_one_in_a_clause_set_after_hers_does_not_take_her_chain() -> None:
    found = served_quote_list(
        "Marit Quellane has been rained on twice. Between scenes she sits in a van and eats "
        "toast, while a crew member dries a microphone.",
        "“The rain never reads the schedule,” she says.",
    )
    assert found == [("The rain never reads the schedule", "Marit Quellane")], found
