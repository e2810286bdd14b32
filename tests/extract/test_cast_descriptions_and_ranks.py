"""A part's description ends where ", and" opens another clause ("returns as Tom's mum, and
Morton hinted ...": Morton is who speaks, not the part), and a two-word rank keeps its first
word ("as Chief Inspector Tom Rudd") (invented sentences)."""

from __future__ import annotations

from tests.extract.helpers import facts, served_pairs

_LEDE = "Brackenfold, the last film of the boarding-school saga, opens on Friday."


def test_a_name_after_comma_and_is_no_part() -> None:
    found = facts(
        _LEDE,
        "Ada Vale returns as Tom’s mum, and Morton hinted that she has the best scene.",
    )
    assert not any(actor == "Ada Vale" for actor, _ in served_pairs(found))


def test_a_name_apposed_to_the_description_is_the_part() -> None:
    found = facts(_LEDE, "Ada Vale returns as Tom’s mum, Ruth, in the new film.")
    assert ("Ada Vale", "Ruth") in served_pairs(found)


def test_a_two_word_rank_keeps_its_first_word() -> None:
    found = facts(_LEDE, "Joining them are Pip Orme as Chief Inspector Tom Rudd.")
    assert ("Pip Orme", "Chief Inspector Tom Rudd") in served_pairs(found)


def test_a_one_word_rank_is_kept_as_before() -> None:
    found = facts(_LEDE, "Joining them is Pip Orme as DS Jo Hale.")
    assert ("Pip Orme", "DS Jo Hale") in served_pairs(found)
