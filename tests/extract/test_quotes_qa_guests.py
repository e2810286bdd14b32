"""Q&A answers printed bare, whose guest the headline gives by role only and the paragraph
before the questions names: the answers are that person's, the interviewer's questions no one's."""

from __future__ import annotations

from tests.extract.helpers import facts

_TITLE = "‘I wrote it on a ferry’: Pelham Reach’s composer on scoring the last night"
_INTRO = (
    "Orsolya Fenwright had never scored a feature before Pelham Reach. The Leeds-born composer,"
    " who trained in Ghent, spoke to us from her studio."
)
_PAIRS = (
    "How did you get the job?",
    "The director heard a piece I wrote for a short. I said yes before I finished the email.",
    "Which cue took longest?",
    "The last one. I wrote it on a ferry, because the edit was late.",
    "What next?",
    "A thriller, which is very different for me.",
)


def _served(intro: str = _INTRO, title: str = _TITLE) -> set[tuple[str, str]]:
    found = facts(
        "The composer behind Pelham Reach talks ferries and cues.", "Interview by Quillon Brask",
        intro, *_PAIRS, title=title,
    )  # fmt: skip
    return {(q.text[:12], q.speaker) for q in found.quotes if q.served}


def test_bare_answers_are_the_guest_named_before_the_questions() -> None:
    assert _served() == {
        ("The director", "Orsolya Fenwright"),
        ("The last one", "Orsolya Fenwright"),
        ("A thriller, ", "Orsolya Fenwright"),
    }


def test_questions_are_no_ones_quote() -> None:
    assert not {text for text, _ in _served()} & {"How did you ", "Which cue to", "What next?"}


def test_a_paragraph_not_giving_the_headline_role_names_no_guest() -> None:
    other = "Orsolya Fenwright had never scored a feature. She spoke to us from her studio."
    assert {speaker for _, speaker in _served(intro=other)} <= {""}
