"""Review mends of round 136 (invented text): a third person's saying inside a subject's words
told "according to" another is held; a part played on stage at a venue or on tour in a town
before "as" is that run's part; a "she says" after a sentence talking of the part as a role is
the actor's; hearsay "word in the industry is" hedges a window as "word on set is" does."""

from __future__ import annotations

import pytest

from tests.extract.helpers import facts, served_pairs

_CAST = "Kettlewick returns to Fenmark in June, with Saskia Brandt as Mirel and Kai Moss as Orvo."
_SHOOT = "Kettlewick, a new drama from Fenmark, begins shooting in June."


def test_a_third_persons_words_inside_a_relayed_report_are_held() -> None:
    found = facts(
        _CAST,
        "Saskia Brandt said her father called the show “a glorious mess”, according to Kai Moss.",
    )
    quote = next(q for q in found.quotes if q.text.startswith("a glorious"))
    assert not quote.served


def test_the_subjects_own_naming_told_according_to_another_stays_the_subjects() -> None:
    found = facts(_CAST, "Saskia Brandt called the show “a glorious mess”, according to Kai Moss.")
    quote = next(q for q in found.quotes if q.text.startswith("a glorious"))
    assert quote.served and quote.speaker == "Saskia Brandt"


@pytest.mark.parametrize(
    "lead", ["spent the winter on stage at the Lyric", "was on tour in Scotland"]
)
def test_a_part_on_stage_at_a_venue_or_on_tour_in_a_town_is_not_cast(lead: str) -> None:
    found = facts(_SHOOT, f"Orrin Tavey, who {lead} as Prospero, plays the father, Tam.")
    assert ("Orrin Tavey", "Prospero") not in served_pairs(found)
    assert ("Orrin Tavey", "Tam") in served_pairs(found)


def test_she_says_after_the_part_talked_of_as_a_role_is_the_actors() -> None:
    found = facts(
        _CAST,
        "Saskia Brandt has waited ten years for a part like this. Mirel is the role she wanted"
        " most. “I knew her at once,” she says.",
    )
    quote = next(q for q in found.quotes if q.text.startswith("I knew"))
    assert quote.served and quote.speaker == "Saskia Brandt"


@pytest.mark.parametrize(
    "hearsay", ["Word in the industry is", "Word around town is", "Word among crew is"]
)
def test_hearsay_word_in_a_place_hedges_the_window(hearsay: str) -> None:
    found = facts(
        f"Kettlewick, the new drama from Fenmark, is nearly finished. {hearsay} that it lands"
        " in May 2027."
    )
    windows = [r for r in found.release if r.window == "2027-05"]
    assert windows and all(r.hedged for r in windows)
