"""Quotes on invented text: a speaker who "will only say" or "would say only that" the words,
never the work named in the sentence before."""

from __future__ import annotations

from tests.extract.helpers import facts


def _quotes(*paragraphs: str) -> list[tuple[str, str]]:
    found = facts(*paragraphs, date="2026-05-02")
    return [(q.text, q.speaker) for q in found.quotes if q.served]


def test_a_speaker_with_a_modal_before_say_is_the_speaker() -> None:
    found = _quotes(
        "Director Ada Moreno is shooting Copper Sky in Spain.",
        "Copper Sky is due in cinemas next spring. Moreno will only say that the cut will be "
        "“short, for once”.",
        "Her producer, Idris Vance, would say only that the score is “nearly there, honestly”.",
    )
    assert ("short, for once", "Ada Moreno") in found, found
    assert ("nearly there, honestly", "Idris Vance") in found, found
    assert not any(speaker == "Copper Sky" for _, speaker in found), found


def test_an_unnamed_spokesperson_who_would_say_only_is_no_person() -> None:
    found = facts(
        "Copper Sky has wrapped.",
        "Asked by Screen North, a Lumen spokesperson would say only that the film would "
        "arrive “when the edit is done, and no sooner”.",
        date="2026-05-02",
    ).quotes
    assert [(q.speaker, q.speaker_is_person) for q in found] == [("Lumen spokesperson", False)]


def test_words_relayed_according_to_someone_are_not_theirs() -> None:
    found = _quotes(
        "Director Ada Moreno is shooting Copper Sky in Spain.",
        "The writer Tom Hale, now 80, visited the set. According to Moreno he told the cast he "
        "had “waited decades to see this happen” and then left.",
        "Her lead, Jo Park, was thrilled. According to Moreno, she said the script was “the "
        "best thing I have ever read” on day one.",
        "According to Moreno, the shoot was “a joy from start to finish”.",
    )
    assert ("waited decades to see this happen", "Ada Moreno") not in found, found
    assert ("the best thing I have ever read", "Ada Moreno") not in found, found
    assert ("a joy from start to finish", "Ada Moreno") in found, found


def test_a_title_with_an_ampersand_in_quotation_marks_is_no_quote() -> None:
    for text in (
        "Jo Park and Tom Hale are set to star in “Rope & Anchor,” the debut of Ada Moreno.",
        "Idris Vance boards ‘Ash + Ember’ as producer, Lumen said.",
    ):
        found = facts("Lumen has a new drama.", text, date="2026-05-02").quotes
        assert not [q.text for q in found if q.served], found


def test_a_speaker_telling_an_outlet_that_owns_the_fragment() -> None:
    found = _quotes(
        "Jo Park stars in Copper Sky, which Ada Moreno directs.",
        "Park has been candid about the shoot, telling Screen North in June that the desert was "
        "“the hottest ten weeks of my life” and that nobody slept.",
        "Moreno was blunter still, telling reporters the budget was “half of what we needed”.",
    )
    assert ("the hottest ten weeks of my life", "Jo Park") in found, found
    assert ("half of what we needed", "Ada Moreno") in found, found


def test_all_a_speaker_will_say_is_theirs() -> None:
    found = _quotes(
        "Ada Moreno directs Copper Sky.",
        "That is Jo Park, whose Leo is one of the film’s new characters. Moreno will not say "
        "more about him, other than that he is “not who you think he is”.",
        "Park won't tell us anything about the finale except that it is “a proper shock”.",
    )
    assert ("not who you think he is", "Ada Moreno") in found, found
    assert ("a proper shock", "Jo Park") in found, found


def test_words_people_could_say_are_nobodys() -> None:
    found = facts(
        "Senna Holloway plays the new girl in the Quill Harbour film.",
        "Holloway: A little. Tobin Hask wrote her especially for the film, so there’s no "
        "drawing of her that people can hold up and say, ‘That’s not Ada.’ I like that.",
        date="2026-05-02",
    ).quotes
    assert not any(q.served and q.text.startswith("That’s not") for q in found), found
    assert not any(q.speaker == "Tobin Hask" for q in found), found


def test_a_speaker_who_would_only_say_the_words_said_them() -> None:
    found = _quotes(
        "Tobin Hask directs the Quill Harbour film.",
        "Hask told us about the ending last spring. Tonight he would only say: “It is the "
        "right ending.”",
    )
    assert ("It is the right ending.", "Tobin Hask") in found, found
