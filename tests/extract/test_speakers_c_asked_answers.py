"""An answer told as "Her answer: “...”" right after "A ends by asking what B hopes ...": B's,
the one asked, never A's, the asker the pronoun would otherwise stand for; an answer after a
question about no one named stays as it was found."""

from tests.extract.helpers import facts

_OPENING = (
    "On this week's Reel Talk, host Brannagh Fell talks to Lowmoor creator Ottilie Sandcroft.",
    "The four-part drama starts on Sunday. “It took six years,” Sandcroft says.",
)


def _speaker(paragraph: str) -> str:
    found = facts(*_OPENING, paragraph)
    return next(q for q in found.quotes if q.text.startswith("Quiet")).speaker


def test_the_one_asked_answers() -> None:
    for asking in ("ends by asking what Sandcroft hopes", "asks whether Sandcroft hopes"):
        speaker = _speaker(f"Fell {asking} viewers will feel. Her answer: “Quiet, then loud.”")
        assert speaker == "Ottilie Sandcroft", asking


def test_a_question_naming_no_one_leaves_the_answer_alone() -> None:
    speaker = _speaker("Fell ends by asking what viewers feel. Her answer: “Quiet, then loud.”")
    assert speaker != "Ottilie Sandcroft"
