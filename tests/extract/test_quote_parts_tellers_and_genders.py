"""Quotes on invented text: a name the article says someone plays is never a speaker; a sentence
naming whose telling it gives ("in Vale’s telling") gives the pronoun after it; a line held as
spoken in a reviewed work holds the words that go on from it; a "she says" never finds someone
the article has quoted as "he"."""

from __future__ import annotations

from tests.extract.helpers import facts


def _speakers(*paragraphs: str, title: str | None = None) -> dict[str, tuple[str, bool]]:
    return {q.text: (q.speaker, q.served) for q in facts(*paragraphs, title=title).quotes}


def test_a_played_part_is_no_speaker_and_the_teller_is() -> None:
    for telling in ("in Brannock’s telling", "by Brannock’s own account"):
        found = _speakers(
            "Oskar Brannock is having a good year. The 27-year-old plays Wilf Harrow, the "
            "sulky lighthouse keeper in Lumen’s Copper Bay. “I love the quiet,” he says.",
            f"Wilf, {telling}, is not a hermit. “He is a man hiding from one bad winter,” he says.",
        )
        assert found["He is a man hiding from one bad winter"][0] == "Oskar Brannock", telling


def test_as_someone_tells_it_names_the_speaker() -> None:
    found = _speakers(
        "Oskar Brannock is having a good year. The 27-year-old portrays Wilf Harrow in Lumen’s "
        "Copper Bay, and Dana Pell directs. “I love the quiet,” he says.",
        "As Brannock tells it, Wilf is no villain. “He is just scared,” he says.",
    )
    assert found["He is just scared"][0] == "Oskar Brannock"


def test_words_going_on_from_a_held_line_are_held_too() -> None:
    for verb in ("she tells him", "she says, to a room of cousins"):
        found = _speakers(
            "Copper Bay review – a salty, tender farewell",
            "Four stars",
            "Marta Quell plays Ines, a ferry pilot who has not spoken to her brother in a "
            f"decade. “You came back for the boat,” {verb}. “Not for me.”",
            title="Copper Bay review – a salty, tender farewell",
        )
        assert not found["You came back for the boat"][1], verb
        assert not found["Not for me.”"[:-1]][1], verb


def test_a_she_says_never_finds_someone_quoted_as_he() -> None:
    for described in ("The Saltmarsh novelist", "The Saltmarsh writer"):
        found = _speakers(
            "Tomas Reyle sits down with a coffee. “I never sleep on a shoot,” he says.",
            f"{described} is kinder about it. “Tomas rewrote his own lines,” she says.",
        )
        speaker, _ = found["Tomas rewrote his own lines"]
        assert speaker != "Tomas Reyle", described


def test_a_she_says_keeps_someone_quoted_as_she() -> None:
    found = _speakers(
        "Dana Pell sits down with a coffee. “I never sleep on a shoot,” she says.",
        "Pell is kinder about the cast. “They rewrote their own lines,” she says.",
    )
    assert found["They rewrote their own lines"][0] == "Dana Pell"


def test_a_held_lines_pronoun_never_marks_the_maker() -> None:
    found = _speakers(
        "Copper Bay review – a salty, tender farewell",
        "Four stars",
        "Dana Pell wrote and directed it. “Stay for supper,” he says to Ines on their first "
        "evening. “I cook too much.”",
        "At the festival, Pell said she had wanted “a film with no lessons in it”. She added: "
        "“Grief is boring and that is fine.”",
        title="Copper Bay review – a salty, tender farewell",
    )
    assert found["Grief is boring and that is fine."][0] == "Dana Pell"
