"""The author-writer told through the source's volume: "X wrote the script, adapting the story
from their fourth and last Saltmarsh volume", "X's screenplay, adapted from the second volume of
her comic series"."""

from __future__ import annotations

from tests.extract.helpers import credits, facts


def test_adapting_the_story_from_ones_own_volume_credits_author_too() -> None:
    found = facts(
        "Harrow Light premieres in Rotterdam next week.",
        "Rhea Mott wrote the screenplay, adapting the story from her fourth and last Saltmarsh "
        "volume, and Tomas Ilves directs.",
        title="Harrow Light heads to Rotterdam",
    )
    assert {("writer", "Rhea Mott"), ("author", "Rhea Mott")} <= credits(found)
    found = facts(
        "Harrow Light premieres in Rotterdam next week.",
        "Pim Oduya penned the script, adapting the tale from his 2017 novel.",
        title="Harrow Light heads to Rotterdam",
    )
    assert {("writer", "Pim Oduya"), ("author", "Pim Oduya")} <= credits(found)


def test_a_script_adapted_from_a_volume_of_ones_own_series_credits_author_too() -> None:
    found = facts(
        "Harrow Light premieres in Rotterdam next week.",
        "Rhea Mott's screenplay, adapted from the second volume of her comic series, rarely "
        "hurries.",
        title="Harrow Light heads to Rotterdam",
    )
    assert {("writer", "Rhea Mott"), ("author", "Rhea Mott")} <= credits(found)
    found = facts(
        "Harrow Light premieres in Rotterdam next week.",
        "Ilves's script, based on the final volume of his graphic novels, is the draw.",
        "Tomas Ilves has been drawing comics since 2004.",
        title="Harrow Light heads to Rotterdam",
    )
    assert ("author", "Tomas Ilves") in credits(found)


def test_adapting_someone_elses_volume_credits_no_author() -> None:
    found = facts(
        "Harrow Light premieres in Rotterdam next week.",
        "Rhea Mott wrote the screenplay, adapting the story from the third Saltmarsh volume by "
        "Tomas Ilves.",
        title="Harrow Light heads to Rotterdam",
    )
    assert ("author", "Rhea Mott") not in credits(found)
