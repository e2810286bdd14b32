"""Dates the article does not give as this release: one a sentence says there is no release on
("There is NO cinema release on 3 June"), a shoot the series began years ago told in a relative
clause about an actor's past, and the span a TV guide covers ("Our pick of the best TV from
Friday 6 March to Sunday 8 March"). A writer's guess the next sentence owns up to ("That's a
guess, not a scoop") is served hedged. On invented text."""

from __future__ import annotations

from tests.extract.helpers import release_kinds

_TITLE = "Copper Bay: what we know"


def _kinds(*paragraphs: str, date: str = "2026-02-10") -> set[tuple[str, str, bool]]:
    return release_kinds(*paragraphs, date=date, title=_TITLE)


def test_a_date_there_is_said_to_be_no_release_on_is_not_served() -> None:
    kinds = _kinds(
        "Copper Bay streams on Netflix from Friday 12 June.",
        "EDIT: There is NO cinema release on June 5. Netflix has only announced the stream.",
    )
    assert ("premiere_date", "2026-06-05", False) not in kinds
    assert ("premiere_date", "2026-06-12", False) in kinds


def test_a_date_there_is_no_screening_on_is_not_served_in_other_words() -> None:
    kinds = _kinds(
        "Copper Bay streams on Netflix from Friday 12 June.",
        "To be clear, there is NO UK premiere on 4 June.",
    )
    assert ("premiere_date", "2026-06-04", False) not in kinds


def test_a_denied_release_that_moves_the_date_still_dates_it() -> None:
    kinds = _kinds(
        "There is NO cinema release on 5 June. Copper Bay streams on Netflix from 12 June instead."
    )
    assert ("premiere_date", "2026-06-12", False) in kinds


def test_a_shoot_the_series_began_in_an_actors_past_is_not_this_ones() -> None:
    kinds = _kinds(
        "Mara Quarle, who first played Tess when the series began shooting in 2019, returns for "
        "the feature-length finale, which streams from 12 June.",
    )
    assert not any(kind == "filming_started" for kind, _, _ in kinds)
    assert ("premiere_date", "2026-06-12", False) in kinds


def test_a_shoot_the_show_started_filming_when_an_actor_joined_is_not_this_ones() -> None:
    kinds = _kinds(
        "Dev Arlo, who joined as Sam when the show started filming in 2020, is back for the film.",
    )
    assert not any(kind == "filming_started" for kind, _, _ in kinds)


def test_a_shoot_that_began_is_still_read() -> None:
    kinds = _kinds("The film began shooting in Cornwall in January 2026.")
    assert ("filming_started", "2026-01", False) in kinds


def test_the_span_a_tv_guide_covers_is_no_release() -> None:
    kinds = _kinds(
        "Our pick of the best TV and streaming from Friday 13 February to Sunday 15 February.",
        "Copper Bay: Sunday 15 February, 9pm, BBC One.",
    )
    assert ("premiere_date", "2026-02-13", False) not in kinds


def test_the_span_of_a_weekend_guide_is_no_release_in_other_words() -> None:
    kinds = _kinds(
        "What to watch on TV and streaming from Saturday 14 February to Sunday 15 February.",
    )
    assert ("premiere_date", "2026-02-14", False) not in kinds


def test_a_guess_the_next_sentence_owns_up_to_is_hedged() -> None:
    kinds = _kinds(
        "For what it's worth, our money is on an autumn 2026 launch. That's a guess, not a scoop.",
    )
    assert ("window", "2026-09/2026-11", True) in kinds
    assert ("window", "2026-09/2026-11", False) not in kinds


def test_a_date_the_next_sentence_calls_our_guess_is_hedged() -> None:
    kinds = _kinds(
        "Copper Bay arrives in October 2026. That is only our guess.",
    )
    assert ("window", "2026-10", True) in kinds
    assert ("window", "2026-10", False) not in kinds
