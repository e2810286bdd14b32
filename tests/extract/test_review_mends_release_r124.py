"""Release facts on invented text (review 124): a question on what comes next for the work
itself ("What's next for the show?") is answered about the work, so its date is ours; the one
put to the guest ("What's next for you?") is answered about another work."""

from __future__ import annotations

from tests.extract.helpers import release_kinds

_TITLE = "Saltings: everything we know about series two"
_LEDE = "Saltings, the Channel 4 coastal drama, returns for a second series."


def test_a_question_on_the_works_next_step_keeps_its_date() -> None:
    for question in ("What’s next for the show?", "And what comes next for Saltings?"):
        found = release_kinds(
            _LEDE, question, "It lands on Channel 4 on 3 May.", date="2026-03-01", title=_TITLE
        )
        assert ("premiere_date", "2026-05-03", False) in found, question


def test_the_guests_next_work_in_the_answer_is_still_not_ours() -> None:
    found = release_kinds(
        _LEDE,
        "Q: What’s next for you after Saltings?",
        "GARROW: A farce set on a ferry. It opens on 3 May in Bristol.",
        date="2026-03-01",
        title=_TITLE,
    )
    assert not any(day == "2026-05-03" for _, day, _ in found)
