"""Quotes on invented text: a Q&A printed without quotation marks or "A:" labels ("Q: ...?" or a
bold question, then the answer as a bare paragraph) gives each answer to the person the headline
is about; never to the interviewer in the byline, and nothing when no one is named for sure or
the "answers" are a guide's own words."""

from __future__ import annotations

from tests.extract.helpers import facts

_BYLINE = "Interview by Petra Lindqvist-Obi | 2 March 2026"
_INTRO = (
    "Ada Vale has spent a year on the Marsh Lane film, and she is tired in the best way. We met "
    "in a café near the studio; the conversation has been edited for length."
)


def _served(*paras: str, title: str) -> dict[str, str]:
    found = facts(_BYLINE, _INTRO, *paras, date="2026-03-02", title=title)
    return {q.text[:21]: q.speaker for q in found.quotes if q.served}


def test_answers_after_q_lines_are_the_headline_person_s() -> None:
    said = _served(
        "Q: How did the part come to you?",
        "Slowly, then all at once. I read for it twice before anyone called me back.",
        "Q: And the ferry scene everyone talks about.",
        "We shot that one at dawn. My hands were blue by the end of it.",
        "Q: What comes next?",
        "Sleep, mostly. Then a play in the autumn, if they still want me.",
        "Marsh Lane is in cinemas from 4 April.",
        title="Ada Vale: ‘I read for it twice before anyone called’",
    )
    assert said.get("Slowly, then all at o") == "Ada Vale", said
    assert said.get("We shot that one at d") == "Ada Vale", said
    assert said.get("Sleep, mostly. Then a") == "Ada Vale", said
    assert "Petra Lindqvist-Obi" not in said.values(), said
    assert not any(text.startswith("Marsh Lane is") for text in said), said


def test_answers_after_bold_questions_are_the_headline_person_s() -> None:
    said = _served(
        "**Was it hard to say goodbye to the character?**",
        "Harder than I thought. I kept the coat she wears in the last scene.",
        "**The ending is a secret? Fans are desperate.**",
        "It is, and I’m not the one who’ll spoil it. Ask the director.",
        title="Ada Vale on coats, ferries and keeping secrets",
    )
    assert said.get("Harder than I thought") == "Ada Vale", said
    assert said.get("It is, and I’m not th") == "Ada Vale", said


def test_answers_after_plain_questions_are_the_headline_person_s() -> None:
    said = _served(
        "How did the part come to you?",
        "Slowly, then all at once. I read for it twice before anyone called me back.",
        "Was the ferry scene cold?",
        "Freezing. My hands were blue by the end of it.",
        "What comes next?",
        "Sleep, mostly. Then a play in the autumn, if they still want me.",
        title="Ada Vale: ‘I read for it twice before anyone called’",
    )
    assert said.get("Slowly, then all at o") == "Ada Vale", said
    assert said.get("Freezing. My hands we") == "Ada Vale", said
    assert said.get("Sleep, mostly. Then a") == "Ada Vale", said


def test_a_guide_asking_plain_questions_is_no_interview() -> None:
    found = facts(
        "By Petra Lindqvist-Obi",
        "When is the Marsh Lane film out?",
        "Not until spring. The studio confirmed last week that it will now arrive “after "
        "Easter”, so we will have to wait.",
        "Who is in it?",
        "Ada Vale leads the cast. She told us she had read for it twice.",
        "Is there a trailer?",
        "Not yet. We would not expect one before March.",
        date="2026-03-02",
        title="Marsh Lane: release date, cast and everything we know",
    )
    assert not [q for q in found.quotes if q.speaker == "Ada Vale" and q.served], found.quotes
    assert not [q for q in found.quotes if q.text.startswith("Not ")], found.quotes


def test_no_one_named_for_sure_serves_nothing() -> None:
    said = _served(
        "Q: How did the part come to you?",
        "Slowly, then all at once. I read for it twice before anyone called me back.",
        "Q: What comes next?",
        "Sleep, mostly. Then a play in the autumn, if they still want me.",
        title="Five questions on the Marsh Lane film",
    )
    assert "Slowly, then all at o" not in said and "Sleep, mostly. Then a" not in said, said


def test_a_guide_answering_its_own_questions_is_no_interview() -> None:
    said = _served(
        "**When is the Marsh Lane film out?**",
        "The film opens in cinemas on 4 April, with a streaming date still to come.",
        "**Who is in it?**",
        "Ada Vale leads the cast, with Tomasz Zieliński as the ferryman.",
        title="Ada Vale on Marsh Lane: everything we know",
    )
    assert not said, said


def test_a_single_question_line_is_no_interview() -> None:
    said = _served(
        "Q: So when can we see it?",
        "Soon, I promise. I have seen it twice already.",
        title="Ada Vale: ‘I read for it twice before anyone called’",
    )
    assert "Soon, I promise. I h" not in said, said
