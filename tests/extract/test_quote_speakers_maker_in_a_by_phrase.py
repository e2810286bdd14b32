"""Quotes on invented text: the one person a sentence names before its quote and "he says" is
not the pronoun's person when it names them only as a thing's maker ("in a film directed by
X"): the words are about the work X made, so they are never X's."""

from __future__ import annotations

from tests.extract.helpers import facts, served_quotes


def _served(line: str) -> list[tuple[str, str]]:
    return served_quotes(
        facts(
            "Dara Quell is one of the busiest actors of his age.",
            "Quell has played Ferris in Lantern Lane since he was fifteen. "
            "He has spoken before about the attention.",
            line,
            date="2026-02-10",
            title="Dara Quell: the last chapter",
        )
    )


def test_a_maker_named_after_by_is_not_the_pronoun() -> None:
    for line in (
        "Playing Ferris one last time, in a film directed by Ida Berg-Holm, felt "
        "“like shutting a window softly”, he says.",
        "Returning to the part, for a film written and directed by Ida Berg-Holm, was "
        "“a homecoming”, he says.",
    ):
        assert all(who != "Ida Berg-Holm" for _, who in _served(line)), line


def test_a_name_that_is_the_clause_subject_is_left_as_it_was() -> None:
    line = "In the end Ida Berg-Holm felt “ready to let the story go”, he says."
    assert _served(line) == [("ready to let", "Dara Quell")]
