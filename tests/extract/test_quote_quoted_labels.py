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


def test_words_in_marks_listed_as_examples_are_held() -> None:
    found = facts(
        "Mods here: release week for the Quill Harbour film starts now.",
        "1. No spoilers in post titles. That includes “the twist”, “who leaves the harbour in "
        "the end” and screenshots of the last scene.",
    )
    assert found.quotes, "the words are kept, held for review"
    assert not any(q.served for q in found.quotes), found.quotes


def test_a_named_speakers_words_after_includes_stay_served() -> None:
    found = facts(
        "Ros Telling directs the Quill Harbour film.",
        "Telling said the finale includes “a proper goodbye to the harbour”.",
    )
    assert [q.speaker for q in found.quotes if q.served] == ["Ros Telling"], found.quotes


def test_a_quotation_after_a_described_determiner_with_a_guessed_speaker_is_held() -> None:
    found = facts(
        "The Wrayfield film finally has a title.",
        "Many readers had been sure it would be called Wrayfield: Home, after a fake “cast list” "
        "went viral in May.",
    )
    assert found.quotes, "the words are kept, held for review"
    assert not any(q.served for q in found.quotes), found.quotes


def test_a_speakers_words_after_a_described_determiner_stay_served() -> None:
    found = facts(
        "Ros Telling directs the Wrayfield film.",
        "Telling said a fake “cast list” went viral in May and upset the younger actors.",
    )
    assert any(q.served and q.speaker == "Ros Telling" for q in found.quotes), found.quotes


def test_a_longer_quotation_after_a_noun_and_its_determiner_stays_served() -> None:
    found = facts(
        "Ros Telling directs the Wrayfield film.",
        "The studio's own blog quotes Ros Telling saying the title “made her cry on the last "
        "night bus home,” which, same.",
    )
    assert any(q.served and q.speaker == "Ros Telling" for q in found.quotes), found.quotes
