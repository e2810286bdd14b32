"""Bracketed pairs after "the cast includes", leavers of a production named by its owner, parts
played in another work ("spent three series as", "in the BBC's ..."), and a title's last word
before "actor"."""

from __future__ import annotations

from bot.facts import ArticleFacts, CastStatus
from tests.extract.helpers import facts


def served(found: ArticleFacts) -> set[tuple[str, str]]:
    return {(c.actor, c.character) for c in found.cast if c.served}


def test_a_list_after_cast_members_include_names_actors_first() -> None:
    found = facts(
        "Filming on the third series of Harrow Fields began on Monday.",
        "Returning cast members include Odile Farrant (Bess Wick), Tamsin Rook (Cleo Hart) and "
        "Viggo Strand (Noah Pell).",
    )
    assert served(found) == {
        ("Odile Farrant", "Bess Wick"),
        ("Tamsin Rook", "Cleo Hart"),
        ("Viggo Strand", "Noah Pell"),
    }
    found = facts(
        "Filming on the third series of Harrow Fields began on Monday.",
        "The ensemble also includes Odile Farrant (Bess Wick) and Tamsin Rook (Cleo Hart).",
    )
    assert served(found) == {("Odile Farrant", "Bess Wick"), ("Tamsin Rook", "Cleo Hart")}


def test_a_leaver_of_an_owned_production_left_the_part_taken_over() -> None:
    found = facts(
        "Bram Kessler has exited Lumen’s Harrow Fields film because of a clash, and Idris "
        "Mwale has taken over the role of Jory Penn.",
    )
    status = {(c.actor, c.character): c.status for c in found.cast}
    assert status == {
        ("Idris Mwale", "Jory Penn"): CastStatus.CURRENT,
        ("Bram Kessler", "Jory Penn"): CastStatus.FORMER,
    }
    found = facts(
        "Wren Alder has quit HBO’s Tidewater series, and Cass Morrow will take over the part "
        "of Ivy Dune.",
    )
    assert ("Wren Alder", "Ivy Dune", CastStatus.FORMER) in {
        (c.actor, c.character, c.status) for c in found.cast
    }


def test_a_part_someone_spent_years_playing_in_another_work_is_no_casting() -> None:
    found = facts(
        "Tobin Gale joins the cast as farrier Amos Pike.",
        "Gale spent four series as DI Rhona Teague in Moor Road, so fans know him well.",
    )
    assert served(found) == {("Tobin Gale", "Amos Pike")}
    found = facts(
        "Tobin Gale will play Amos Pike in Harrow Fields.",
        "Gale, who spent the winter playing a young Duke Orsino in the BBC’s Twelfth Tide, "
        "also produces.",
    )
    assert served(found) == {("Tobin Gale", "Amos Pike")}


def test_the_last_word_of_a_title_before_actor_is_no_part() -> None:
    found = facts(
        "Filming on Harrow Fields began on Monday, and the Moor Road actor Tobin Gale joins as "
        "farrier Amos Pike.",
    )
    assert served(found) == {("Tobin Gale", "Amos Pike")}
    found = facts("Meanwhile the Salt Creek actress Nell Marr will play Ivy Dune.")
    assert ("Nell Marr", "Creek") not in served(found)
