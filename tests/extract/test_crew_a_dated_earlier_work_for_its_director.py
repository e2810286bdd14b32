"""A profile's dated earlier work and whom it was made for ("among them Salt Weir (2021) for the
Danish director X") names that work's director, not the article's; a sentence on the film's own
director keeps the credit (invented articles)."""

from __future__ import annotations

from tests.extract.helpers import facts

_TITLE = "Meet the cinematographer behind Larkspur Row"
_LEDE = "Ines Parvell shot Larkspur Row, the film that closes the BBC series, out in May."


def _directors(sentence: str) -> set[str]:
    found = facts(_LEDE, sentence, title=_TITLE)
    return {c.name for c in found.crew if c.served and c.role.value == "director"}


def test_a_dated_earlier_works_director_is_no_credit() -> None:
    for sentence in (
        "She came to the film after a run of smaller features, among them Salt and Weir (2021)"
        " for the Danish director Jens Aldgate.",
        "Her credits include Grey Orchard (2019) for director Jens Aldgate.",
    ):
        assert "Jens Aldgate" not in _directors(sentence), sentence


def test_the_films_own_director_keeps_the_credit() -> None:
    sentence = "Her collaboration with director Jens Aldgate started with a rule."
    assert "Jens Aldgate" in _directors(sentence)
