"""Words in marks whose song is told after them ("“...” in the theme lyrics") are a lyric, no
one's quote; words credited to someone and placed in an interview after the marks stay theirs."""

from __future__ import annotations

from tests.extract.helpers import quote_speakers


def test_words_from_the_theme_lyrics_are_held() -> None:
    found = quote_speakers(
        "Fenlight returns to Channel 4 on Sunday.",
        "Honestly, the opening credits alone. “Reeds bend but never break” in the theme lyrics "
        "had me in pieces.",
    )
    assert found["Reeds bend but never break"][1] is False


def test_words_someone_said_in_an_interview_stay_served() -> None:
    found = quote_speakers(
        "Fenlight returns to Channel 4 on Sunday.",
        "Creator Oona Greaves said “we are nowhere near done” in the interview with the Radio "
        "Times.",
    )
    assert found["we are nowhere near done"] == ("Oona Greaves", True)
