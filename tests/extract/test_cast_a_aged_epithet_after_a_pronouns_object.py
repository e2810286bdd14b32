""" "..., he tells hosts A and B. The 30-year-old, who plays Y, ...": a name a pronoun's verb
governs is who he spoke to, not who the age epithet stands for; no one is read as playing Y
from it, while a named subject before the epithet still is."""

from __future__ import annotations

from tests.extract.helpers import facts, served_pairs


def test_pronouns_object_is_not_the_aged_player() -> None:
    found = facts(
        "On this week's Quayside podcast, the star of Saltmarrow looks back on the final series.",
        "“I wept on the ferry,” he tells presenters Petra Lisle and Ede Pollard on the episode.",
        "The 30-year-old, who plays Jory Orde opposite Tamsin Roke’s Nan, is frank about it.",
        title="Saying goodbye to Saltmarrow",
    )
    assert ("Petra Lisle", "Jory Orde") not in served_pairs(found)


def test_named_subject_is_the_aged_player() -> None:
    found = facts(
        "On this week's Quayside podcast, Kit Avery looks back on the final series of Saltmarrow.",
        "Kit Avery tells presenters Petra Lisle and Ede Pollard he wept on the ferry.",
        "The 30-year-old, who plays Jory Orde, is frank about it.",
        title="Saying goodbye to Saltmarrow",
    )
    assert ("Kit Avery", "Jory Orde") in served_pairs(found)
