"""A credit in the aside on the sentence's opening unnamed work ("The film, directed by X and
written by Y, follows a ..., played by Z") is ours, though a "played by" later in the sentence
seems to make Y a part; no one is cast as the writer (invented articles)."""

from __future__ import annotations

from tests.extract.helpers import facts

_TITLE = "Salt Shore: the composer"
_LEDE = "Niamh Ferrow wrote the music for Salt Shore on an old harmonium."


def test_the_aside_credits_stand() -> None:
    found = facts(
        _LEDE,
        "The film, directed by Tomas Wren-Hale and written by Ailsa Garrow, follows a widowed"
        " fisherman, played by Brendan Keel-Doyle, and his grandson.",
        title=_TITLE,
    )
    credits = {(c.name, c.role.value) for c in found.crew if c.served}
    assert {("Tomas Wren-Hale", "director"), ("Ailsa Garrow", "writer")} <= credits
    assert not [c for c in found.cast if c.served and c.character == "Ailsa Garrow"]


def test_without_the_played_by_it_stands_too() -> None:
    found = facts(
        _LEDE,
        "The film, directed by Tomas Wren-Hale and written by Ailsa Garrow, follows a fisherman.",
        title=_TITLE,
    )
    assert ("Ailsa Garrow", "writer") in {(c.name, c.role.value) for c in found.crew if c.served}
