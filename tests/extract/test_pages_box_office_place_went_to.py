"""A box-office report's paragraph that hands a lower place to another film ("Second place went
to last week's No 1, ‘W’") or goes on down the chart ("Further down, the prize hopeful ‘W’
added £300,000") is about that film: whom it casts and when it dates are not the report's own."""

from __future__ import annotations

import pytest

from tests.extract.helpers import facts, release_kinds, served_pairs

_HEADLINE = "UK box office: 'Emberfall' storms to No 1"
_LEDE = "Emberfall opened at the top of the UK and Ireland box office this weekend."
_OURS = "Emberfall, which opened on Friday 4 March, stars Tovah Lindgren-Obi as Maris Quell."


@pytest.mark.parametrize(
    "opening",
    [
        "Second place went to last week’s No 1, 'Brass Monkey Run', which fell 40% to £1.2m.",
        "Third place belongs to 'Brass Monkey Run', down 40% on £1.2m.",
        "Further down, awards hopeful 'Brass Monkey Run' added £300,000 in its third weekend.",
        "Further down the chart, 'Brass Monkey Run' took £300,000.",
    ],
)
def test_a_lower_place_given_to_another_film_casts_its_own_stars(opening: str) -> None:
    found = facts(
        _LEDE,
        _OURS,
        f"{opening} The heist comedy, starring Idris Penhallow as safecracker Nolan Febb, has "
        "now taken £4.4m.",
        date="2032-03-07",
        title=_HEADLINE,
    )
    pairs = served_pairs(found)
    assert ("Tovah Lindgren-Obi", "Maris Quell") in pairs, opening
    assert ("Idris Penhallow", "Nolan Febb") not in pairs, opening


@pytest.mark.parametrize(
    "opening",
    [
        "Second place went to last week's No 1, 'Brass Monkey Run', which fell 40% to £1.2m.",
        "Fourth spot went to 'Brass Monkey Run', down 40% on £1.2m.",
        "Further down, 'Brass Monkey Run' added £300,000 in its third weekend.",
    ],
)
def test_a_lower_place_given_to_a_film_the_headline_also_names(opening: str) -> None:
    found = facts(
        _LEDE,
        _OURS,
        f"{opening} The heist comedy, starring Idris Penhallow as safecracker Nolan Febb, has "
        "now taken £4.4m.",
        date="2032-03-07",
        title="UK box office: 'Emberfall' storms to No 1 as 'Brass Monkey Run' sinks",
    )
    pairs = served_pairs(found)
    assert ("Tovah Lindgren-Obi", "Maris Quell") in pairs, opening
    assert ("Idris Penhallow", "Nolan Febb") not in pairs, opening


@pytest.mark.parametrize(
    "opening",
    [
        "Second place went to last week’s No 1, 'Brass Monkey Run', which fell 40% to £1.2m.",
        "Further down, awards hopeful 'Brass Monkey Run' added £300,000 in its third weekend.",
        "Further down the chart, 'Brass Monkey Run' took £300,000.",
    ],
)
def test_a_lower_place_given_to_another_film_dates_that_film(opening: str) -> None:
    found = release_kinds(
        _LEDE,
        _OURS,
        f"{opening} Its US distributor has confirmed it will arrive on streaming on 9 April.",
        date="2032-03-07",
        title=_HEADLINE,
    )
    assert ("premiere_date", "2032-03-04", False) in found, opening
    assert not any(date == "2032-04-09" for _, date, _ in found), opening


def test_our_own_film_further_down_keeps_its_date() -> None:
    found = release_kinds(
        "The weekend's UK box office was a quiet one.",
        "Further down, 'Emberfall' added £300,000. It arrives on streaming on 9 April.",
        date="2032-03-07",
        title="UK box office: 'Emberfall' holds on",
    )
    assert ("premiere_date", "2032-04-09", False) in found
