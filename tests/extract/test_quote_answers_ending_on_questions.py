"""Quotes on invented text: an interview answer that ends on a question of its own ("...and
I thought, who lives out here?") leaves its speaker an answerer, whose other answers are served;
the interviewer's questions are still held."""

from __future__ import annotations

from tests.extract.helpers import facts


def test_an_answer_ending_on_a_question_keeps_its_speaker_an_answerer() -> None:
    for rhetorical in (
        "Freezing! I stepped off the ferry and thought, who actually lives out here?",
        "Honestly, the wind. Have you ever tried to act in a gale?",
    ):
        found = facts(
            "Saltmarsh stars Tamsin Rook and Oskar Lindqvist, and opens in May.",
            "EMPIRE: Oskar, you grew up in Malmö. How did Whitby feel?",
            f"OSKAR LINDQVIST: {rhetorical}",
            "EMPIRE: And the hardest scene?",
            "TAMSIN ROOK: The pier. Three nights of rain.",
            "OSKAR LINDQVIST: She was magnificent. I mostly shivered.",
            date="2026-03-02",
            title="Saltmarsh stars Tamsin Rook and Oskar Lindqvist on the shoot",
        )
        served = {(q.text[:10], q.speaker) for q in found.quotes if q.served}
        assert ("She was ma", "Oskar Lindqvist") in served, served
        assert ("The pier. ", "Tamsin Rook") in served, served
        assert not any(text.startswith(("Oskar, you", "And the ha")) for text, _ in served), served
