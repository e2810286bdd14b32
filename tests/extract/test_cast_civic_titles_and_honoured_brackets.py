"""A part's civic or church title stays part of its name ("Councillor Brindle", "Mayor Pike",
"Pastor Obi"); an award before an actor's name marks the bracket after it as the actor's
earlier work, never the actor ("Oscar winner Ida Marsh (Las Horas Largas)")."""

from __future__ import annotations

from tests.extract.helpers import facts, pairs, served_pairs


def test_a_councillor_and_a_mayor_keep_their_titles() -> None:
    found = facts(
        "The cast includes:",
        "• Rufus Kell as Councillor Brindle",
        "• Tam Oyelaran as Mayor Pike",
        title="Allotment Wars begins filming",
    )
    assert ("Rufus Kell", "Councillor Brindle") in served_pairs(found)
    assert ("Tam Oyelaran", "Mayor Pike") in served_pairs(found)
    assert ("Rufus Kell", "Brindle") not in pairs(found)


def test_an_abbreviated_and_a_church_title_in_a_list() -> None:
    found = facts(
        "Joining the ensemble:",
        "• Osric Manley as Cllr Dunmore",
        "• Petra Vey as Bishop Alder",
        title="Allotment Wars: first look",
    )
    assert ("Osric Manley", "Cllr Dunmore") in served_pairs(found)
    assert ("Petra Vey", "Bishop Alder") in served_pairs(found)


def test_an_award_before_a_name_makes_the_bracket_a_work() -> None:
    found = facts(
        "Brightwater Pictures today announced the comedy will open on 12 June.",
        "Oscar winner Maribel Dunstan (Las Horas Largas) leads the ensemble cast.",
        title="Sunday Roast gets a date",
    )
    assert not {p for p in pairs(found) if "Las Horas Largas" in p}


def test_an_award_winning_actor_with_a_work_in_brackets() -> None:
    found = facts(
        "Bafta-winning Corin Alsop (The Glass Shore) joins the cast of Tidewater.",
        title="Tidewater adds a star",
    )
    assert ("The Glass Shore", "Corin Alsop") not in pairs(found)
    assert not {p for p in pairs(found) if p[0] == "The Glass Shore"}
