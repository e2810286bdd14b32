"""Places never parts, a dub's voices no casting, and a casting left "weeks later" former."""

from __future__ import annotations

from tests.extract.helpers import facts, former_pairs, pairs, served_pairs


def test_a_saints_church_owned_is_no_part() -> None:
    found = facts(
        "Crew members gathered outside St Aldwyn’s Church on Monday morning.",
        "Fans waited behind the barriers on Church Walk, where Rhona Castellane, who plays Petra "
        "Voss, signed autographs.",
    )
    assert all(actor != "St Aldwyn" for actor, _ in pairs(found))
    assert ("Rhona Castellane", "Petra Voss") in served_pairs(found)


def test_a_churchs_possessive_is_no_part() -> None:
    found = facts(
        "The shoot took over the square beside Tomas Verrell’s Church and the old mill.",
        "Rhona Castellane, who plays Petra Voss, waved from the bridge.",
    )
    assert all(character != "Church" for _, character in pairs(found))


def test_the_city_actor_is_not_served_as_a_part() -> None:
    found = facts(
        "The Lisbon actor Marta Quintela talks about playing Edgar Pell’s aunt in Harrowdeep.",
        "Quintela plays Dr Sofia Brandão, the aunt who takes Edgar in.",
        "Marta Quintela at the Lisbon fan screening last week.",
    )
    assert ("Marta Quintela", "Lisbon") not in served_pairs(found)
    assert ("Marta Quintela", "Sofia Brandão") in served_pairs(found) or (
        "Marta Quintela",
        "Dr Sofia Brandão",
    ) in served_pairs(found)


def test_a_dubs_voices_are_no_casting() -> None:
    found = facts(
        "Tobin Ashgrove plays Edgar Pell in Harrowdeep, the new drama arriving on Friday.",
        "The German version has been dubbed. In the dub, Edgar is voiced by Lukas Brenner and "
        "Mara by Jonas Feld.",
    )
    assert ("Lukas Brenner", "Edgar Pell") not in served_pairs(found)
    assert ("Lukas Brenner", "Edgar") not in served_pairs(found)
    assert ("Tobin Ashgrove", "Edgar Pell") in served_pairs(found)


def test_a_dubbed_version_voiced_by_is_no_casting() -> None:
    found = facts(
        "Tobin Ashgrove plays Edgar Pell in Harrowdeep, the new drama arriving on Friday.",
        "For the dubbed Spanish release, Edgar Pell is voiced by Iker Salaverri.",
    )
    assert ("Iker Salaverri", "Edgar Pell") not in served_pairs(found)


def test_an_animated_films_voiced_by_is_still_a_casting() -> None:
    found = facts(
        "Edgar Pell is voiced by Iker Salaverri in the animated Hollowmere.",
    )
    assert ("Iker Salaverri", "Edgar Pell") in served_pairs(found)


def test_cast_then_left_weeks_later_is_former() -> None:
    found = facts(
        "Harrowdeep finally found its Edgar Pell in Tobin Ashgrove.",
        "Dorian Faulks had been cast as Edgar Pell in March, but left weeks later when a tour "
        "was extended.",
    )
    assert ("Dorian Faulks", "Edgar Pell") in former_pairs(found)


def test_was_cast_but_quit_soon_after_is_former() -> None:
    found = facts(
        "Harrowdeep finally found its Edgar Pell in Tobin Ashgrove.",
        "Dorian Faulks was cast as Edgar Pell last spring but quit soon after, citing a clash.",
    )
    assert ("Dorian Faulks", "Edgar Pell") in former_pairs(found)
