"""A book made from the show (a tie-in novel, a companion book) is not the book the show is made
from: its author gets no author credit, whether named after "by" or before it (invented
sentences)."""

from __future__ import annotations

from tests.extract.helpers import credits, facts

_TITLE = "Copper Bells season two: everything we know so far"
_LEDE = "Copper Bells returns to screens next spring."


def test_a_tie_in_novel_by_a_name_credits_no_author() -> None:
    found = facts(
        _LEDE,
        "The Copper Bells tie-in novel by Rhoda Finch is out on 3 June. That is the book, not"
        " the series.",
        title=_TITLE,
    )
    assert ("author", "Rhoda Finch") not in credits(found)
    found = facts(_LEDE, "A companion book by Idris Marlowe lands in the autumn.", title=_TITLE)
    assert ("author", "Idris Marlowe") not in credits(found)


def test_an_owners_tie_in_book_credits_no_author() -> None:
    found = facts(_LEDE, "Rhoda Finch's tie-in novel is out on 3 June.", title=_TITLE)
    assert ("author", "Rhoda Finch") not in credits(found)
    found = facts(_LEDE, "Idris Marlowe's Copper Bells companion book is out now.", title=_TITLE)
    assert ("author", "Idris Marlowe") not in credits(found)


def test_the_book_the_show_is_made_from_still_credits_its_author() -> None:
    found = facts(_LEDE, "The series is based on the novel by Rhoda Finch.", title=_TITLE)
    assert ("author", "Rhoda Finch") in credits(found)
    found = facts(_LEDE, "Idris Marlowe's novel sold a million copies.", title=_TITLE)
    assert ("author", "Idris Marlowe") in credits(found)


def test_a_novel_owned_by_another_before_by_credits_the_adapter_as_writer() -> None:
    found = facts(
        _LEDE,
        "The series is adapted from Calla Reeve's 2018 novel by director Osric Fenn and his"
        " co-writer Ysolde Marr.",
        title=_TITLE,
    )
    assert ("author", "Osric Fenn") not in credits(found)
    assert ("writer", "Osric Fenn") in credits(found)
    assert ("author", "Calla Reeve") in credits(found)
    assert ("director", "Osric Fenn") in credits(found)


def test_an_owned_novel_by_a_name_without_adapted_from_credits_no_script() -> None:
    found = facts(_LEDE, "Calla Reeve's favourite novel by Osric Fenn inspired the series.")
    assert ("writer", "Osric Fenn") not in credits(found)


def test_a_novel_by_its_author_still_credits_the_author() -> None:
    found = facts(_LEDE, "The series is adapted from the 2018 novel by Calla Reeve.", title=_TITLE)
    assert ("author", "Calla Reeve") in credits(found)
