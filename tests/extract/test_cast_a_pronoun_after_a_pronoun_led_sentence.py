"""A pronoun casting ("She plays Y") after a sentence whose own subject is that pronoun means
that subject, not a name later in that sentence: held silent. The one name of a sentence before
is still read. Invented text."""

from __future__ import annotations

from tests.extract.helpers import facts, served_pairs

_LEDE = "The Brannoch drama has started shooting, the studio said on Monday."


def test_a_pronoun_goes_on_from_a_pronoun_subject_not_a_name() -> None:
    found = facts(
        _LEDE,
        "Perrin Mawle plays Lowry Dunmarsh, and Mawle said the shoot was cold.",
        "Two years ago she was working in a bakery. Today she is the lead of Brannoch, "
        "opposite Perrin Mawle. She plays Tamsin Quell, a ferry pilot.",
    )
    served = served_pairs(found)
    assert ("Perrin Mawle", "Tamsin Quell") not in served
    assert ("Perrin Mawle", "Lowry Dunmarsh") in served


def test_the_one_name_before_is_still_read() -> None:
    found = facts(
        _LEDE,
        "Perrin Mawle has been cast in Brannoch. He plays Lowry Dunmarsh, a ferry pilot.",
    )
    assert ("Perrin Mawle", "Lowry Dunmarsh") in served_pairs(found)
