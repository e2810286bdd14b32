"""A "she describes" after a "by X" aside is the piece's subject's, not the maker's in it."""

from __future__ import annotations

from tests.extract.helpers import facts, served_quotes


def test_score_by_a_composer_that_she_describes() -> None:
    found = facts(
        "Lia Brent is the star of Low Field.",
        "Much rests on the music, by the Icelandic composer Greta Brunn, that she describes as "
        "“gravel stirred into honey”, and on a turn from Bo Varley.",
    )
    assert served_quotes(found) == [("gravel stirr", "Lia Brent")]


def test_set_by_a_designer_which_he_calls() -> None:
    found = facts(
        "Tomas Reyne leads the cast of Pale Harbour.",
        "The farmhouse set, built by the designer Ulla Marsk, which he describes as “a house with"
        " weather inside”, fills the second act.",
    )
    assert served_quotes(found) == [("a house with", "Tomas Reyne")]
