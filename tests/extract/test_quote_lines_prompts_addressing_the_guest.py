"""Quote lines on invented text: inside a Q&A printed without labels, a statement addressed to the
guest ("You moved to the coast for this one.") is the interviewer's prompt, and the first-person
paragraph after it is the guest's answer; a statement in the writer's voice, or one answered in
no one's first person, stays unread."""

from __future__ import annotations

from tests.extract.helpers import ESTUARY_LEDE as _LEDE
from tests.extract.helpers import ESTUARY_QA as _QA
from tests.extract.helpers import ESTUARY_TITLE as _TITLE
from tests.extract.helpers import facts

_AFTER = ("What comes next?", "A play in the autumn, if I survive the press tour.")


def _served(*paras: str) -> dict[str, str]:
    found = facts(_LEDE, "Interview by Petra Osk", *paras, date="2026-03-02", title=_TITLE)
    return {q.text[:21]: q.speaker for q in found.quotes if q.served}


def test_a_statement_addressing_the_guest_is_a_prompt_answered_in_the_first_person() -> None:
    prompt = (
        "You had a new editor this time.",
        "Bryn [Hollis] cut fast, so I learned to trust him.",
    )
    said = _served(*_QA, *prompt, *_AFTER)
    assert said.get("Bryn [Hollis] cut fas") == "Ada Vale", said
    assert said.get("A play in the autumn,") == "Ada Vale", said


def test_a_statement_in_the_writers_voice_before_a_paragraph_is_no_prompt() -> None:
    prompt = (
        "The ferry was built for the film.",
        "Bryn [Hollis] cut fast, so I learned to trust him.",
    )
    said = _served(*_QA, *prompt, *_AFTER)
    assert "Bryn [Hollis] cut fas" not in said, said


def test_a_prompt_answered_in_no_ones_first_person_stays_unread() -> None:
    prompt = (
        "You had a new editor this time.",
        "Bryn Hollis cut the film in a caravan on the marsh.",
    )
    said = _served(*_QA, *prompt, *_AFTER)
    assert "Bryn Hollis cut the f" not in said, said
