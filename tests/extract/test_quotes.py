"""Quotations and their speakers, on invented paragraphs."""

from __future__ import annotations

from bot.extract import extract_facts
from tests.extract.helpers import article, facts


def spoken(*paragraphs: str) -> list[tuple[str, str, bool, bool, bool]]:
    """(start of text, speaker, is person, fragment, continues) for each quote."""
    return [
        (q.text[:12], q.speaker, q.speaker_is_person, q.fragment, q.continues_previous)
        for q in facts(*paragraphs).quotes
    ]


def test_said_after_and_said_before_with_surname_resolution() -> None:
    assert spoken(
        "Director Omar Sidi was on set.",
        "“We shot all night,” Sidi said. “Nobody complained.”",
        "“It was cold,” said Sidi.",
    ) == [
        ("We shot all ", "Omar Sidi", True, False, False),
        ("Nobody compl", "Omar Sidi", True, False, True),
        ("It was cold", "Omar Sidi", True, False, False),
    ]


def test_pronoun_refers_to_the_person_last_named() -> None:
    assert spoken(
        "Producer Dana Kerr told the paper how proud she was.",
        "“It has been a long road,” she said.",
    ) == [("It has been ", "Dana Kerr", True, False, False)]


def test_multi_paragraph_quote_continues_with_the_same_speaker() -> None:
    found = facts(
        "Writer Petra Hale spoke to us.",
        "Asked about the ending, the author said: “It was always going to end here.",
        "“Anything else would have been a lie.”",
    )
    assert [(q.speaker, q.continues_previous) for q in found.quotes] == [
        ("Petra Hale", False),
        ("Petra Hale", True),
    ]


def test_descriptors_resolve_to_credited_people() -> None:
    assert (
        spoken(
            "Director Omar Sidi and star Lila Brook spoke.",
            "“We are nearly there,” the director added.",
        )[0][1]
        == "Omar Sidi"
    )


def test_age_descriptor_means_the_person_the_paragraph_is_about() -> None:
    assert spoken(
        "Cal Whitby joined the cast.",
        "Whitby grew up in Leeds. “I could not believe it,” the 24-year-old said.",
    ) == [("I could not ", "Cal Whitby", True, False, False)]


def test_unnamed_spokesperson_and_organisation() -> None:
    assert spoken(
        "“We are delighted,” a Lumen spokesperson said.",
        '"The wait is over," Lumen said in a statement.',
    ) == [
        ("We are delig", "Lumen spokesperson", False, False, False),
        ("The wait is ", "Lumen", False, False, False),
    ]


def test_fragment_in_reported_speech_with_according_to() -> None:
    assert spoken(
        'Their friends "face the hardest year yet," according to Lumen.',
    ) == [("face the har", "Lumen", False, True, False)]


def test_official_synopsis_is_credited_to_the_announcing_organisation() -> None:
    assert spoken(
        "Lumen confirmed the film this week.",
        "The official synopsis reads: “Two friends, one summer.”",
    ) == [("Two friends,", "Lumen", False, False, False)]


def test_unattributed_quote_after_a_sentence_naming_a_person() -> None:
    assert spoken(
        "Lila Brook, speaking at a festival, praised her co-star. “He never missed a cue.”",
    ) == [("He never mis", "Lila Brook", True, False, False)]


def test_names_inside_a_quote_are_never_the_speaker() -> None:
    found = facts(
        "Cal Whitby joined the cast.",
        "“Ivo Brandt built a lovely foundation,” the 24-year-old said.",
    )
    assert found.quotes[0].speaker == "Cal Whitby"


def test_website_told_is_not_the_speaker() -> None:
    found = facts("Lila Brook attended.", "“It felt right,” Brook told Screenpost.")
    assert found.quotes[0].speaker == "Lila Brook"


def test_came_the_reply_and_joked() -> None:
    assert [
        q.speaker
        for q in facts(
            "Lila Brook and Tom Varga star.",
            "“Bring snacks,” Varga joked. “Bring tissues,” came the reply from Brook.",
        ).quotes
    ] == ["Tom Varga", "Lila Brook"]


def test_quote_text_is_an_exact_substring_without_marks() -> None:
    made = article("Lila Brook said: “It is ‘forever’, honestly.”")
    found = extract_facts(made)
    assert found.quotes[0].text == "It is ‘forever’, honestly.”"[:-1]
    assert found.quotes[0].text in made.text
