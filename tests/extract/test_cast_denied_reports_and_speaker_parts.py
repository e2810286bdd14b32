"""A casting a report claimed and the sentence calls wrong ("Reports that X had been cast as Y
were incorrect, the studio said") is no casting served; nor is a "part" that is the name of
whoever said the sentence ("X has been cast as Tom's brother, Corvale said")."""

from __future__ import annotations

from tests.extract.helpers import facts, served_pairs

_LEDE = "Filming has begun on The Pewter Meadow, a new Corvale Original film starring Ines Corr."


def test_a_reported_casting_the_sentence_calls_incorrect_is_not_served() -> None:
    found = served_pairs(
        facts(
            _LEDE,
            "Reports last week that Welsh actor Ben Hale had been cast as Mira’s brother were "
            "incorrect, Corvale said.",
        )
    )
    assert not any(actor == "Ben Hale" for actor, _ in found)


def test_claims_of_a_named_part_called_untrue_are_not_served() -> None:
    found = served_pairs(
        facts(
            _LEDE,
            "Claims that Oona Pettifer would play Hester Crane were untrue, a spokesperson "
            "insisted.",
        )
    )
    assert ("Oona Pettifer", "Hester Crane") not in found


def test_rumours_dismissed_as_false_are_not_served() -> None:
    found = served_pairs(
        facts(
            _LEDE,
            "Rumours that Dev Marchetti has been cast as the lighthouse keeper Abel Stroud are "
            "false, according to the producers.",
        )
    )
    assert ("Dev Marchetti", "Abel Stroud") not in found


def test_the_speaker_after_a_described_part_is_no_part() -> None:
    for said in ("Corvale said", "Corvale confirmed", "Corvale told reporters"):
        found = served_pairs(facts(_LEDE, f"Ben Hale has been cast as Mira’s brother, {said}."))
        assert not any(actor == "Ben Hale" for actor, _ in found), said


def test_a_named_part_before_the_speaker_is_still_served() -> None:
    found = served_pairs(facts(_LEDE, "Ben Hale has been cast as Mira Vance, Corvale said."))
    assert ("Ben Hale", "Mira Vance") in found
