"""A writer adapting some chapters or the closing pages of their own books is their author
(invented sentences): "X wrote the screenplay, adapting the final chapters of her graphic
novels", "X, adapting the closing pages of his novels, has ..."."""

from __future__ import annotations

from tests.extract.helpers import credits, facts

_TITLE = "Orchard Hours film adds three"
_LEDE = "Orchard Hours, the film, is out in May."


def test_adapting_chapters_of_their_own_books_is_their_author() -> None:
    for sentence in (
        "Ada Greaves wrote the screenplay, adapting the final chapters of her graphic novels.",
        "Ada Greaves, adapting the closing pages of her novels, has always understood the pair.",
        "Ada Greaves wrote the script, adapting the last two volumes of her comics.",
    ):
        found = credits(facts(_LEDE, sentence, title=_TITLE))
        assert ("author", "Ada Greaves") in found, sentence
        assert ("writer", "Ada Greaves") in found, sentence


def test_adapting_chapters_of_anothers_books_is_no_author() -> None:
    found = credits(
        facts(
            _LEDE,
            "Ada Greaves wrote the screenplay, adapting the final chapters of Ivo Brandt's novels.",
            title=_TITLE,
        )
    )
    assert ("author", "Ada Greaves") not in found


def test_a_credit_lines_bracketed_source_of_their_own_is_their_author() -> None:
    for line in (
        "Written by: Ada Greaves (based on her graphic novels)",
        "Screenplay by Ada Greaves (based on his own novel)",
    ):
        found = credits(facts(_LEDE, "The credits, in brief.", line, title=_TITLE))
        assert ("author", "Ada Greaves") in found, line
