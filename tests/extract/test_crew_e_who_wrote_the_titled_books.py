"""The source's author in a "who" clause that names the books by the production's title: "X,
who created the show and wrote the Title graphic novels" credits X as author; the books of
another title (not the headline's) credit nobody."""

from __future__ import annotations

from tests.extract.helpers import credits, facts

_LEDE = (
    "Netflix confirmed that Larkmoor Veil would end with a film. Hester Quillane's series ran for "
    "three seasons."
)
_TITLE = "Larkmoor Veil film wraps: everything we know"


def test_who_wrote_the_titled_books_credits_the_author() -> None:
    found = facts(
        _LEDE,
        "Quillane, who created the show and wrote the Larkmoor Veil graphic novels, has written "
        "the screenplay.",
        title=_TITLE,
    )
    assert {("author", "Hester Quillane"), ("writer", "Hester Quillane")} <= credits(found)


def test_who_wrote_another_titles_books_credits_nobody() -> None:
    found = facts(
        _LEDE,
        "Dorrit Penhale, who wrote the Frostwick Harbour novels, visited the set in May.",
        title=_TITLE,
    )
    assert ("author", "Dorrit Penhale") not in credits(found)
