"""A bare line between two answers with the same label, the second opening on a reply to it
("They are, but ..."), is the interviewer's prompt ("The gulls are back."), not the answer
going on."""

from __future__ import annotations

from tests.extract.helpers import facts, served_quotes


def test_a_bare_line_between_one_person_s_answers_is_a_prompt() -> None:
    found = facts(
        "Tilda Bream shot Dunmarrow, the Kestrin film out this spring.",
        "What was the first day like?",
        "Bream: Wet. We lost the light by three and nobody minded.",
        "The painted gulls are back.",
        "Bream: They are, but there are fewer of them this time.",
        title="Tilda Bream on shooting Dunmarrow",
    )
    served = [text for text, _ in served_quotes(found)]
    assert "The painted " not in served
    assert ("They are, bu", "Tilda Bream") in served_quotes(found)
