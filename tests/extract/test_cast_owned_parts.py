"""A part named by its actor's possessive: "Ada Vale's Mira, the new tutor, ..." and "a selfie
with Tom Reed's Kit Marlow on set", while a possessive that owns a work, a company's credit, an
account or a prize is no casting."""

from __future__ import annotations

from tests.extract.helpers import facts, pairs, served_pairs


def test_a_review_names_the_part_by_its_actors_possessive() -> None:
    found = facts(
        "Lantern Street review: a gentle farewell.",
        "Best of all is Priya Halden's Wren, the night nurse who refuses to be rushed, and "
        "Oskar Lund's Matthias gives the hospital scenes their only laughs.",
    )
    assert ("Priya Halden", "Wren") in served_pairs(found)
    assert ("Oskar Lund", "Matthias") in served_pairs(found)


def test_a_set_report_names_the_part_by_its_actors_possessive() -> None:
    found = facts(
        "Lantern Street wraps filming.",
        "Rafe Osei posted a photo with Corinne Blake’s Hetty Rowe on the last day.",
    )
    assert ("Corinne Blake", "Hetty Rowe") in served_pairs(found)


def test_a_directors_possessive_owns_a_work() -> None:
    found = facts(
        "Lantern Street gets a date.",
        "The film follows director Mara Voss's Tidewater, which screened at Cannes.",
    )
    assert not any(actor == "Mara Voss" for actor, _ in pairs(found))


def test_an_account_or_a_prize_is_no_part() -> None:
    found = facts(
        "Lantern Street gets a date.",
        "The news broke on Corinne Blake's Instagram and Rafe Osei's Oscar is on the shelf.",
    )
    assert not pairs(found)


def test_a_companys_possessive_is_no_actor() -> None:
    found = facts(
        "Lantern Street gets a date.",
        "It is produced by Harbour Pictures, and Harbour Pictures's Wren Taylor is on set daily.",
    )
    assert not pairs(found)


def test_the_work_the_article_is_about_is_no_part() -> None:
    found = facts(
        "Lantern Street gets a date.",
        "Fans of Corinne Blake's Lantern Street are in luck.",
        title="Lantern Street gets a date",
    )
    assert not pairs(found)


def test_a_two_word_title_before_is_is_no_part() -> None:
    found = facts(
        "Lantern Street review: a gentle farewell.",
        "Corinne Blake's Winter Harbour was a hit, and Rafe Osei's Paper Kites is on Netflix.",
    )
    assert not pairs(found)


def test_a_first_name_before_has_is_a_part() -> None:
    found = facts(
        "Lantern Street review: a gentle farewell.",
        "Corinne Blake's Hetty has the best line in the film.",
    )
    assert ("Corinne Blake", "Hetty") in served_pairs(found)


def test_whose_character_names_the_actors_part() -> None:
    found = facts(
        "Lantern Street adds two.",
        "She is joined by newcomer Corinne Blake, whose character, Hetty Rowe, is the first "
        "person to tell Tom the truth.",
    )
    assert ("Corinne Blake", "Hetty Rowe") in served_pairs(found)


def test_whose_role_names_the_actors_part() -> None:
    found = facts(
        "Lantern Street adds two.",
        "The cast is rounded out by Rafe Osei, whose role, Bram Kettle, will test Tom's patience.",
    )
    assert ("Rafe Osei", "Bram Kettle") in served_pairs(found)


def test_a_part_said_to_be_missing_is_no_casting() -> None:
    found = facts(
        "Everything we know about Bellweather Road season two.",
        "Sadly there has been no sign of Orla Penhallow’s Juno, and we doubt there will be.",
        "There is no mention yet of Cassius Wren as Tobin in the first cast list.",
    )
    assert ("Orla Penhallow", "Juno") not in pairs(found)
    assert ("Cassius Wren", "Tobin") not in pairs(found)


def test_a_part_in_sight_is_still_a_casting() -> None:
    found = facts(
        "Everything we know about Bellweather Road season two.",
        "The teaser gives a first sign of Orla Penhallow’s Juno, and she looks furious.",
    )
    assert ("Orla Penhallow", "Juno") in served_pairs(found)


def test_whose_character_with_a_relation_before_the_part() -> None:
    found = facts(
        "Filming on Bellweather Road resumed in Dover.",
        "Ludo Fairbairn was on set, along with Marnie Quaile, whose character, Ludo’s aunt "
        "Wilhelmina, appeared in a scene filmed by the quay.",
    )
    assert ("Marnie Quaile", "Wilhelmina") in served_pairs(found)
    assert ("Marnie Quaile", "Ludo") not in pairs(found)


def test_a_trailer_for_or_a_production_of_a_possessive_names_a_work() -> None:
    found = facts(
        "Gullhaven Bay: the first look.",
        "The first trailer for Radomir Langridge's Cinderwick is here, and it is very wet.",
        "She then returns to the stage in a new production of Wystan Pellow’s Marrowgate.",
    )
    assert not any(actor in {"Radomir Langridge", "Wystan Pellow"} for actor, _ in pairs(found))


def test_a_possessive_part_in_a_trailer_sentence_is_still_read() -> None:
    found = facts(
        "Gullhaven Bay: the first look.",
        "In the first trailer, Radomir Langridge's Briony gets the last word.",
    )
    assert ("Radomir Langridge", "Briony") in served_pairs(found)


def test_a_titles_possessive_after_an_article_is_no_part() -> None:
    found = facts(
        "Tarnwick Bells wraps.",
        "Marigold Pictures is an independent company. Its recent releases include The Quarry "
        "Warden's Daughter and Pell Street, and its slate includes the Ferrier Queen's Son.",
    )
    assert pairs(found) == set()


def test_a_possessive_part_after_a_title_is_still_read() -> None:
    found = facts(
        "Tarnwick Bells wraps.",
        "Its recent releases include The Quarry Warden, and Juniper Vance's Wrenna gets the best "
        "scenes here.",
    )
    assert ("Juniper Vance", "Wrenna") in served_pairs(found)
