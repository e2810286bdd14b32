"""A score written "for Channel 4’s Welsh thriller T": a place or nationality word between the
channel's possessive and the genre is the title's description, not the title, so the composer
keeps the credit when T is ours. Invented articles."""

from __future__ import annotations

from tests.extract.helpers import served_crew

_TITLE = "“I wanted the bell to ring”: meet the composer behind Copper Bay"


def test_a_nationality_before_the_genre_keeps_the_composer() -> None:
    found = served_crew(
        "Danish composer Ilse Brandrup wrote the score for Channel 4’s Welsh thriller Copper Bay "
        "using a bell.",
        "Copper Bay begins on Channel 4 on 3 May.",
        title=_TITLE,
    )
    assert ("composer", "Ilse Brandrup") in found


def test_a_place_before_the_genre_keeps_the_composer() -> None:
    found = served_crew(
        "Ilse Brandrup composed the music for ITV’s Cornish ghost story Copper Bay in a chapel.",
        "Copper Bay begins on ITV on 3 May.",
        title=_TITLE,
    )
    assert ("composer", "Ilse Brandrup") in found


def test_another_described_work_still_credits_nothing() -> None:
    found = served_crew(
        "Copper Bay begins on Channel 4 on 3 May.",
        "Its composer, Ilse Brandrup, wrote the score for the BBC’s Welsh thriller Slate Tarn in "
        "2019.",
        title="Copper Bay: everything we know",
    )
    assert ("composer", "Ilse Brandrup") not in found
