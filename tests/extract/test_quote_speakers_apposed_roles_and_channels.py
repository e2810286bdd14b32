"""Two ways a "she said" after a named person went to someone else.

- A named subject with a role in apposition ("Maren Tollefsen, the film's writer and the creator
  of the series, appeared in a video message. “...,” she said."): the "she" is the named woman;
  the role nouns describe her and must not send the quote to another creator named earlier.
- A statement sent "through <Company>" ("In a statement released through Harrow, he said:"):
  the company is the channel, not the speaker; "he" is the man the paragraph is about.
"""

from __future__ import annotations

from tests.extract.helpers import facts, served_quotes

_OTHER = (
    "A teaser for Saltmarsh, the coastal thriller from creator Priya Vennard-Holt, starring Tom "
    "Ashby as a ferryman. No date yet."
)


def _speakers(*paragraphs: str) -> set[str]:
    return {speaker for _, speaker in served_quotes(facts(*paragraphs))}


def test_she_after_a_named_writer_and_creator_is_that_writer() -> None:
    found = served_quotes(
        facts(
            "Live: the Streamline showcase, as it happened",
            _OTHER,
            "The Paper Lantern arrives on Streamline on Friday 12 June.",
            "Maren Tollefsen, the film’s writer and the creator of the series, appeared in a "
            "video message. “I have been waiting a long time for this,” she said. “I hope it "
            "feels warm.”",
        )
    )
    assert found and all(speaker == "Maren Tollefsen" for _, speaker in found)


def test_he_after_a_named_director_in_apposition_is_that_director() -> None:
    speakers = _speakers(
        "Streamline unveiled its spring slate on Tuesday night.",
        "A first look at Gullwing, the sailing drama from creator Odile Fenwick-Marr, opened "
        "the evening.",
        "Bram Keskinen, the show’s director and the co-creator of the original podcast, joined "
        "by video link. “We shot every scene at dawn,” he said.",
    )
    assert speakers == {"Bram Keskinen"}


def test_a_statement_released_through_a_company_is_the_man_the_paragraph_is_about() -> None:
    speakers = _speakers(
        "The Salt Road leads this year’s nominations with seven nods.",
        "The film, produced by Harrow Pictures and written by Ana Delgado, opened in UK cinemas "
        "in November.",
        "Pieter Vandam, who is 31 and made his debut in a Dutch series, was at another premiere "
        "when the nominations were read. In a statement released through Harrow, he said: ‘To be "
        "recognised for this film means more than I can say.’",
    )
    assert speakers == {"Pieter Vandam"}


def test_a_statement_issued_via_a_studio_is_the_woman_the_paragraph_is_about() -> None:
    speakers = _speakers(
        "Nominations for the Thornbury awards were announced this morning.",
        "Quill Lane, made by Osprey Studios and directed by Rafe Idowu, leads with five.",
        "Lena Marsh-Okoro, nominated for best actress, was filming abroad. In a message issued "
        "via Osprey Studios, she said: “I am stunned and very grateful to everyone on it.”",
    )
    assert speakers == {"Lena Marsh-Okoro"}
