"""Someone said to speak "in" a season, an episode or the film leads to a line of the work."""

from __future__ import annotations

from tests.extract.helpers import lantern_bay_served


def test_a_part_speaking_in_an_early_season_is_held() -> None:
    found = lantern_bay_served(
        "I will miss this show more than I can say.",
        "Like Joss Ebury’s Orvo says in the second series, “Nobody leaves the bay for long.”"
        " Maybe that is the point.",
    )
    assert found.get("Nobody leaves the bay for long.") is not True


def test_a_person_speaking_in_an_interview_stays_theirs() -> None:
    found = lantern_bay_served(
        "I will miss this show more than I can say.",
        "As Joss Ebury said in an interview last week, “We always knew the bay would end.”",
    )
    assert found.get("We always knew the bay would end.") is True
