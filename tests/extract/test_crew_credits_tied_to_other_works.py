"""Crew credits a sentence ties to another work, to a mentor or to a company: another film's
participle ("in last year's X, directed by Y"), the earlier seasons' directors, "Y protégé Z"
(the credit is Z's) and a producer shaped like a company (held)."""

from __future__ import annotations

from tests.extract.helpers import facts, served_crew

_TITLE = "Lantern Row: everything we know about the film"


def test_another_films_participle_after_its_title_is_not_ours() -> None:
    credits = served_crew(
        "Lantern Row, directed by Oda Fenwright, starts shooting in May.",
        "Its star appeared in last year’s Copper Tides, directed by Bram Ellery.",
        title=_TITLE,
    )
    assert ("director", "Oda Fenwright") in credits
    assert ("director", "Bram Ellery") not in credits


def test_a_glossed_other_film_before_the_participle_is_not_ours() -> None:
    credits = served_crew(
        "Lantern Row, directed by Oda Fenwright, starts shooting in May.",
        "He has finished shooting Saltmere, a thriller for Harrowgate directed by Bram Ellery.",
        title=_TITLE,
    )
    assert ("director", "Bram Ellery") not in credits


def test_our_titles_participle_stays() -> None:
    credits = served_crew(
        "The cast gathered in Leeds on Monday.",
        "She stars in Lantern Row, directed by Oda Fenwright.",
        title=_TITLE,
    )
    assert ("director", "Oda Fenwright") in credits


def test_earlier_seasons_directors_are_not_the_films() -> None:
    credits = served_crew(
        "Oda Fenwright is directing the Lantern Row film.",
        "The earlier seasons were directed by Bram Ellery and Cass Moyle.",
        title=_TITLE,
    )
    assert ("director", "Oda Fenwright") in credits
    assert not {("director", "Bram Ellery"), ("director", "Cass Moyle")} & credits


def test_a_mentor_before_protege_gives_the_credit_to_the_protege() -> None:
    credits = served_crew(
        "Lantern Row is coming to ITV.",
        "Written by Oda Fenwright protégé Nell Ashcombe and directed by Bram Ellery, the series"
        " airs next year.",
        title=_TITLE,
    )
    assert ("writer", "Nell Ashcombe") in credits
    assert ("writer", "Oda Fenwright") not in credits


def test_a_hyphenated_mentor_gives_the_credit_to_the_protege() -> None:
    credits = served_crew(
        "Lantern Row opened on Friday.",
        "Directed by Oda Fenwright-protégé Nell Ashcombe, the film stars Bram Ellery.",
        title=_TITLE,
    )
    assert ("director", "Nell Ashcombe") in credits
    assert ("director", "Oda Fenwright") not in credits


def test_a_company_shaped_producer_is_held() -> None:
    found = facts(
        "Lantern Row, produced by Northlight and Channel9 with a score by Bram Ellery, opens soon.",
        "Lantern Row Talk is produced by Grey Heron Audio.",
        title=_TITLE,
    )
    held = {c.name for c in found.crew if not c.served}
    assert {"Northlight", "Grey Heron Audio"} <= held
    assert ("composer", "Bram Ellery") in {(c.role.value, c.name) for c in found.crew if c.served}


def test_a_producer_named_in_full_stays() -> None:
    credits = served_crew(
        "Lantern Row is produced by Oda Fenwright and Bram Ellery.",
        title=_TITLE,
    )
    assert {("producer", "Oda Fenwright"), ("producer", "Bram Ellery")} <= credits
