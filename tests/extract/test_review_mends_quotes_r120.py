"""Round 120's quote rules held to their near misses: a writer's own first-person narration is no
bare answer, a joint interview's "we" is no one guest's, a part's "who calls" is not the actor's,
a reader's own statement keeps its reader, a person's own video keeps its maker, and "the
<demonym>" still describes the person just named."""

from __future__ import annotations

import pytest

from tests.extract.helpers import facts

_DATE = "2026-04-02"
_TRAILER = (
    "Quillmere Films has released the first trailer for Marsh Lane, the new drama from director"
    " Ada Vale, out in May."
)


def _served(*paragraphs: str, title: str | None = None) -> list[tuple[str, str]]:
    found = facts(*paragraphs, date=_DATE, title=title)
    return [(q.text, q.speaker) for q in found.quotes if q.served]


def test_a_first_person_profile_is_no_bare_interview() -> None:
    served = _served(
        "Marsh Lane, Ada Vale’s first film as a director, opens in cinemas on Friday.",
        "Vale is late for our lunch in Wenlow.",
        "Well, not late exactly: I am early, and she arrives on the dot with a dog.",
        "The dog is called Pilot and belongs to her sister.",
        "No, I am not allowed to feed it chips. Vale is firm about that.",
        "She shot the ferry scene nine times in freezing water.",
        "Yes, nine. I ask twice to be sure and she laughs.",
        "The film opens on Friday.",
        title="Ada Vale on Marsh Lane, cold water and her first film as director",
    )
    narration = {"Well, not", "No, I am n", "Yes, nine."}
    assert not [q for q in served if q[0][:10] in narration], served


_QA = (
    "Marsh Lane, Ada Vale’s first film as a director, opens in cinemas on Friday.",
    "How did the film come about?",
    "I read the book on a train and could not put it down.",
    "Was the shoot hard?",
    "I was in cold water for a week, so yes, I would say it was hard.",
    "What comes next?",
    "I am writing again, slowly, and I hope to shoot next spring.",
)


@pytest.mark.parametrize(
    "after",
    [
        ("Marsh Lane opens in cinemas on May 8.", "Well worth the wait, judging by the trailer."),
        (
            "The ferry in the film is not the one from the book.",
            "No one on the set knew the old one sank in 1998, Vale says.",
        ),
    ],
)
def test_a_reply_word_after_the_last_answer_is_the_writers(after: tuple[str, str]) -> None:
    served = _served(*_QA, *after, title="Ada Vale on Marsh Lane")
    assert not [q for q in served if q[0] == after[1]], served


def test_the_answers_of_a_plain_q_and_a_still_speak() -> None:
    served = _served(*_QA, title="Ada Vale on Marsh Lane")
    assert ("I read the book on a train and could not put it down.", "Ada Vale") in served


def test_a_joint_interview_is_not_the_second_guests() -> None:
    served = _served(
        "Quillmere Films has released the first trailer for Marsh Lane, out in May.",
        "Director Ada Vale and writer Tom Reed spoke to us from Wenlow. This conversation has"
        " been edited for length and clarity.",
        "How did you two meet?",
        "We met at film school in 2009 and shared a flat for years.",
        "Where did you shoot?",
        "We shot on the estuary in March, in the wind.",
        "What was the ferry scene like?",
        "Freezing, and we did it nine times. Our crew slept in vans.",
        "What comes next?",
        "Another film together, we hope, if the studio lets us.",
        title="Ada Vale and Tom Reed on making Marsh Lane",
    )
    assert not [q for q in served if q[1] in {"Tom Reed", "Ada Vale"}], served


@pytest.mark.parametrize(
    ("paragraph", "words"),
    [
        ("Tom Reed plays the ferryman, who calls his boat “the old lady”.", "the old lady"),
        (
            "Tom Reed plays Jonah, a ferryman who describes himself as “the last of the river"
            " men”.",
            "the last of the river men",
        ),
        (
            "Bo Hale is Mira, a teacher who describes her town as “a place people leave”.",
            "a place people leave",
        ),
        ("Tom Reed plays Jonah, a gruff ferryman who calls everyone “love”.", "love"),
    ],
)
def test_a_parts_who_calls_is_not_the_actors(paragraph: str, words: str) -> None:
    served = _served(_TRAILER, paragraph)
    assert not [q for q in served if q[0] == words and q[1]], served


@pytest.mark.parametrize(
    ("paragraph", "words"),
    [
        (
            "Vale, reading a statement from the steps of the court, said: “We are grateful to"
            " the jury.”",
            "We are grateful to the jury.",
        ),
        (
            "Vale reads an extract from her new memoir: “I was nine when I first saw the sea.”",
            "I was nine when I first saw the sea.",
        ),
        (
            "Vale read a short statement from the set in Wenlow: “We are all safe and filming"
            " resumes Monday.”",
            "We are all safe and filming resumes Monday.",
        ),
    ],
)
def test_a_readers_own_words_keep_their_reader(paragraph: str, words: str) -> None:
    assert (words, "Ada Vale") in _served(_TRAILER, paragraph)


def test_a_letter_read_out_from_a_named_writer_is_not_the_readers() -> None:
    served = _served(
        _TRAILER,
        "At the memorial, Vale read a letter from her late co-star Tom Reed: “Don’t cry for me.”",
    )
    assert ("Don’t cry for me.", "Ada Vale") not in served, served


def test_a_persons_own_video_message_keeps_its_maker() -> None:
    served = _served(
        _TRAILER,
        "Vale posted a video on Instagram that ends with the message “See you all in May, I love"
        " you”.",
    )
    assert ("See you all in May, I love you", "Ada Vale") in served, served


@pytest.mark.parametrize(
    ("before", "paragraph"),
    [
        (
            "Tom Reed, 34, grew up in Paris and plays the ferryman.",
            "The Parisian has described the shoot as “the best job of my life”.",
        ),
        (
            "Tom Reed, 34, grew up in Glasgow and plays the ferryman.",
            "The Glaswegian thanked the crew on the last day, calling it “the best job of my"
            " life”.",
        ),
    ],
)
def test_the_demonym_describes_the_person_just_named(before: str, paragraph: str) -> None:
    assert ("the best job of my life", "Tom Reed") in _served(_TRAILER, before, paragraph)


def test_a_quote_after_a_whose_aside_with_its_own_words_is_the_asides_heads() -> None:
    served = _served(
        _TRAILER,
        "Vale, whose father Tom Reed said she was “born for it”, told us: “I was a shy child.”",
    )
    assert ("I was a shy child.", "Ada Vale") in served, served


def test_a_persons_video_message_closing_on_words_is_still_no_ones() -> None:
    served = _served(
        _TRAILER,
        "Vale’s video message to fans closes with the words “Thank you for waiting”.",
    )
    assert not [q for q in served if q[0] == "Thank you for waiting"], served
