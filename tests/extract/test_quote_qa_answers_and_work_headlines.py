"""Quotes and their speakers on invented text: a Q&A's "A:" answers are the interviewee's, the
person a headline like "Marsh Lane movie star Ada Vale: ‘...’" is about, never a co-star the
article quotes between the questions."""

from __future__ import annotations

from tests.extract.helpers import facts


def _answers(title: str) -> dict[str, str]:
    found = facts(
        "Ada Vale, 24, who plays newcomer Ivy Moss, sat down with us between takes. Ivy’s "
        "scenes are mostly opposite Tomasz Zieliński’s Felix.",
        "Q: How did you hear you’d got the part?",
        "A: I was on a ferry to Guernsey. My phone rang and I dropped my chips.",
        "Zieliński has been just as warm. “Best scene partner in the business,” he wrote "
        "under a photo from set last week.",
        "Q: Is there a scene fans should watch for?",
        "A: There’s one in a lighthouse. That’s all I can say.",
        date="2026-04-01",
        title=title,
    )
    return {q.text.split(".")[0]: q.speaker for q in found.quotes if q.served}


def test_a_headline_naming_the_star_after_the_work_gives_the_answers_speaker() -> None:
    for title in (
        "Marsh Lane movie star Ada Vale: ‘Ivy would fight anyone for Felix’",
        "Marsh Lane stage actress Ada Vale on ferries, chips and Ivy",
        "Ada Vale Talks ‘Marsh Lane,’ Ferries, and Why She Said No Twice",
        "Ada Vale Opens Up About Ivy, Felix and the Lighthouse Scene",
    ):
        said = _answers(title)
        assert said.get("I was on a ferry to Guernsey") == "Ada Vale", said
        assert said.get("There’s one in a lighthouse") == "Ada Vale", said


def test_an_answer_is_never_a_costar_quoted_between_the_questions() -> None:
    said = _answers("Marsh Lane: the new face of series two")
    assert said.get("There’s one in a lighthouse") in {None, "Ada Vale"}, said
    assert said.get("I was on a ferry to Guernsey") in {None, "Ada Vale"}, said
