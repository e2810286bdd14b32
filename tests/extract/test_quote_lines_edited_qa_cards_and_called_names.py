"""Quotes on invented text: an edited interview's plain questions answered with "we", and a
statement the guest answers "Yes — ..." to, are the headline person's answers (a headline whose
words in marks hold an apostrophe still names them); another's "kept saying" in an answer is not
the answerer's; the words a trailer closes on and a short name a listing calls the work are no
one's quote."""

from __future__ import annotations

import pytest

from tests.extract.helpers import facts

_LEDE = "Quillmere Films has released the first trailer for Marsh Lane, out in May."
_TITLE = "‘I wasn’t ready for the river’: Ada Vale on Marsh Lane"
_QA = (
    "How did the shoot begin?",
    "We started on the estuary in March, before the light changed. Our crew slept in vans.",
    "Was the ferry scene cold?",
    "Freezing, and we did it nine times. Nobody complained.",
    "What comes next?",
    "A play in the autumn, if I survive the press tour.",
)


def _served(*paras: str, title: str | None = None) -> dict[str, str]:
    found = facts(*paras, date="2026-03-02", title=title)
    return {q.text[:21]: q.speaker for q in found.quotes if q.served}


def test_an_edited_interviews_answers_in_we_are_the_headline_persons() -> None:
    intro = "Ada Vale spoke to us from Wenlow. This interview has been edited for length."
    said = _served("Interview by Petra Osk", intro, *_QA, title=_TITLE)
    assert said.get("We started on the est") == "Ada Vale", said
    assert said.get("Freezing, and we did ") == "Ada Vale", said
    assert said.get("A play in the autumn,") == "Ada Vale", said


def test_plain_answers_in_we_without_the_note_stay_unread() -> None:
    said = _served(
        "Interview by Petra Osk", "Ada Vale spoke to us from Wenlow.", *_QA, title=_TITLE
    )
    assert not any(text.startswith(("We started", "Freezing")) for text in said), said


def test_a_statement_the_guest_answers_yes_to_is_a_question() -> None:
    intro = "Ada Vale spoke to us from Wenlow. This interview has been edited for length."
    prompt = ("People say the ferry in the film is new.", "Yes — the old one sank in May.")
    more = ("Will you rest now?", "I hope so, for a month at least.")
    said = _served("Interview by Petra Osk", intro, *_QA, *prompt, *more, title=_TITLE)
    assert said.get("Yes — the old one san") == "Ada Vale", said


def test_a_statement_followed_by_a_plain_paragraph_is_no_question() -> None:
    intro = "Ada Vale spoke to us from Wenlow. This interview has been edited for length."
    prompt = ("People say the ferry in the film is new.", "The old one sank in May.")
    said = _served("Interview by Petra Osk", intro, *_QA, *prompt, title=_TITLE)
    assert "The old one sank in Ma" not in said, said


def test_the_words_a_trailer_closes_on_are_no_quote() -> None:
    said = _served(_LEDE, "The new teaser ends with the message “Nothing stays drowned”.")
    assert not any(text.startswith("Nothing stays") for text in said), said


def test_a_short_name_a_listing_calls_the_work_is_no_quote() -> None:
    said = _served(_LEDE, "On the crew’s call sheets they call it just “Marsh Lane 2” for now.")
    assert not any(text.startswith("Marsh Lane 2") for text in said), said


def test_a_named_critic_calling_it_something_still_speaks() -> None:
    said = _served(_LEDE, "Critic Bo Hale called it “a tender goodbye” after the screening.")
    assert said.get("a tender goodbye") == "Bo Hale", said


def test_a_verdict_unnamed_critics_called_it_stays_as_it_was() -> None:
    said = _served(_LEDE, "At the festival, critics called it “even stranger than the first”.")
    assert "even stranger than th" in said, said


_FERRY_QA = (
    "Interview by Petra Osk",
    "Ada Vale spoke to us from Wenlow.",
    "Q: How was the shoot?",
    "Cold. I wore three coats.",
    "Q: And the ferry scene?",
)
"""An interview up to the question the answer under test replies to."""


def _answered(answer: str) -> dict[str, str]:
    return _served(*_FERRY_QA, answer, title=_TITLE)


@pytest.mark.parametrize("other", ["Bo Hale", "my director"])
def test_words_another_kept_saying_after_the_answers_we_are_not_the_answerers(other: str) -> None:
    answer = f"We did it in the rain and {other} kept saying “once more”, so I laughed."
    said = _answered(answer)
    assert said.get("We did it in the rain") == "Ada Vale", said
    found = facts(*_FERRY_QA, answer, date="2026-03-02", title=_TITLE)
    words = [(q.speaker, q.served) for q in found.quotes if q.text == "once more"]
    assert words == [("", False)], words


def test_words_the_answerer_kept_saying_are_still_theirs() -> None:
    said = _answered("We did it in the rain and I kept saying “once more”, so Bo Hale laughed.")
    assert said.get("once more") == "Ada Vale", said
