"""A bare line between two answers of one guest, labelled in full and then by surname, is the
interviewer's prompt, not more of the answer; a guest's further paragraph in the first person
before the next question stays theirs."""

from __future__ import annotations

from tests.extract.helpers import facts


def _served(*paragraphs: str) -> list[str]:
    return [q.text for q in facts(*paragraphs).quotes if q.served]


_OPENING = (
    "Editor Mira Tollund-Vane cut all six episodes of Saltmarsh. She spoke to us about the finale.",
    "How long was the first assembly?",
    "Mira Tollund-Vane: Nearly four hours. Jem shoots everything twice, which I secretly enjoy.",
)


def test_a_bare_line_before_the_guest_s_surname_label_is_the_interviewer_s() -> None:
    found = _served(
        *_OPENING,
        "That's Jem Arkwright, the director.",
        "Tollund-Vane: Yes. He never stops rolling.",
    )
    assert "That's Jem Arkwright, the director." not in found
    assert "Yes. He never stops rolling." in found


def test_a_guest_s_further_paragraph_in_the_first_person_stays_the_answer() -> None:
    found = _served(
        *_OPENING,
        "I kept a notebook of every take I loved.",
        "Tollund-Vane: The fog scenes took longest.",
    )
    assert "I kept a notebook of every take I loved." in found
