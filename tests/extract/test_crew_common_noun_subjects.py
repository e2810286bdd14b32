"""A common noun opening a sentence before a bare crew participle ("Signs directing crew to
the car park", "Arrows directing fans to the pier") is no person: nobody is credited. A name
with the participle mid-sentence ("with Vale directing") still is (invented sentences)."""

from __future__ import annotations

from tests.extract.helpers import served_crew

_LEDE = "Filming for Lantern Bay began in Margate on Monday."


def test_signs_directing_crew_credit_no_one() -> None:
    served = served_crew(
        _LEDE,
        "Signs directing crew to the car park carried the name “Driftwood”, though the studio "
        "has not confirmed it.",
    )
    assert not {name for _, name in served} & {"Signs"}


def test_other_plural_nouns_directing_people_credit_no_one() -> None:
    served = served_crew(
        _LEDE,
        "Arrows directing fans to the pier were taken down on Tuesday.",
        "Notices directing drivers to diversions went up along the front.",
    )
    assert not {name for _, name in served} & {"Arrows", "Notices"}


def test_a_name_with_the_participle_mid_sentence_is_still_credited() -> None:
    served = served_crew(_LEDE, "The shoot runs to June, with Odile Prewitt directing.")
    assert ("director", "Odile Prewitt") in served
