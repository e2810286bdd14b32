"""A credit opening the sentence, "Directed by X (in her first feature), from a script she
co-wrote with Y, ...", makes X a writer as well as the director; an aside that names another
person leaves the pronoun's owner open, so X gets no writing credit (invented articles)."""

from __future__ import annotations

from tests.extract.helpers import facts

_TITLE = "Brackmoor review: a quiet storm on the fells"
_LEDE = "Brackmoor opens in cinemas on Friday."


def _writers(sentence: str) -> set[str]:
    found = facts(_LEDE, sentence, title=_TITLE)
    return {c.name for c in found.crew if c.served and c.role.value == "writer"}


def test_the_fronted_director_wrote_the_script_too() -> None:
    for sentence in (
        "Directed by Ilse Marwick-Dunne in her second feature, from a screenplay she co-wrote"
        " with Tobiah Renn, it follows two shepherds.",
        "Directed by Ilse Marwick-Dunne from a script she wrote over one winter, it stars"
        " Tobiah Renn.",
    ):
        assert "Ilse Marwick-Dunne" in _writers(sentence), sentence


def test_another_name_in_the_aside_leaves_the_writer_open() -> None:
    sentence = (
        "Directed by Ilse Marwick-Dunne in the manner of Corran Holt, from a script she co-wrote,"
        " it follows two shepherds."
    )
    assert "Ilse Marwick-Dunne" not in _writers(sentence)
