"""A leaving told with the part's new actor in the same breath: "He left the series during
production, and Y now plays Mira", "Lena Moss quit in May; Ada Vale now plays Mira". The
leaver (named, or a pronoun for the one actor the sentence before casts) no longer plays the
part, even where the part is named shorter than before."""

from __future__ import annotations

from bot.facts import CastStatus
from tests.extract.helpers import facts, former_pairs, served_statuses


def test_pronoun_leaver_then_now_plays_a_shortened_part() -> None:
    found = facts(
        "Quarry Lane: what the first trailer shows.",
        "Viewers may spot that Lena Moss, who was unveiled in spring as Ansel’s aunt Dame Mira "
        "Holt, is missing from the footage. She left the show during the shoot, and Ada Vale "
        "now plays Dame Mira.",
    )
    assert ("Lena Moss", "Dame Mira Holt") in former_pairs(found)
    assert served_statuses(found).get(("Lena Moss", "Dame Mira Holt")) is CastStatus.FORMER


def test_named_leaver_then_currently_plays() -> None:
    found = facts(
        "Quarry Lane casting change.",
        "Tom Reed was cast as Ansel Pike in March.",
        "Reed quit in the summer; Joe Marsh currently plays Ansel.",
    )
    assert ("Tom Reed", "Ansel Pike") in former_pairs(found)


def test_pronoun_with_two_actors_before_changes_nothing() -> None:
    found = facts(
        "Quarry Lane casting news.",
        "Lena Moss plays Mira Holt and Tom Reed plays Ansel Pike.",
        "He left the show in May, and Joe Marsh now plays Ansel.",
    )
    assert served_statuses(found).get(("Tom Reed", "Ansel Pike")) is CastStatus.CURRENT
