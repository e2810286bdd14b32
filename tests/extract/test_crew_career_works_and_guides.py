"""Credits of other works: a crew profile's career line ("Sky’s The Tin Lid, directed by X"), a
rated guide's other entry ("TITLE ★★★" over its where line), and a pronoun clause after an
opening word ("Please tell me they scored it"). None credits the article's production."""

from __future__ import annotations

from tests.extract.helpers import served_crew

_PROFILE = (
    "Orla Fennimore has scored everything from nature films to Brackenmoor.",
    "Orla Fennimore on scoring Brackenmoor",
    "Fennimore scored Brackenmoor, directed by Silas Varga.",
)


def test_a_career_lines_other_work_credits_its_own_maker() -> None:
    found = served_crew(
        *_PROFILE,
        "She has since scored Sky’s The Pewter Room, directed by Hester Quilliam.",
        "Her breakthrough was the 2017 feature Gannet, directed by Tobias Wren.",
        "She is now prepping the feature Quarry Lane for director Ines Mallory.",
        title="Orla Fennimore on scoring Brackenmoor",
    )
    assert not {n for _, n in found} & {"Hester Quilliam", "Tobias Wren", "Ines Mallory"}
    assert ("director", "Silas Varga") in found


def test_our_work_directed_by_stays() -> None:
    found = served_crew(*_PROFILE, title="Orla Fennimore on scoring Brackenmoor")
    assert ("director", "Silas Varga") in found


def _rated(entry: str) -> set[tuple[str, str]]:
    return served_crew(
        "Our pick of the week's new TV.",
        "What to watch this week: Brackenmoor, The Long Frost and more",
        "BRACKENMOOR ★★★★",
        "Netflix, from Friday 12 June",
        "The farewell is written by Orla Fennimore.",
        "THE LONG FROST ★★★",
        "Channel 4, Sunday 7 June, 9pm",
        entry,
        title="What to watch this week: Brackenmoor, The Long Frost and more",
    )


def test_a_rated_guides_other_entry_credits_its_own_work() -> None:
    found = _rated("Directed by Tobias Wren, it premiered in March.")
    assert ("director", "Tobias Wren") not in found
    assert ("writer", "Orla Fennimore") in found


def test_a_pronoun_clause_after_an_opening_word_credits_no_one() -> None:
    found = served_crew(
        "Fans of Brackenmoor have waited two years.",
        "There was no music in the trailer. Please tell me they scored the film.",
    )
    assert not any(name == "Please" for _, name in found)


def test_a_named_composer_stays() -> None:
    found = served_crew(
        "Fans of Brackenmoor have waited two years.", "Orla Fennimore scored the film."
    )
    assert ("composer", "Orla Fennimore") in found


def test_a_pronoun_after_a_speech_verb_still_credits_the_speaker() -> None:
    found = served_crew(
        "Fans of Brackenmoor have waited two years.",
        "Orla Fennimore said she wrote the script over six years.",
    )
    assert ("writer", "Orla Fennimore") in found
