"""A credit the person reports of themselves: "X also confirmed to the BBC that she's writing all
six episodes again", "Y revealed to Radio Times that he is directing every episode"; a memoir or
another object is no credit (invented sentences)."""

from __future__ import annotations

from tests.extract.helpers import credits, facts

_LEDE = "Filming on Harbour Lights wrapped."


def test_a_first_name_confirming_she_writes_every_episode_is_the_writer() -> None:
    found = facts(
        _LEDE,
        "Dana Pike posted a photo of the cast.",
        "Dana also confirmed to the BBC that she's writing all six episodes again, and that "
        "Ibrahim Haddad is back as composer.",
    )
    assert ("writer", "Dana Pike") in credits(found)


def test_a_name_revealing_he_directs_every_episode_is_the_director() -> None:
    found = facts(_LEDE, "Tom Reyes revealed to Radio Times that he is directing every episode.")
    assert ("director", "Tom Reyes") in credits(found)


def test_reporting_another_kind_of_writing_is_no_credit() -> None:
    found = facts(_LEDE, "Ada Quince revealed that she is writing a memoir about the shoot.")
    assert not credits(found)
