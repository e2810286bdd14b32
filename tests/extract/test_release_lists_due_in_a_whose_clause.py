"""An awards body's lists due at a time, told in a clause on the body ("for the Harrier Awards,
whose shortlists are due in late March"), date the lists, not the film; a release window told
in its own sentence is still the film's."""

from __future__ import annotations

from tests.extract.helpers import release_kinds

_TITLE = "Copper Bay makes its awards push"


def test_lists_due_in_a_whose_clause_are_no_window() -> None:
    found = release_kinds(
        "Its distributor is campaigning hard for the Harrier Awards, whose shortlists are due in"
        " late March.",
        date="2026-11-10",
        title=_TITLE,
    )
    assert not any(kind == "window" for kind, _, _ in found), found


def test_a_release_window_in_its_own_sentence_stays() -> None:
    found = release_kinds(
        "Copper Bay will open in US cinemas in March 2027.", date="2026-11-10", title=_TITLE
    )
    assert ("window", "2027-03", False) in found
