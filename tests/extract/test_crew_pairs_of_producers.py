"""Producers named as a pair in the sentence before ("A, who plays X, is joined by B as Y. The
pair are also executive producers"): both credited when exactly two people besides the cast
parts are named, otherwise nothing (invented sentences)."""

from __future__ import annotations

from bot.facts import ArticleFacts
from tests.extract.helpers import credits, facts, served_credits

_LEDE = "Filming on Harbour Lights began on Monday."
_TITLE = "Harbour Lights: filming begins"


def test_the_pair_after_two_actors_and_their_parts_are_executive_producers() -> None:
    found = facts(
        _LEDE,
        "Mara Holt, who plays Ada Quince, is joined again by Ben Sowerby as Tom Reyes. The pair "
        "are also executive producers on the film.",
        title=_TITLE,
    )
    assert {("executive_producer", "Mara Holt"), ("executive_producer", "Ben Sowerby")} <= (
        credits(found)
    )


def test_both_after_two_returning_actors_are_producers() -> None:
    found = facts(
        _LEDE,
        "Mara Holt and Ben Sowerby return as Ada and Tom. Both are also producers this time.",
        title=_TITLE,
    )
    assert {("producer", "Mara Holt"), ("producer", "Ben Sowerby")} <= credits(found)


def test_the_pair_after_three_people_or_of_another_work_credits_nobody() -> None:
    three = facts(
        _LEDE,
        "Mara Holt met Ben Sowerby and Dana Pike in Leeds. The pair are also executive producers.",
        title=_TITLE,
    )
    other = facts(
        _LEDE,
        "Mara Holt and Ben Sowerby return as Ada and Tom. The pair are producers on Lowland.",
        title=_TITLE,
    )
    assert not credits(three)
    assert not credits(other)


def test_both_actors_or_the_two_stars_serving_as_executive_producers_are_credited() -> None:
    both = facts(
        _LEDE,
        "Mara Holt and Ben Sowerby return as Ada and Tom. Both actors also serve as executive "
        "producers.",
        title=_TITLE,
    )
    two = facts(
        _LEDE,
        "Mara Holt plays Ada opposite Ben Sowerby as Tom. The two stars are executive producers "
        "too.",
        title=_TITLE,
    )
    pair = {("executive_producer", "Mara Holt"), ("executive_producer", "Ben Sowerby")}
    assert pair <= credits(both)
    assert pair <= credits(two)


def _shoot(sentence: str) -> ArticleFacts:
    """The facts of ``sentence`` after a lede about Sefton Rye's shoot."""
    return facts(
        "Filming on Sefton Rye began on Monday.", sentence, title="Sefton Rye: filming begins"
    )


def test_stars_who_lead_the_cast_as_parts_and_serve_as_executive_producers() -> None:
    found = _shoot(
        "Mara Holt and Ben Sowerby lead the cast as Ada and Tom, and serve as executive "
        "producers alongside Dana Pike, Jo Marsh and Ivo Lund."
    )
    names = {"Mara Holt", "Ben Sowerby", "Dana Pike", "Jo Marsh", "Ivo Lund"}
    assert {("executive_producer", name) for name in names} <= served_credits(found)


def test_a_star_returning_as_a_part_who_also_executive_produces_with_a_company_list() -> None:
    found = _shoot(
        "Mara Holt returns as Ada and also serves as executive producer alongside Quillon "
        "Films’ Jo Marsh and Ivo Lund."
    )
    names = {"Mara Holt", "Jo Marsh", "Ivo Lund"}
    assert {("executive_producer", name) for name in names} <= served_credits(found)


def test_a_star_whose_part_is_followed_by_another_persons_credit_is_not_credited() -> None:
    found = _shoot(
        "Mara Holt stars as Ada, and Ben Sowerby serves as executive producer. Dana Pike leads "
        "the cast as Tom and Ivo Lund directs."
    )
    assert ("executive_producer", "Ben Sowerby") in served_credits(found)
    assert ("director", "Ivo Lund") in served_credits(found)
    assert not {name for _, name in credits(found)} & {"Mara Holt", "Dana Pike"}
