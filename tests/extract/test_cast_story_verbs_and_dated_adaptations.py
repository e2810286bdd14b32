"""Two ways a sentence names a part that is not the one its words first seem to give.

* "X, the debut from director Y, follows Z, a ..., played by W": the part is Z, the name the
  story verb takes, never the director named before it;
* "Salt Bay, which ITV adapted in 2019 with X as Y": another work's adaptation, dated, so its
  cast, not ours.
"""

from __future__ import annotations

from tests.extract.helpers import facts, pairs, served_pairs


def test_the_part_a_story_verb_takes_is_the_one_played() -> None:
    found = facts(
        "Harbour Lights gets a date.",
        "Harbour Lights, the debut from writer-director Tomas Reyne, tracks Wilma, a retired "
        "lighthouse keeper, played by the Swedish actress Ingrid Fahl.",
    )
    assert ("Ingrid Fahl", "Wilma") in served_pairs(found)
    assert ("Ingrid Fahl", "Tomas Reyne") not in pairs(found)


def test_a_story_verb_after_a_film_description() -> None:
    found = facts(
        "Cold Orchard opens in March.",
        "Cold Orchard, the new drama from director Hanne Solberg, follows Petra, a widowed "
        "beekeeper, played by newcomer Liv Aasen, as she fights to keep the farm.",
    )
    assert ("Liv Aasen", "Petra") in served_pairs(found)
    assert ("Liv Aasen", "Hanne Solberg") not in pairs(found)


def test_a_description_before_played_by_still_gives_the_part() -> None:
    found = facts(
        "Cold Orchard opens in March.",
        "Petra, Tom's sister, played by Liv Aasen, arrives in the second act.",
    )
    assert ("Liv Aasen", "Petra") in served_pairs(found)


def test_another_works_dated_adaptation_is_not_our_cast() -> None:
    found = facts(
        "Paper Kites gets a date.",
        "Don't confuse it with Salt Bay, Imogen Hart's first novel, which ITV adapted in 2019 "
        "with Clara Doyle as Nessa Grant.",
    )
    assert ("Clara Doyle", "Nessa Grant") not in pairs(found)


def test_another_works_dated_filming_starring_is_not_our_cast() -> None:
    found = facts(
        "Paper Kites gets a date.",
        "Her earlier book Salt Bay, which was filmed for television in 2008, starring Clara "
        "Doyle as Nessa Grant, was a hit.",
    )
    assert ("Clara Doyle", "Nessa Grant") not in pairs(found)


def test_a_part_originally_meant_to_be_played_by_a_leaver() -> None:
    found = facts(
        "Paper Kites gets a date.",
        "Ollie was originally meant to be played by Ravi Dunn, who left the production in May.",
    )
    assert ("Ravi Dunn", "Ollie") in pairs(found)
