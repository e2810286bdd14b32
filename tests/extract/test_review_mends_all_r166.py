"""Review mends of round 166: an office, a faith or a fandom's side in a run of "is" clauses is
no part; "his agent, Y" after a "plays" is no part; "who was in Y as Z" sets the part in Y as
"who appeared in" does."""

from __future__ import annotations

from tests.extract.helpers import facts, served_pairs

TITLE = "Tarrowmere: everything we know about the second series"
LEDE = "Tarrowmere returns to the BBC next month for its second series."


def test_offices_in_an_is_run_are_no_parts() -> None:
    found = facts(
        LEDE,
        "Off screen, Elspeth Garrowby is Chair, Tobiah Wrenfold is Vice-Chair and Nessa "
        "Quillbrook is Treasurer of the town's film society.",
        title=TITLE,
    )
    assert not served_pairs(found)


def test_faiths_and_fandom_sides_in_an_is_run_are_no_parts() -> None:
    found = facts(
        LEDE,
        "Elspeth Garrowby is Catholic, Tobiah Wrenfold is Jewish, and both joke about it.",
        "Online, Nessa Quillbrook is Team Cadeyn and Orla Denholt is Team Morwith.",
        title=TITLE,
    )
    assert not served_pairs(found)


def test_an_is_run_of_parts_still_casts() -> None:
    found = facts(
        LEDE,
        "Elspeth Garrowby is Morwith; Tobiah Wrenfold is Cadeyrn Hollisand.",
        title=TITLE,
    )
    assert {
        ("Elspeth Garrowby", "Morwith"),
        ("Tobiah Wrenfold", "Cadeyrn Hollisand"),
    } <= served_pairs(found)


def test_an_agent_described_after_plays_is_no_part() -> None:
    found = facts(
        LEDE,
        "Tobiah Wrenfold plays Cadeyrn, and Elspeth Garrowby is his agent, Orla Denholt.",
        title=TITLE,
    )
    pairs = served_pairs(found)
    assert ("Tobiah Wrenfold", "Cadeyrn") in pairs
    assert not any(actor == "Elspeth Garrowby" for actor, _ in pairs)


def test_a_described_part_after_plays_still_casts() -> None:
    found = facts(
        LEDE,
        "Tobiah Wrenfold plays her son Cadeyrn, and Elspeth Garrowby is the village "
        "vicar, Morwith Hollisand.",
        title=TITLE,
    )
    assert ("Elspeth Garrowby", "Morwith Hollisand") in served_pairs(found)


def test_who_was_in_another_work_as_a_part_is_no_casting_of_ours() -> None:
    found = facts(
        "Tarrowmere, the BBC's new coastal drama, begins filming in Cornwall next month.",
        "Elspeth Garrowby, who was in Hollisand Road as Morwith, leads the cast.",
        "Tobiah Wrenfold, who has been in Saltmere Lane as Cadeyrn, joins her.",
        title="Tarrowmere: first look at the BBC's new coastal drama",
    )
    assert not served_pairs(found)


def test_who_was_in_our_work_as_a_part_still_casts() -> None:
    found = facts(
        "Tarrowmere, the BBC's new coastal drama, begins filming in Cornwall next month.",
        "Elspeth Garrowby, who was in Tarrowmere as Morwith in the pilot, is back.",
        title="Tarrowmere: first look at the BBC's new coastal drama",
    )
    assert ("Elspeth Garrowby", "Morwith") in served_pairs(found)
