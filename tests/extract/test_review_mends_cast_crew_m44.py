"""Mends from review 44 of cast and crew rules, on invented articles: a leaving after a casting
is the actor's own unless a role that "went to" someone else sits between; a "stepped in after"
about crew fills no part; a "new to/in <another work>" lead-in is no arrival of ours; a page's
own slashed credit line (podcast, byline, shoot) is no film crew; a possessive film that
"rarely disappoints" is no part; a director's "script he wrote" after another owner is not hers."""

from __future__ import annotations

from bot.facts import CastStatus
from tests.extract.helpers import facts, former_pairs, served_credits, served_pairs, served_statuses


def test_a_leaving_after_an_aside_naming_someone_is_the_actors_own() -> None:
    for text in (
        "Odo Ferris was cast as Lina Moor, a part written by Bel Crane, but dropped out weeks "
        "later.",
        "Odo Ferris was cast as Lina Moor in a deal brokered by Bel Crane but later left the "
        "project.",
        "Odo Ferris was announced as Lina Moor to Quay Studios in May but dropped out.",
    ):
        found = facts("Marsh Lane is shooting in Kent.", text)
        assert served_statuses(found).get(("Odo Ferris", "Lina Moor")) is not CastStatus.CURRENT


def test_a_role_that_went_to_someone_else_keeps_the_new_actor() -> None:
    found = facts(
        "Marsh Lane is shooting in Kent.",
        "Odo Ferris plays Lina Moor, a role that originally went to Bel Crane before she left "
        "the project.",
    )
    assert ("Odo Ferris", "Lina Moor") in served_pairs(found)
    assert ("Odo Ferris", "Lina Moor") not in former_pairs(found)


def test_stepping_in_after_a_crew_exit_fills_no_part() -> None:
    for text in (
        "Odo Ferris plays Lina Moor, while Bel Crane stepped in after Tam Hale exited as "
        "showrunner.",
        "Odo Ferris, who plays Lina Moor, said producer Bel Crane stepped in after Tam Hale left "
        "the project as director.",
        "Odo Ferris plays Lina Moor, and Bel Crane stepped in after Tam Hale left to direct "
        "Salt Year.",
    ):
        found = served_pairs(facts("Marsh Lane is shooting in Kent.", text))
        assert ("Bel Crane", "Lina Moor") not in found


def test_new_to_another_work_is_no_arrival_of_ours() -> None:
    for text in (
        "New to Salt Year is Bel Crane, playing Lina Moor.",
        "New on Netflix this week is Bel Crane, playing Lina Moor, in the Danish thriller Salt "
        "Year.",
        "New in cinemas is Bel Crane, playing Lina Moor, in Salt Year.",
        "Also new this month is Bel Crane, playing Lina Moor, in Salt Year on Sky.",
    ):
        found = facts("Marsh Lane has added Tam Hale.", text, title="Marsh Lane adds two to cast")
        assert ("Bel Crane", "Lina Moor") not in served_pairs(found)


def test_a_pages_own_slashed_credit_line_is_no_film_crew() -> None:
    for line in (
        "Host: Nia Holt / Producer: Sim Orr / Music: Ted Wye",
        "Photography: Lia Berg / Styling: Jo Kerr / Editor: Sim Orr",
        "Words: Nia Holt / Editor: Sim Orr / Photos: Lia Berg",
        "Posted in: Reviews / Editor: Sim Orr",
    ):
        found = served_credits(
            facts(
                "Bel Crane talks about Marsh Lane.", line, title="Podcast: Bel Crane on Marsh Lane"
            )
        )
        assert not {name for _, name in found} & {"Sim Orr", "Ted Wye"}


def test_a_possessive_work_that_rarely_disappoints_is_no_part() -> None:
    for text in (
        "Bel Crane's Lumen rarely disappoints.",
        "Tam Hale's Netflix hardly registers.",
    ):
        found = served_pairs(facts("Marsh Lane is a slow burn.", text))
        assert not {part for _, part in found} & {"Lumen", "Netflix"}


