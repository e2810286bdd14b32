"""An interviewer's "What's next for you?": the answer tells of the guest's next work, and its
shoot is that work's, not the article's production's."""

from __future__ import annotations

from tests.extract.helpers import release_kinds

_TITLE = "Ada Vale on Marsh Lane: ‘The river was the hardest part’"
_OPENING = "Ada Vale directed Marsh Lane, which is in cinemas from Friday 6 March."


def test_the_next_works_shoot_in_the_answer_is_not_ours() -> None:
    for question in ("Q: What’s next for you?", "And what comes next?"):
        found = release_kinds(
            _OPENING,
            question,
            "VALE: The Salt House, a ghost story set on a Welsh farm. We’re hoping to shoot it"
            " this summer, if the money behaves.",
            date="2026-03-02",
            title=_TITLE,
        )
        assert not any(kind == "filming_planned" for kind, _, _ in found), (question, found)


def test_the_interviews_own_date_outside_the_answer_is_kept() -> None:
    found = release_kinds(
        _OPENING,
        "Q: What’s next for you?",
        "VALE: More Marsh Lane. The second film starts shooting in June.",
        date="2026-03-02",
        title=_TITLE,
    )
    assert ("premiere_date", "2026-03-06", False) in found
