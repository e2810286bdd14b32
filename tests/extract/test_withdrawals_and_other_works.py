"""Leavers replaced later in the article, castings of other works told in a relative clause,
and "as" opening a clause rather than a part (invented sentences, none of the corpus's names)."""

from __future__ import annotations

from bot.facts import ArticleFacts, CastStatus
from tests.extract.helpers import facts, pairs


def _status(found: ArticleFacts, actor: str, character: str) -> CastStatus | None:
    return next(
        (c.status for c in found.cast if (c.actor, c.character) == (actor, character)), None
    )


def test_a_withdrawal_replaced_by_a_new_actor_moves_the_part() -> None:
    found = facts(
        "Two newcomers were announced in June: Petra Lind as Vera Holt and Omar Dace as Kit Moss.",
        "In July, Dace withdrew from the film after an injury and was replaced by Ivo Marr.",
    )
    assert _status(found, "Omar Dace", "Kit Moss") is CastStatus.FORMER
    assert _status(found, "Ivo Marr", "Kit Moss") is CastStatus.CURRENT
    assert _status(found, "Petra Lind", "Vera Holt") is CastStatus.CURRENT


def test_a_leaver_whose_role_was_recast_with_someone_else() -> None:
    found = facts(
        "The studio named Petra Lind as Vera Holt and Omar Dace as Kit Moss in the spring.",
        "Lind left a month later to join a touring play; the role of Vera was recast with "
        "Suki Ren, who had auditioned first time round.",
    )
    assert _status(found, "Petra Lind", "Vera Holt") is CastStatus.FORMER
    assert _status(found, "Suki Ren", "Vera Holt") is CastStatus.CURRENT
    assert _status(found, "Omar Dace", "Kit Moss") is CastStatus.CURRENT


def test_a_part_first_given_then_passed_on_is_former() -> None:
    found = facts(
        "The leads are played by Tess Arno as Lou and Bram Ode as Dell.",
        "Ode, who had been cast as Lou's cousin Harriet, was moved up, and Harriet is now "
        "played by Nia Coyle.",
    )
    assert _status(found, "Bram Ode", "Harriet") is CastStatus.FORMER
    assert _status(found, "Nia Coyle", "Harriet") is CastStatus.CURRENT


def test_had_been_cast_alone_keeps_the_casting_current() -> None:
    found = facts("Tess Arno, who had been cast as Lou in March, began filming this week.")
    assert _status(found, "Tess Arno", "Lou") is not CastStatus.FORMER


def test_a_work_that_starred_someone_is_that_works_casting() -> None:
    found = facts(
        "Grey Harbour stars Lena Voss as Inspector Ruth Kale.",
        "The first Copper Kettle Tales, which starred Dario Fenn as the voice of Pockets, "
        "earned a fortune in 2021.",
    )
    assert ("Dario Fenn", "Pockets") not in pairs(found)
    assert ("Lena Voss", "Inspector Ruth Kale") in pairs(found)


def test_seasons_spent_as_a_part_in_another_show_are_that_shows() -> None:
    found = facts(
        "Lena Voss stars as Ruth Kale, a ferry captain with a secret.",
        "Voss, who spent four seasons as Duchess Amelia Crane in The Velvet Court, has never "
        "been better.",
    )
    assert ("Lena Voss", "Duchess Amelia Crane") not in pairs(found)
    assert ("Lena Voss", "Ruth Kale") in pairs(found)


def test_as_opening_a_clause_after_an_aside_is_no_part() -> None:
    found = facts(
        "Produced by Mara Quint, the series follows Ben and Ola through one hard winter, "
        "as Ben starts a new job and Ola leaves home.",
    )
    assert not any(c.actor == "Mara Quint" for c in found.cast)


def test_a_takeover_naming_the_work_before_the_leaver_keeps_the_leaver() -> None:
    found = facts(
        "Suki Ren has taken over the role of Vera Holt in the Grey Harbour film from Petra Lind, "
        "who has left the production.",
    )
    assert _status(found, "Petra Lind", "Vera Holt") is CastStatus.FORMER
    assert _status(found, "Suki Ren", "Vera Holt") is CastStatus.CURRENT


def test_a_takeover_in_the_new_series_from_a_leaver() -> None:
    found = facts("Ivo Marr took over the part of Kit Moss in the second series from Omar Dace.")
    assert _status(found, "Omar Dace", "Kit Moss") is CastStatus.FORMER
