"""A name the opening tells with its kind ("Channel 5's new drama X") is the page's title only
where some use of it stands in the page's own sentences: one told only as a profile's other
show, in sentences the context already gives another work, is no title of the page."""

from __future__ import annotations

from bot.facts import ArticleFacts, ReleaseKind
from tests.extract.helpers import facts

_TITLE = "Mairead Oyelaran: ‘I stopped being the nice one’"


def _titles(found: ArticleFacts) -> set[str]:
    return {r.title or "" for r in found.release if r.kind is ReleaseKind.TITLE and r.served}


def test_a_name_only_told_as_another_shows_is_no_title() -> None:
    found = facts(
        "Mairead Oyelaran leads Channel 5’s new drama The Salt Lamps, but the Tin Harbour star"
        " says Rosa stays with her.",
        "Now she is the lead of Channel 5’s three-part drama The Salt Lamps, as a pilot.",
        "The Salt Lamps is written by Petra Vasquez-Holm and directed by Ivo Strand.",
        "She has just finished filming the Tin Harbour film, which wrapped in March.",
        date="2026-02-02",
        title=_TITLE,
    )
    assert "The Salt Lamps" not in _titles(found)


def test_a_name_also_told_as_the_pages_own_is_the_title() -> None:
    found = facts(
        "Mairead Oyelaran leads Channel 5’s new drama The Salt Lamps, a tale of river pilots.",
        "She spent a winter on the water for The Salt Lamps, which starts on 4 May.",
        date="2026-02-02",
        title=_TITLE,
    )
    assert "The Salt Lamps" in _titles(found)
