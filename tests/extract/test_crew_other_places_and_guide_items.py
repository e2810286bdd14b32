"""Whom a chart's other place or a guide's other item credits made that work, not ours: "The film
stars A and is directed by B" under a box office's runner-up, "a drama written by C" under a
guide's title-and-channel line for another show. Our own item's credits stay."""

from __future__ import annotations

from tests.extract.helpers import facts, served_credits


def test_a_runner_ups_director_is_no_credit_of_ours() -> None:
    found = facts(
        "Copper Sound opened at the top of the box office with £2.4m.",
        "Copper Sound, directed by Ada Vale, took £2.4m from 480 sites.",
        "Last week’s number one, Orbis’s disaster sequel Brine Acre, dropped to second place with "
        "£1.2m. The film stars Nessa Quarle as storm-chaser Edie Moss and is directed by Odo Bram.",
        "In third, the comedy Tin Lid added £0.9m.",
        title="Box office: Copper Sound opens top as Brine Acre slips to second",
    )
    credits = served_credits(found)
    assert ("director", "Odo Bram") not in credits
    assert ("director", "Ada Vale") in credits


def test_a_guides_other_item_credits_are_held() -> None:
    found = facts(
        "From a harbour mystery to the last of Copper Sound, here is what is worth your week.",
        "Brine Acre",
        "Sunday, 9pm, BBC One",
        "A body on the sands. Nessa Quarle stars in this drama written by Odo Bram and directed "
        "by Pia Lund.",
        "Copper Sound",
        "Friday, Netflix",
        "The end of the road for the harbour crew, with Ada Vale directing.",
        "Tin Lid",
        "Tuesday, 7pm, Channel 4",
        "Twelve bakers, one tent.",
        title="What to watch this week: Copper Sound, Brine Acre and more",
    )
    credits = served_credits(found)
    assert ("writer", "Odo Bram") not in credits
    assert ("director", "Pia Lund") not in credits
    assert ("director", "Ada Vale") in credits


def test_a_fact_boxs_credits_under_a_heading_stay() -> None:
    found = facts(
        "Copper Sound is finally here, so here is the thread.",
        "THE BASICS",
        "Written by: Ada Vale",
        "Directed by: Odo Bram",
        "CAST",
        "Nessa Quarle - Edie Moss",
        "RULES",
        "Be kind. See the round-up thread for reviews.",
        title="Copper Sound release day megathread",
    )
    credits = served_credits(found)
    assert ("director", "Odo Bram") in credits
    assert ("writer", "Ada Vale") in credits
