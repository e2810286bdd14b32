"""A book a strand of the plot is about ("a subplot involving X’s first novel") is a part's
book in the story, no author's credit (invented sentences)."""

from __future__ import annotations

from tests.extract.helpers import credits, facts

_TITLE = "Review: Harbour Lights is a warm goodbye"


def test_a_subplot_involving_a_parts_novel_names_no_author() -> None:
    found = facts(
        "The finale is tender, though a subplot involving Corwin’s first novel feels rushed.",
        title=_TITLE,
    )
    assert not any(role == "author" for role, _ in credits(found))


def test_a_film_adapted_from_an_authors_novel_keeps_the_author() -> None:
    found = facts(
        "The film, adapted from Maelle Ostrow’s first novel, is tender.",
        title=_TITLE,
    )
    assert ("author", "Maelle Ostrow") in credits(found)
