"""A past credit shared out by the show's runs ("the episodes were directed by X in season one
and Y in later seasons") is those runs', not the new film's (invented sentences)."""

from __future__ import annotations

from tests.extract.helpers import credits, facts

_TITLE = "Harbour Lights film finds its director"


def test_episodes_directed_by_one_in_season_one_and_another_later_is_no_credit() -> None:
    found = facts(
        "Perrin Stowe is directing the Harbour Lights film. It is a change of guard: the series’"
        " episodes were directed by Dilys Achterberg in season one and Ravi Munt in later"
        " seasons.",
        title=_TITLE,
    )
    assert ("director", "Perrin Stowe") in credits(found)
    assert ("director", "Dilys Achterberg") not in credits(found)


def test_film_directed_by_one_in_season_one_style_stays() -> None:
    found = facts(
        "The Harbour Lights film is directed by Dilys Achterberg in the style of season one.",
        title=_TITLE,
    )
    assert ("director", "Dilys Achterberg") in credits(found)
