"""An awards piece that quotes the film's title before or after its maker's possessive: "“Title”,
X's drama about ..., leads the nominations with six, including best director" and "X's “Title”
picked up five nods, including best director" credit X as director; another quoted film's maker
is still no credit (invented sentences)."""

from __future__ import annotations

from tests.extract.helpers import served_crew

_TITLE = "‘Saltmarsh Hymn’ leads the Harbour Film Awards nominations"
_LEDE = "A quiet coastal drama picked up the most nominations for the Harbour Film Awards."


def test_quoted_title_then_the_makers_possessive() -> None:
    found = served_crew(
        _LEDE,
        "“Saltmarsh Hymn”, Ottoline Brisk’s quiet drama about a lighthouse keeper, leads the "
        "nominations with six, including best film and best director.",
        title=_TITLE,
    )
    assert ("director", "Ottoline Brisk") in found


def test_makers_possessive_then_the_quoted_title() -> None:
    found = served_crew(
        _LEDE,
        "Ottoline Brisk’s “Saltmarsh Hymn” picked up five nods, including best director.",
        title=_TITLE,
    )
    assert ("director", "Ottoline Brisk") in found


def test_another_quoted_films_maker_is_no_credit() -> None:
    found = served_crew(
        _LEDE,
        "Saltmarsh Hymn leads the field, ahead of “Copper Lane”, Jory Fenwick’s thriller, which "
        "has four nominations including best director.",
        title=_TITLE,
    )
    assert ("director", "Jory Fenwick") not in found


def test_a_screenplay_nomination_for_a_name_in_the_same_sentence() -> None:
    found = served_crew(
        _LEDE,
        "“Saltmarsh Hymn”, Ottoline Brisk’s quiet drama about a lighthouse keeper, leads the "
        "nominations with six, including best director and best screenplay for Linus Carrow.",
        title=_TITLE,
    )
    assert ("writer", "Linus Carrow") in found
    found = served_crew(
        _LEDE,
        "Ottoline Brisk’s “Saltmarsh Hymn” picked up five nods, including best director and "
        "best original screenplay for Wren Halloway.",
        title=_TITLE,
    )
    assert ("writer", "Wren Halloway") in found
