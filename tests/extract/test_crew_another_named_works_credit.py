"""A credit hung on another named work is that work's, not the article's: a title set off after
"hit" or "smash" ("the folk-horror hit Tin Acre, directed by X"), a title glossed with a maker's
name of more than one word ("Tin Acre, the Ada Vale drama directed by X"), and a dub's own
director. The article's own title in the same shapes keeps its credit (invented articles)."""

from __future__ import annotations

from tests.extract.helpers import facts

_TITLE = "Gullwater opens to strong previews"
_LEDE = (
    "Fernhall Pictures’ new drama, officially titled Gullwater, took £1.2m in previews on Friday."
)


def _served_crew(*paragraphs: str) -> set[str]:
    found = facts(_LEDE, *paragraphs, title=_TITLE)
    return {c.name for c in found.crew if c.served}


def test_a_credit_on_another_named_work_is_not_ours() -> None:
    for sentence, maker in (
        (
            "The chart was topped again by folk-horror hit Gannet Ridge, directed by Priya Lomond,"
            " which added £2.4m.",
            "Priya Lomond",
        ),
        (
            "The chart was topped again by the smash Copper Lane, written by Bettina Sorrel, which"
            " added £1m.",
            "Bettina Sorrel",
        ),
        (
            "The comparison analysts reach for is Brine, the Ted Falk drama directed by Osric"
            " Penhale, which launched in 2024.",
            "Osric Penhale",
        ),
    ):
        assert maker not in _served_crew(sentence), sentence


def test_the_articles_own_title_in_those_shapes_keeps_its_credit() -> None:
    for sentence, maker in (
        ("Gullwater, directed by Tobias Wren, opens nationwide on Friday.", "Tobias Wren"),
        (
            "The chart was topped by the surprise hit Gullwater, directed by Tobias Wren, which"
            " took £1.2m.",
            "Tobias Wren",
        ),
    ):
        assert maker in _served_crew(sentence), sentence


def test_a_dubs_director_is_not_the_works() -> None:
    for sentence in (
        "The Spanish dubbing of the series, which a Madrid channel has bought, will be directed"
        " by Inés Varga.",
        "Its German dub is directed by Inés Varga, with Olaf Brenn voicing the lead.",
    ):
        assert "Inés Varga" not in _served_crew(sentence), sentence


def test_a_work_to_be_dubbed_keeps_its_director() -> None:
    sentence = "Gullwater, which a Madrid channel will dub into Spanish, is directed by Inés Varga."
    assert "Inés Varga" in _served_crew(sentence)
