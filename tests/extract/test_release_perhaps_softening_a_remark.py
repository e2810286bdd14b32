"""A "perhaps" that softens the writer's remark ("perhaps it is no surprise that ...") does not
hedge a release date told in the same sentence; a "perhaps" about the date still does."""

from __future__ import annotations

from tests.extract.helpers import release_kinds

_TITLE = "Copper Bay tops the German chart"


def test_perhaps_no_surprise_leaves_the_date_plain() -> None:
    for sentence in (
        "Perhaps it is no surprise that Copper Bay, released on Prime Video on Friday 6 March,"
        " went straight to the top of the German chart.",
        "Copper Bay, perhaps unsurprisingly, topped the chart after it premiered on 6 March.",
    ):
        found = release_kinds(sentence, date="2026-03-10", title=_TITLE)
        assert ("premiere_date", "2026-03-06", False) in found, sentence


def test_perhaps_about_the_date_still_hedges() -> None:
    found = release_kinds(
        "Copper Bay will perhaps premiere on 6 March.", date="2026-01-10", title=_TITLE
    )
    assert ("premiere_date", "2026-03-06", False) not in found
