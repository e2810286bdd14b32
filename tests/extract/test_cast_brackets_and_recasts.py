"""Cast: bracketed shows, recasts told with 'replaced', parts listed first, nationalities; kinds
of failure met in blind batch 8, each on invented text (none of its names)."""

from __future__ import annotations

from bot.facts import CastStatus
from tests.extract.helpers import facts, pairs


def _status(found: object, actor: str, character: str) -> CastStatus | None:
    for fact in getattr(found, "cast", ()):
        if (fact.actor, fact.character) == (actor, character):
            return fact.status  # type: ignore[no-any-return]
    return None


def test_a_bracketed_show_before_will_play_is_a_credit_not_the_actor() -> None:
    found = facts(
        "The Lantern Bay film has a new lead.",
        "Tamsin Rook (Harbour Lights) will play Greta Voss, the baker who runs the quay, "
        "replacing Ivo Bell, who has exited the project.",
    )
    assert ("Tamsin Rook", "Greta Voss") in pairs(found)
    assert _status(found, "Ivo Bell", "Greta Voss") is CastStatus.FORMER
    assert all("Harbour Lights" not in (c.actor, c.character) for c in found.cast)
    assert all(c.character != "Tamsin Rook" for c in found.cast)


def test_a_bracketed_show_before_has_been_cast_as_is_a_credit() -> None:
    found = facts(
        "Two names join the Lantern Bay film.",
        "Swedish actor Piet Lammers (The Night Ferry), who has been cast as Prof Alma Reed, "
        "starts next month.",
        "Odile Brandt (Coldwater) has been cast as Sol Marek.",
    )
    assert ("Piet Lammers", "Prof Alma Reed") in pairs(found)
    assert ("Odile Brandt", "Sol Marek") in pairs(found)
    assert all("Night Ferry" not in c.character for c in found.cast)


def test_a_title_before_star_in_played_by_is_not_the_actor() -> None:
    found = facts(
        "The Lantern Bay teaser is out.",
        "It introduces Greta Voss, played by Harbour Lights star Tamsin Rook, and Sol Marek.",
        "Prof Alma Reed is played by the Night Ferry actor Piet Lammers.",
    )
    assert ("Tamsin Rook", "Greta Voss") in pairs(found)
    assert ("Piet Lammers", "Prof Alma Reed") in pairs(found)
    assert all(c.actor not in {"Harbour Lights", "Night Ferry"} for c in found.cast)


def test_who_replaced_after_a_description_names_the_leaver_and_the_joiner() -> None:
    found = facts(
        "Lantern Bay wrapped last week.",
        "Tamsin Rook, the Harbour Lights actor who replaced Ivo Bell as Sol’s Swiss "
        "landlady Greta Voss, spent the shoot learning German.",
        "Piet Lammers, who replaced Odile Brandt as the Danish chef Alma Reed, stayed on.",
    )
    assert ("Tamsin Rook", "Greta Voss") in pairs(found)
    assert _status(found, "Ivo Bell", "Greta Voss") is CastStatus.FORMER
    assert ("Piet Lammers", "Alma Reed") in pairs(found)
    assert _status(found, "Odile Brandt", "Alma Reed") is CastStatus.FORMER
    assert all(c.character not in {"Swiss", "Danish"} for c in found.cast)


def test_parts_first_then_still_played_by_pairs_in_order() -> None:
    found = facts(
        "The Lantern Bay film starts shooting.",
        "Greta and Sol are still played by Rook and Piet Lammers, both now producers too.",
        "Tamsin Rook said she was thrilled.",
    )
    assert {("Tamsin Rook", "Greta"), ("Piet Lammers", "Sol")} <= pairs(found)


def test_parts_first_played_by_three_actors() -> None:
    found = facts(
        "The Lantern Bay film starts shooting.",
        "Greta, Sol and Alma will be played by Tamsin Rook, Piet Lammers and Odile Brandt.",
    )
    assert pairs(found) == {
        ("Tamsin Rook", "Greta"),
        ("Piet Lammers", "Sol"),
        ("Odile Brandt", "Alma"),
    }


def test_a_nationality_alone_is_never_a_part() -> None:
    found = facts(
        "The Lantern Bay film adds a guest.",
        "Ivo Bell joins as Sol's Italian",
        "cousin in two scenes.",
    )
    assert all(c.character != "Italian" for c in found.cast)


def test_a_part_with_its_actor_in_brackets_before_a_verb_is_still_a_casting() -> None:
    found = facts(
        "The Lantern Bay trailer is out.",
        "Greta (Tamsin Rook) plays the piano while Sol (Piet Lammers) plays Ivo's old records.",
    )
    assert {("Tamsin Rook", "Greta"), ("Piet Lammers", "Sol")} <= pairs(found)


def test_a_part_named_like_an_award_is_still_a_part() -> None:
    found = facts(
        "The Lantern Bay film adds two names.",
        "Ivo Bell joins as Tony, a waiter, and Piet Lammers will play Oscar Reyes.",
    )
    assert {("Ivo Bell", "Tony"), ("Piet Lammers", "Oscar Reyes")} <= pairs(found)


def test_aka_with_a_relation_names_the_part() -> None:
    found = facts(
        "Live from the Lantern Bay premiere.",
        "Odile Brandt, aka Sol's grumpy aunt Greta, has just arrived.",
        "Meanwhile Ivo Bell, aka Greta's son Tom Voss, waved at fans.",
        "Piet Lammers, aka Lanky Pete, signed posters.",
    )
    assert {("Odile Brandt", "Greta"), ("Ivo Bell", "Tom Voss")} <= pairs(found)
    assert all(c.actor != "Piet Lammers" for c in found.cast)
