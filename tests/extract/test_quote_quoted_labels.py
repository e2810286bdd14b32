"""Quotes on invented text: a quotation used as the name of a thing ("the “...” rumour going
round") with no source the article describes is nobody's words: held, never served."""

from __future__ import annotations

from tests.extract.helpers import facts


def test_a_quotation_naming_a_rumour_is_held() -> None:
    for line in (
        'No date yet. The "it lands in the spring" thing doing the rounds on forums is a fake.',
        "No date yet. That “filming wraps in May” rumour on TikTok was made up by a fan page.",
    ):
        found = facts("Mods here: the Quill Harbour film has a new cast member.", line)
        assert not any(q.served for q in found.quotes), line


def test_a_named_speakers_words_before_a_noun_stay_served() -> None:
    found = facts(
        "Ros Telling directs the Quill Harbour film.",
        "Telling said the “long goodbye” scene was the hardest week of the shoot.",
    )
    assert all(q.speaker == "Ros Telling" for q in found.quotes if q.served)
