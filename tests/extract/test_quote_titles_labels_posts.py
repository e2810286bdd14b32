"""Quotes on invented text: a title in marks after a work noun keeps a full stop inside the
marks ("her bestseller “Den aske tide.”") and is no quote; a lowercase word or two in marks before
the noun they qualify ("no “fan cut” copies.") is held; a full name's post with a time between
it and the verb ("Ada Vale's story this morning said") is that person's."""

from __future__ import annotations

from tests.extract.helpers import quote_speakers


def test_a_title_with_the_sentences_full_stop_is_no_quote() -> None:
    for line, title in (
        ("Pell will adapt Mara Quist’s 2021 bestseller “Den aske tide.”", "Den aske tide"),
        ("The script is based on the novella “Sal og lanterner,” which sold well.", "Sal og"),
    ):
        found = quote_speakers("Lumen has set the Harrowgate film for spring.", line)
        assert not any(text.startswith(title) for text in found), line


def test_a_lowercase_label_before_its_noun_is_held() -> None:
    for line, label in (
        ("Please post no leaked clips or “fan cut” copies. Mods will remove them.", "fan cut"),
        ("We have seen the “soft launch” posts and the rest, so calm down.", "soft launch"),
    ):
        found = quote_speakers("The Harrowgate film arrives on Lumen in May.", line)
        assert found.get(label, ("", False))[1] is False, line


def test_words_a_speaker_calls_something_are_kept() -> None:
    found = quote_speakers(
        "The Harrowgate film arrives on Lumen in May.",
        "Director Ines Calloway said the shoot was “really tough” at times.",
    )
    assert found.get("really tough") == ("Ines Calloway", True)


def test_a_full_names_post_with_a_time_before_the_verb_is_theirs() -> None:
    for line, words in (
        ("Pia Ostrander's story this morning just said 'nearly there' and nothing else.",
         "nearly there"),
        ("Pia Ostrander’s post last night simply said “see you Friday”, with a heart.",
         "see you Friday"),
        ("Pia Ostrander’s caption on Sunday said “one week to go” under a clapperboard.",
         "one week to go"),
    ):  # fmt: skip
        found = quote_speakers("The Harrowgate film arrives on Lumen in May.", line)
        assert found.get(words) == ("Pia Ostrander", True), line


def test_an_official_accounts_caption_is_the_accounts() -> None:
    for line in (
        "The official Lumen Nordic account also marked the last day with a clip of the crew, "
        "captioned: “And that is Harrowgate done”",
        "The official Lumen Nordic channel shared a photo of the set, writing: “And that is "
        "Harrowgate done”",
    ):
        found = quote_speakers("Filming on Harrowgate has wrapped.", line)
        assert found.get("And that is Harrowgate done") == ("Lumen Nordic", True), line
