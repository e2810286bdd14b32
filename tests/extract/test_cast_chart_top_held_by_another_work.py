"""A box-office report about a film off the chart: the paragraph on the week's number one casts and
credits that leader, not the report's own film (invented articles). The same when the headline
gives the top spot to the leader first and sets the report's own film against it with "as"
("‘Fenhollow’ holds top spot as Foxglove Yard fans pack cinemas"; "Top of that chart ... was
Fenhollow")."""

from __future__ import annotations

from bot.facts import ArticleFacts
from tests.extract.helpers import facts

_OURS = (
    "The film, written by Odessa Brandt and directed by Lorcan Pike, stars Mina Sorel as Elin Pask."
)


def _crew(found: ArticleFacts) -> set[str]:
    return {c.name for c in found.crew if c.served}


def _served(found: ArticleFacts) -> set[tuple[str, str]]:
    return {(c.actor, c.character) for c in found.cast if c.served}


def test_top_of_the_chart_was_another_film_set_against_the_headline() -> None:
    found = facts(
        "Fan screenings of Foxglove Yard took £400,000 on Wednesday.",
        "Top of the chart for a third weekend was Fenhollow, the Welsh thriller directed by"
        " Bram Tessier and starring Ilka Brodsky as the widow Morwen, with £2m.",
        _OURS,
        title="Foxglove Yard screenings fill cinemas as ‘Fenhollow’ holds top spot",
    )
    assert "Bram Tessier" not in _crew(found)
    assert ("Ilka Brodsky", "Morwen") not in _served(found)
    assert {"Odessa Brandt", "Lorcan Pike"} <= _crew(found)


def test_a_drama_that_held_the_top_spot_under_a_plain_heading() -> None:
    found = facts(
        "Fan screenings of Foxglove Yard took £400,000 on Wednesday.",
        "For a second weekend, drama The Copper Gate held the top spot, adding £1.8m. Pia Lund"
        " stars as a ferry captain in the film, directed by Oren Vasko.",
        _OURS,
        title="UK box office: Foxglove Yard fans pack cinemas for one night",
    )
    assert "Oren Vasko" not in _crew(found)
    assert "Lorcan Pike" in _crew(found)


def test_at_the_top_our_own_film_keeps_its_credits() -> None:
    found = facts(
        "Foxglove Yard stayed at No 1 for a third weekend.",
        "At the top, Foxglove Yard held firm with £1.9m. Directed by Lorcan Pike and starring"
        " Mina Sorel as Elin Pask, the drama has made £6m.",
        title="UK box office: Foxglove Yard stays top",
    )
    assert "Lorcan Pike" in _crew(found)


def test_leader_first_in_the_headline_top_of_that_chart() -> None:
    found = facts(
        "Fan screenings of Foxglove Yard took £400,000 on Wednesday, too late for the chart.",
        "Top of that chart for a second weekend was Fenhollow, the Welsh thriller directed by"
        " Bram Tessier, with £2m. Ilka Brodsky stars as Morwen Pryce.",
        _OURS,
        title="UK box office: ‘Fenhollow’ holds top spot as Foxglove Yard fans pack cinemas",
    )
    assert "Bram Tessier" not in _crew(found)
    assert ("Ilka Brodsky", "Morwen Pryce") not in _served(found)
    assert {"Odessa Brandt", "Lorcan Pike"} <= _crew(found)
    assert ("Mina Sorel", "Elin Pask") in _served(found)


def test_leader_first_in_the_headline_top_of_this_table() -> None:
    found = facts(
        "Fan screenings of Foxglove Yard took £400,000 on Wednesday.",
        "Top of this table was Fenhollow, directed by Bram Tessier. Ilka Brodsky stars as Morwen.",
        _OURS,
        title="Box office: Fenhollow keeps top spot as Foxglove Yard screenings sell out",
    )
    assert "Bram Tessier" not in _crew(found)
    assert ("Ilka Brodsky", "Morwen") not in _served(found)


def test_our_own_film_holding_top_spot_keeps_its_credits() -> None:
    found = facts(
        "Top of that chart for a third weekend was Foxglove Yard, directed by Lorcan Pike, with"
        " £1.9m. Mina Sorel stars as Elin Pask.",
        title="UK box office: Foxglove Yard holds top spot as rivals stumble",
    )
    assert "Lorcan Pike" in _crew(found)
    assert ("Mina Sorel", "Elin Pask") in _served(found)
