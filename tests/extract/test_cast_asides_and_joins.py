"""Castings told in an aside with a description before "who plays", and an actor who joins
in someone else's place ("X has joined ..., replacing Z in the role of Y")."""

from __future__ import annotations

from bot.facts import CastStatus
from tests.extract.helpers import facts, pairs


def test_a_description_before_who_plays_names_the_actor() -> None:
    found = facts("Even Ada Vale, the Danish star who plays Tom’s stern tutor Dr Mira Holt, cried.")
    assert pairs(found) == {("Ada Vale", "Dr Mira Holt")}
    found = facts("Ravi Sen, a newcomer who will play Joss Penhallow, posted a selfie from set.")
    assert pairs(found) == {("Ravi Sen", "Joss Penhallow")}


def test_a_past_part_in_another_work_after_the_description_is_not_ours() -> None:
    found = facts(
        "Ada Vale, a veteran of the stage who played Juno Marsh in Harrow, posted a photo."
    )
    assert pairs(found) == set()


def test_joining_in_someones_place_names_the_leaver_and_the_part() -> None:
    for sentence in (
        "Ada Vale has joined the BBC drama, replacing Mira Holt in the role of Juno Marsh.",
        "Ada Vale joins the cast of the thriller, replacing Mira Holt as the detective Juno Marsh.",
    ):
        found = facts(sentence)
        status = {(c.actor, c.character): c.status for c in found.cast}
        assert status == {
            ("Ada Vale", "Juno Marsh"): CastStatus.CURRENT,
            ("Mira Holt", "Juno Marsh"): CastStatus.FORMER,
        }


def test_a_leaver_without_a_part_takes_the_part_of_the_recast_just_before() -> None:
    found = facts(
        "Juno Marsh, now played by Ada Vale: Tom's chaotic flatmate. Mira Holt was originally "
        "cast but left the film in July before shooting her scenes."
    )
    status = {(c.actor, c.character): c.status for c in found.cast}
    assert status == {
        ("Ada Vale", "Juno Marsh"): CastStatus.CURRENT,
        ("Mira Holt", "Juno Marsh"): CastStatus.FORMER,
    }


def test_a_leaver_with_no_recast_before_is_dropped_not_guessed() -> None:
    found = facts("Ada Vale now plays Juno Marsh.", "Mira Holt was initially cast but quit in May.")
    assert pairs(found) == {("Ada Vale", "Juno Marsh")}
