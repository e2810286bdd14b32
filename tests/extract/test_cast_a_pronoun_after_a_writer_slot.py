"""A pronoun casting ("She plays Y") after a sentence whose one name is the work's writer
("from writer X") does not mean the writer: held silent. An actor-writer is still read.
Invented text."""

from __future__ import annotations

from tests.extract.helpers import facts, served_pairs

_LEDE = "The Brannoch drama has started shooting, the studio said on Monday."


def test_a_writer_is_not_whom_the_pronoun_means() -> None:
    found = facts(
        _LEDE,
        "The lead of Brannoch was chosen by writer Odile Ferracane last spring. She plays "
        "Tamsin Quell, a ferry pilot.",
    )
    assert ("Odile Ferracane", "Tamsin Quell") not in served_pairs(found)


def test_an_actor_writer_is_still_whom_the_pronoun_means() -> None:
    found = facts(
        _LEDE,
        "Mawle said the shoot was cold.",
        "The lead of Brannoch is actor-writer Perrin Mawle, whose script won a prize. He plays "
        "Lowry Dunmarsh, a ferry pilot.",
    )
    assert ("Perrin Mawle", "Lowry Dunmarsh") in served_pairs(found)
