"""Quotes and their speakers on invented text: an answer to a question put to someone, a live
blog's entry heading, and a tagline on a company's account whose label names its films."""

from __future__ import annotations

from bot.extract.page import body_lines
from tests.extract.helpers import facts


def _speakers(*paragraphs: str, date: str = "2026-05-02") -> list[tuple[str, str]]:
    found = facts(*paragraphs, date=date, title="Harbour Lights panel live")
    return [(q.text[:14], q.speaker) for q in found.quotes if q.served]


def test_the_one_asked_answers_not_an_unnamed_asker() -> None:
    for question in (
        "One fan asked Ada Vale whether she still had the coat.",
        "A reporter quizzed Ada Vale about the coat she wore in the finale.",
    ):
        found = _speakers(
            "Ada Vale and Tom Lind took questions at the Harbour Lights panel.",
            f"{question} “In my wardrobe,” she said. “It smells of the sea.”",
        )
        assert ("In my wardrobe", "Ada Vale") in found, found
        assert ("It smells of t", "Ada Vale") in found, found


def test_an_answer_between_two_named_people_is_nobodys_by_a_pronoun() -> None:
    found = _speakers(
        "Ada Vale and Tom Lind took questions at the Harbour Lights panel.",
        "Tom Lind asked Ada Vale whether he could keep the lamp. “Never,” he said.",
    )
    assert [speaker for text, speaker in found if text.startswith("Never")] == [""]


def test_a_live_blogs_entry_heading_after_its_clock_time_is_no_body_text() -> None:
    lines = [
        "11:42 – “We shot it in one take”",
        "The director told the story of the storm scene.",
        "11:30 BST - Welcome to the panel!",
        "11:20 – The director arrives early, and the hall is already full of fans in costume.",
    ]
    assert body_lines(lines) == [
        "The director told the story of the storm scene.",
        "11:20 – The director arrives early, and the hall is already full of fans in costume.",
    ]


def test_a_tagline_on_a_company_account_is_the_companys_even_beside_its_brand_label() -> None:
    for label in ("the Lumen Original film", "the Lumen Exclusive film"):
        found = _speakers(
            f"Harbour Lights, {label}, has a trailer. The cast were on stage today.",
            "Lumen has now posted it online. “One town. One tide,” the tagline reads.",
            "It follows Lumen's crime series Red Ledger, which returns in June.",
        )
        assert found == [("One town. One ", "Lumen")], found


def test_a_qa_whose_headline_names_no_one_is_the_one_person_quoted_before_it() -> None:
    for intro in (
        "Brek, whose last film opened in Oslo, talked us through the shoot.",
        "Before the questions, Brek showed us the storyboards for the storm.",
    ):
        found = _speakers(
            "Editor Tova Brek is cutting the Harbour Lights film as it shoots.",
            "“I said yes on the phone,” Brek says. “I had not read a page.”",
            intro,
            "Q: What is the hardest scene?",
            "A: The storm. We cut it nine times.",
            "Q: When do you finish?",
            "A: Late August, if the sea behaves.",
        )
        assert ("The storm. We ", "Tova Brek") in found, found
        assert ("Late August, i", "Tova Brek") in found, found


def test_a_qa_after_two_people_quoted_leaves_the_answers_to_no_one() -> None:
    found = _speakers(
        "Editor Tova Brek and director Ivo Lind are making the Harbour Lights film.",
        "“I said yes on the phone,” Brek says. “So did I,” Lind says.",
        "Brek and Lind talked us through the shoot.",
        "Q: What is the hardest scene?",
        "A: The storm. We cut it nine times.",
    )
    assert not [speaker for text, speaker in found if text.startswith("The storm")]


def test_words_reported_by_writing_that_are_the_writers() -> None:
    for text in (
        "Tova Brek shared a clip of the storm scene, writing that she had “never been so wet”.",
        "Tova Brek posted a photo from the harbour. She wrote that it was “the best week of my "
        "life”.",
    ):
        found = _speakers("Harbour Lights wrapped on Friday.", text)
        assert [speaker for _, speaker in found] == ["Tova Brek"], found


def test_a_work_someone_wrote_is_no_quote_of_theirs() -> None:
    found = _speakers("Harbour Lights wrapped.", "Ivo Lind, who wrote “The Long Tide”, is back.")
    assert found == []


def test_a_capitalised_sentence_of_its_own_after_a_quote_is_words_not_a_title() -> None:
    for closing in ("“Thank you, Lumen.”", "“Goodbye Harbour Lights.”"):
        found = _speakers(
            "Harbour Lights wrapped on Friday.",
            f"“I came for a month and stayed a year,” Tova Brek wrote. {closing}",
        )
        assert [speaker for _, speaker in found] == ["Tova Brek", "Tova Brek"], found


def test_a_title_closing_a_sentence_is_still_a_title() -> None:
    found = _speakers(
        "Harbour Lights wrapped on Friday.",
        "Tova Brek, who starred in “Dry Dock,” is back. She also voiced “Salt and Stone.”",
    )
    assert found == []


def test_an_answer_to_a_question_put_to_a_descriptor_or_a_pronoun() -> None:
    found = _speakers(
        "Director Ivo Lind and Ada Vale took questions at the Harbour Lights panel.",
        "One fan asked the director whether he would film a sequel. “Never say never,” he said.",
    )
    assert ("Never say neve", "Ivo Lind") in found, found
    found = _speakers(
        "Ada Vale took questions at the Harbour Lights panel.",
        "A student asked her if she had kept a prop. “Only the keys,” she said.",
    )
    assert [speaker for text, speaker in found if text.startswith("Only")] == [""], found