def test_a_pronoun_after_an_owner_named_first_is_no_directors_script() -> None:
    for text in (
        "Odo Ferris's passion project, directed by Bel Crane from a script he co-wrote with Tam "
        "Hale, opens in May.",
        "Odo Ferris has been trying to make Marsh Lane for a decade; the film, directed by Bel "
        "Crane from a screenplay he wrote in 2015, opens in May.",
    ):
        found = served_credits(facts("Marsh Lane is shooting in Kent.", text))
        assert ("writer", "Bel Crane") not in found


def test_the_director_of_a_titled_film_from_her_own_script_writes_it() -> None:
    found = served_credits(
        facts(
            "Marsh Lane is shooting in Kent.",
            "Marsh Lane, directed by Bel Crane from a screenplay she wrote, opens in May.",
        )
    )
    assert ("writer", "Bel Crane") in found


def test_an_earlier_credit_bracket_before_as_the_part_is_no_part() -> None:
    for text in (
        "Bel Crane (Lumen) as Lina Moor impresses, and Odo Ferris is wasted.",
        "Bel Crane (Salt Year) as Lina Moor steals every scene.",
    ):
        found = facts("Marsh Lane is a slow burn.", text)
        assert not {"Lumen", "Bel Crane"} & {part for _, part in served_pairs(found)}
        assert not {("Salt Year", "Bel Crane"), ("Bel Crane", "Lumen")} & {
            (c.actor, c.character) for c in found.cast
        }


def test_as_the_bracketed_part_opens_a_clause() -> None:
    found = facts(
        "Marsh Lane is a slow burn.",
        "The film follows Lina Moor (Bel Crane) as Lina prepares to leave the island.",
    )
    assert ("Bel Crane", "Lina Moor") in served_pairs(found)


def test_a_possessive_work_said_to_be_something_is_no_part() -> None:
    for text, part in (
        ("Hal Brisk's Sunfall and Bel Crane's Lumen are the obvious comparisons.", "Lumen"),
        ("Tam Hale's Salt Year, brilliant as ever, is still the better show.", "Salt Year"),
        ("Bel Crane's Glastonbury, wet as ever, was a washout.", "Glastonbury"),
    ):
        found = served_pairs(facts("Marsh Lane is a slow burn.", text))
        assert part not in {char for _, char in found}


def test_a_part_deadpan_as_ever_keeps_its_actor() -> None:
    found = served_pairs(
        facts("Marsh Lane is a slow burn.", "Bel Crane's Lina, deadpan as ever, has a ball.")
    )
    assert ("Bel Crane", "Lina") in found


def test_a_cast_heading_under_another_items_heading_is_that_items() -> None:
    found = facts(
        "TIN LID",
        "A new drama about a lighthouse keeper. Sky Atlantic, Sunday.",
        "CAST",
        "Bel Crane plays Lina Moor, a skipper.",
        "SALT YEAR",
        "The crime show returns for a second run. BBC One, Monday.",
        "CAST",
        "Odo Ferris plays Hal Brisk, the detective.",
        "GREY WEIR",
        "A documentary about a reservoir.",
        title="What to watch this week: Tin Lid, Salt Year and more",
    )
    assert ("Odo Ferris", "Hal Brisk") not in served_pairs(found)


def test_a_dub_named_after_the_voice_cast_keeps_the_gapped_part() -> None:
    found = facts(
        "Marsh Lane is an animated film.",
        "The animated film stars Bel Crane as the voice of Hal and Odo Ferris as Lina, with a "
        "Spanish dub to follow in May.",
    )
    assert ("Odo Ferris", "Lina") in served_pairs(found)


def test_a_place_or_a_time_after_a_crew_verb_is_no_other_work() -> None:
    for text in (
        "Lia Berg, who shot the film in Norway for director Hal Brisk, will serve as DP.",
        "Lia Berg shot the test reels last March for director Hal Brisk.",
    ):
        found = served_credits(
            facts(
                "Netflix’s Marsh Lane film has rounded out its crew.",
                text,
                title="‘Marsh Lane’ Movie Adds Crew",
            )
        )
        assert ("director", "Hal Brisk") in found
