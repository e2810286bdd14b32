"""Joining a work named as a feature, picture or project in a part; a takeover whose new actor
is only described ("the Danish actor who ...") lending the leaver no part; and the turn an
award was for ("a nomination for playing Y in Lumen"), another work's part."""

from __future__ import annotations

from bot.facts import ArticleFacts, CastStatus
from tests.extract.helpers import facts


def _status(found: ArticleFacts, actor: str, part: str) -> CastStatus | None:
    for fact in found.cast:
        if fact.actor == actor and fact.character == part and fact.served:
            return fact.status
    return None


def test_boarding_a_feature_in_a_part_taking_over_from_a_leaver() -> None:
    found = facts(
        "Lumen recasts a lead.",
        "Halvard Strøm, the Danish actor who broke out in TV2’s Kystvagt, has boarded Lumen’s "
        "Copper Bay feature as Tobias Quist, taking over the role from Ansel Vikre, who exited "
        "last month.",
        title="‘Copper Bay’ recasts Tobias",
    )
    assert _status(found, "Halvard Strøm", "Tobias Quist") is CastStatus.CURRENT
    assert _status(found, "Ansel Vikre", "Tobias Quist") is CastStatus.FORMER
    second = facts(
        "Copper Bay adds to its cast.",
        "Mirela Toth has joined the Copper Bay project as Greta Lind.",
        title="‘Copper Bay’ adds Mirela Toth",
    )
    assert _status(second, "Mirela Toth", "Greta Lind") is CastStatus.CURRENT


def test_a_described_newcomer_lends_the_leaver_no_part_from_another_work() -> None:
    found = facts(
        "Lumen recasts a lead.",
        "Halvard Strøm, the Danish actor who broke out in the long-running TV2 police drama "
        "Kystvagt, has signed on with Lumen, taking over the part from Ansel Vikre, who exited "
        "last month.",
        "He earned a Reumert nomination for playing troubled son Ole Brand in Kystvagt.",
        title="‘Copper Bay’ recasts a lead",
    )
    assert all(fact.character != "Ole Brand" for fact in found.cast if fact.served)
    assert all(fact.actor != "Ansel Vikre" for fact in found.cast if fact.served)


def test_the_turn_an_award_was_for_is_another_works_part() -> None:
    found = facts(
        "Copper Bay sets a lead.",
        "Ivo Brandt earned a Gouden Kalf nomination for playing troubled son Bas Kuiper in "
        "Grachten.",
        title="‘Copper Bay’ finds its lead",
    )
    assert not [fact for fact in found.cast if fact.served]
    second = facts(
        "Copper Bay sets a lead.",
        "Ivo Brandt, who stars as Tobias Quist, won the Golden Calf for playing Bas Kuiper in "
        "Grachten.",
        title="‘Copper Bay’ finds its lead",
    )
    assert _status(second, "Ivo Brandt", "Tobias Quist") is CastStatus.CURRENT
    assert all(fact.character != "Bas Kuiper" for fact in second.cast if fact.served)


def test_cast_in_an_owners_adaptation_of_this_work() -> None:
    found = facts(
        "Copper Bay starts filming.",
        "Ivo Brandt has been cast as Tobias Holt in Lumen’s adaptation of Copper Bay.",
        title="‘Copper Bay’ casts its leads",
    )
    assert _status(found, "Ivo Brandt", "Tobias Holt") is CastStatus.CURRENT
    second = facts(
        "Copper Bay starts filming.",
        "Ada Vale will play Mira Holt in the BBC’s new version of Copper Bay.",
        title="‘Copper Bay’ casts its leads",
    )
    assert _status(second, "Ada Vale", "Mira Holt") is CastStatus.CURRENT
    other = facts(
        "Copper Bay starts filming.",
        "Ivo Brandt has been cast as Tobias Holt in Lumen’s adaptation of Salt Roads.",
        title="‘Copper Bay’ casts its leads",
    )
    assert _status(other, "Ivo Brandt", "Tobias Holt") is None
