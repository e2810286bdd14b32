"""Quotes on invented text: an aside sayer (", he says,") set after a subject named by its first
name only ("But Ferris, he says, is different.") is someone other than that subject, as after a
surname: the quotation that follows is the pronoun's person's, never the subject's (here a
part the profiled actor plays)."""

from __future__ import annotations

from tests.extract.helpers import facts, served_quotes


def _served(line: str) -> list[tuple[str, str]]:
    return served_quotes(
        facts(
            "Dara Quell is one of the busiest actors of his age.",
            "Ferris Lamb – the anxious, clever schoolboy Quell has played since he was 15 – is "
            "about to take his final bow. Nell Lamb-Ortiz directed the last series.",
            "Quell has not been idle since then. There was a stage run opposite Hana Fold.",
            line,
            date="2026-02-10",
            title="Dara Quell: “I’m ready to let Ferris go”",
        )
    )


def test_the_words_after_a_first_name_aside_are_the_sayers() -> None:
    for line, start in (
        (
            "But Ferris, he says, is different. “He is the first person I ever got to be.”",
            "He is the fi",
        ),
        (
            "Ferris, he says, has stayed with him. “You don’t just walk away from that.”",
            "You don’t ju",
        ),
    ):
        assert _served(line) == [(start, "Dara Quell")], line


def test_a_wish_in_the_first_named_subjects_own_words_stays_theirs() -> None:
    assert _served("Nell, he says, wanted it “a little colder”.") == [
        ("a little col", "Nell Lamb-Ortiz")
    ]
