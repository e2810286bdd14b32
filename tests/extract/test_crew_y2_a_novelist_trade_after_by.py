"""A novelist's trade told after a credit's "by" is who they are, not a source's author
(invented sentences)."""

from __future__ import annotations

from tests.extract.helpers import credits, facts

_TITLE = "Tidemark: the coastal thriller starts filming in Devon"
_LEDE = "Tidemark, a new eight-part thriller for Channel 4, started filming in Devon this week."


def test_a_novelist_who_created_an_original_series_is_no_author() -> None:
    found = facts(
        _LEDE,
        "The drama, devised and written by Devon novelist Corinne Abbotsley and directed by"
        " Teodor Vance, follows a coastguard who finds a drifting yacht.",
        title=_TITLE,
    )
    assert ("writer", "Corinne Abbotsley") in credits(found)
    assert ("director", "Teodor Vance") in credits(found)
    assert ("author", "Corinne Abbotsley") not in credits(found)


def test_a_novelist_adapting_her_own_book_stays_the_author() -> None:
    found = facts(
        _LEDE,
        "The drama is written by Devon novelist Corinne Abbotsley, adapting her own 2020 novel,"
        " and directed by Teodor Vance.",
        title=_TITLE,
    )
    assert ("author", "Corinne Abbotsley") in credits(found)


def test_a_novelist_in_an_adapted_story_stays_the_author() -> None:
    found = facts(
        _LEDE,
        "The drama is written by Devon novelist Corinne Abbotsley and directed by Teodor Vance.",
        "It is based on the bestselling thriller she published in 2021.",
        title=_TITLE,
    )
    assert ("author", "Corinne Abbotsley") in credits(found)
