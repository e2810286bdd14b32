"""Quotes on invented text: words after a speech verb the sentence's own subject coordinates
("Achterberg left the part ... and posted online that she was “...”") are that subject's, never
the company the sentence before quoted; "and" before another's name ("and Lumen said") is not
the subject's verb, and those words stay no one's."""

from __future__ import annotations

from tests.extract.helpers import facts, served_quotes


def _served(line: str) -> list[tuple[str, str]]:
    return served_quotes(
        facts(
            "Big news from the Saltmarrow set this week.",
            "Harbourline confirmed on Monday that Pell Sorensen will play Wren Alder in series "
            "two, taking over from Tamsin Achterberg, who played the part in series one.",
            line,
            date="2026-03-03",
            title="Saltmarrow recasts Wren",
        )
    )


def test_the_subjects_own_coordinated_speech_verb_gives_her_the_words() -> None:
    for line, start in (
        (
            "Tamsin Achterberg left the part earlier this year to join a stage run of Macbeth, "
            "and posted online that she was “leaving Wren in the kindest hands”.",
            "leaving Wren",
        ),
        (
            "Achterberg stepped away in March to start a family and wrote on Instagram that it "
            "was “time to let Wren go”.",
            "time to let ",
        ),
    ):
        assert _served(line) == [(start, "Tamsin Achterberg")], line


def test_and_before_another_sayer_is_not_the_subjects_verb() -> None:
    line = (
        "Achterberg left the part in March, and Lumen said she was "
        "“leaving Wren in the kindest hands”."
    )
    assert _served(line) == [("leaving Wren", "")]
