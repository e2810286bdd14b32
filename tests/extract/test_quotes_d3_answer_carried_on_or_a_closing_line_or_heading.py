"""An interview's unlabelled paragraph carries the answer before it on only when a speaker's turn
follows: a closing line before a one-off credit ("Styling: ...") is the page's, and a short
heading ending on a colon ("On the casting:") is no one's words, while the exchange after it
goes on."""

from __future__ import annotations

from tests.extract.helpers import facts

_INTRO = "Marit Solberg and Tobias Renn talk about Ferrywake, their last film together."
_TITLE = "Solberg and Renn on saying goodbye"


def _quotes(*paragraphs: str) -> list[tuple[str, str, bool]]:
    found = facts(_INTRO, *paragraphs, date="2026-02-10", title=_TITLE)
    return [(q.text[:18], q.speaker, q.served) for q in found.quotes]


def test_a_closing_line_before_a_credit_is_not_the_answer_carried_on() -> None:
    found = _quotes(
        "What was the last day like?",
        "Solberg: Cold. We all stood on the quay and nobody wanted to leave.",
        "Renn: I kept my coat from the costume truck.",
        "Will there be more?",
        "Solberg: Never say never, but it feels finished.",
        "Ferrywake is in cinemas from Friday 6 March.",
        "Styling: Jonna Vik. Hair: Elin Dahl.",
    )
    assert not any(text.startswith("Ferrywake is in") for text, _, _ in found), found
    assert ("Never say never, b", "Marit Solberg", True) in found, found


def test_a_paragraph_before_a_speakers_next_turn_carries_the_answer_on() -> None:
    found = _quotes(
        "What was the last day like?",
        "Solberg: Cold. We all stood on the quay and nobody wanted to leave.",
        "And then the ferry horn went, and I cried.",
        "Renn: I kept my coat from the costume truck.",
        "Will there be more?",
        "Solberg: Never say never, but it feels finished.",
    )
    assert ("And then the ferry", "Marit Solberg", True) in found, found


def test_a_heading_between_turns_is_no_quote_and_the_next_turn_answers() -> None:
    found = _quotes(
        "Highlights from the conversation:",
        "HOST: How did you find her?",
        "SOLBERG: A workshop in Tromsø. She read one page and I stopped looking.",
        "On working with Renn:",
        "SOLBERG: He came with the accent already learned. Nobody asked him to.",
        "HOST: And the ending?",
        "SOLBERG: It took a year.",
    )
    assert not any(text.startswith("On working") for text, _, _ in found), found
    assert ("He came with the a", "Marit Solberg", True) in found, found
