"""A profile's asides on a person's other credits: a part "fresh from playing Y in Z" or one the
actor "has since appeared in Z as", and a stage or screen work told by its kind with its venue
or its source ("a production of Z at the Old Vic, directed by X", "the 2019 Brontë adaptation Z,
directed by X"). None is a credit of the article's production."""

from __future__ import annotations

from tests.extract.helpers import facts, served_crew, served_pairs

_LEDE = "Saltwater Lanterns is shooting in Cornwall this summer, the streamer said."
_TITLE = "Saltwater Lanterns: everything we know"


def test_a_part_the_actor_is_fresh_from_is_another_works() -> None:
    found = served_pairs(
        facts(
            _LEDE,
            "Mabel Quarrie plays Wenna Tresize.",
            "Quarrie, meanwhile, is fresh from playing Lady Orla in Gull Point.",
            title=_TITLE,
        )
    )
    assert found == {("Mabel Quarrie", "Wenna Tresize")}


def test_a_part_the_actor_has_since_played_is_another_works() -> None:
    found = served_pairs(
        facts(
            _LEDE,
            "Ned Halloran plays Jory Pascoe.",
            "Halloran, 23, who has since appeared in Brightway's Kestrel Court as Finch, signed"
            " autographs.",
            title=_TITLE,
        )
    )
    assert found == {("Ned Halloran", "Jory Pascoe")}


def test_a_part_the_actor_plays_stays() -> None:
    found = served_pairs(
        facts(_LEDE, "Mabel Quarrie, meanwhile, plays Wenna Tresize.", title=_TITLE)
    )
    assert found == {("Mabel Quarrie", "Wenna Tresize")}


def test_a_stage_or_adapted_works_director_is_not_ours() -> None:
    found = served_crew(
        _LEDE,
        "Bryony Carne directs.",
        "Last year Quarrie made her stage debut in a production of Hollow Crown at the Lyric"
        " in Belfast, directed by Tamsin Ardley.",
        "She followed that with the stage play Copper Bells at the Unity in 2024, directed by"
        " Priya Venn.",
        "Scenes for the 2018 Hardy adaptation The Long Return of Amos Pike, directed by Olek"
        " Marsh, were shot nearby.",
        title=_TITLE,
    )
    assert not {n for _, n in found} & {"Tamsin Ardley", "Priya Venn", "Olek Marsh"}
    assert ("director", "Bryony Carne") in found


def test_our_work_told_with_its_place_keeps_its_director() -> None:
    found = served_crew(
        _LEDE,
        "The drama Saltwater Lanterns at the Cornish studios, directed by Bryony Carne, wrapped.",
        title=_TITLE,
    )
    assert ("director", "Bryony Carne") in found


def test_a_writer_before_it_follows_is_no_part() -> None:
    found = facts(
        _LEDE,
        "Written by Tamsin Ardley, it follows a retired miner, played by Ned Halloran, who walks"
        " the coast.",
        title=_TITLE,
    )
    assert served_pairs(found) == set()
    assert ("writer", "Tamsin Ardley") in {(c.role.value, c.name) for c in found.crew}


def test_a_named_part_after_it_follows_stays() -> None:
    found = facts(
        _LEDE,
        "Written by Tamsin Ardley, it follows Jory Pascoe, played by Ned Halloran.",
        title=_TITLE,
    )
    assert served_pairs(found) == {("Ned Halloran", "Jory Pascoe")}


def test_a_writer_of_a_work_the_actor_joined_earlier_is_not_ours() -> None:
    found = served_crew(
        _LEDE,
        "Bryony Carne directs.",
        "In 2022 Quarrie joined Kestrel Court as Lady Orla, in the anniversary specials written"
        " by Tamsin Ardley.",
        title=_TITLE,
    )
    assert "Tamsin Ardley" not in {n for _, n in found}
    assert ("director", "Bryony Carne") in found


def test_a_writer_of_our_work_the_actor_joined_stays() -> None:
    found = served_crew(
        _LEDE,
        "Quarrie joined Saltwater Lanterns as Wenna, in the drama written by Tamsin Ardley.",
        title=_TITLE,
    )
    assert ("writer", "Tamsin Ardley") in found


def test_it_will_star_after_another_work_opens_is_that_works() -> None:
    found = served_pairs(
        facts(
            _LEDE,
            "Mabel Quarrie plays Wenna Tresize.",
            "Her new series, Gull Point, is a story about a lifeboat crew. It will star Ned"
            " Halloran as Jory and Priya Venn as Tamsin.",
            title=_TITLE,
        )
    )
    assert found == {("Mabel Quarrie", "Wenna Tresize")}


def test_it_will_star_after_our_work_opens_stays() -> None:
    found = served_pairs(
        facts(
            _LEDE,
            "The new drama, Saltwater Lanterns, is a story about a lifeboat crew. It will star Ned"
            " Halloran as Jory.",
            title=_TITLE,
        )
    )
    assert found == {("Ned Halloran", "Jory")}
