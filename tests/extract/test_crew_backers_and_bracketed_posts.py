"""A financier added with "with" is no producer; an editor's bracket names any crew post."""

from __future__ import annotations

from tests.extract.helpers import credits, facts


def test_a_backer_added_with_with_is_no_producer() -> None:
    found = facts(
        "Odile Marchetti produces for Brightwater Films, with Film Fund Wales backing the project.",
        "Tamsin Reyes produces, with Northgate Capital financing and Harrow Pictures handling "
        "sales.",
    )
    assert ("producer", "Odile Marchetti") in credits(found)
    assert ("producer", "Tamsin Reyes") in credits(found)
    assert {name for _, name in credits(found)} == {"Odile Marchetti", "Tamsin Reyes"}


def test_a_co_producer_added_with_with_still_counts() -> None:
    found = facts("Odile Marchetti produces alongside Brightwater's Kemal Oduya.")
    assert ("producer", "Kemal Oduya") in credits(found)


def test_an_editors_bracket_completes_a_name_with_a_multi_word_post() -> None:
    found = facts(
        "Cosmo Pell directs the comedy.",
        "Lior: Then Hedda [Marsh, the film’s casting director] called me back the same day.",
        "Lior: Tomas [Brandt, the show's executive producer] just laughed.",
    )
    assert {("casting_director", "Hedda Marsh"), ("executive_producer", "Tomas Brandt")} <= (
        credits(found)
    )


def test_a_bare_present_edits_credits_the_editor() -> None:
    found = facts(
        "Cosmo Pell directs the comedy, and Ines Farrow edits.",
        "The crosscutting (Bram Nakamura edits) keeps both stories moving.",
    )
    assert {("editor", "Ines Farrow"), ("editor", "Bram Nakamura")} <= credits(found)


def test_edits_with_an_object_other_than_the_film_credits_nobody() -> None:
    found = facts("Ines Farrow edits Reel Monthly and writes its newsletter.")
    assert not {role for role, _ in credits(found)} & {"editor"}


def test_a_relative_who_co_wrote_the_script_is_a_writer() -> None:
    found = facts(
        "Fenwick Ardle wrote the screenplay with his sister, the novelist Maren Ardle.",
        "The film, which Jules Okoro wrote with her husband Petr Halas, opens in May.",
    )
    assert {("writer", "Maren Ardle"), ("writer", "Petr Halas")} <= credits(found)


def test_a_repeated_by_credits_another_companys_person() -> None:
    found = facts(
        "Marsh Lane is executive produced by Corin Vael for Tidewell Pictures and by Hanne "
        "Stroud for Channel 4.",
        "The film is produced by Ada Marr for Kestrel Films and by Netflix.",
    )
    assert {("executive_producer", "Hanne Stroud"), ("executive_producer", "Corin Vael")} <= (
        credits(found)
    )
    assert ("producer", "Netflix") not in credits(found)


def test_edits_after_a_possessive_are_a_noun_not_an_editor() -> None:
    found = facts(
        "Marit Sollund directs the comedy, and Dervla Okoro edits.",
        "Please don't tag the cast in your edits.",
        "Fans shared their edits. Tamsin Reyes liked them all.",
    )
    assert ("editor", "Dervla Okoro") in credits(found)
    assert not {name for role, name in credits(found) if role == "editor"} - {"Dervla Okoro"}
