"""A Q&A whose headline has its guest answer ("X answers our questions about ...") and whose
bare answer paragraphs follow plain question lines: the answers are the guest's. A headline
where someone merely has no answers names no guest, and its bare paragraphs stay no one's."""

from __future__ import annotations

from tests.extract.helpers import facts, served_quotes

_QA = (
    "How did the story start?",
    "With a lighthouse my uncle kept. I spent every summer up there as a boy.",
    "Was the cast easy to find?",
    "Not at all. I saw two hundred people for the keeper and chose the last one in.",
    "Where did you film?",
    "On Rathlin, mostly, in weather I would not wish on anyone.",
)


def test_the_guest_who_answers_in_the_headline_gives_the_answers() -> None:
    found = facts(
        "Writer Cathal Iverson-Drew on his first drama, Keeper's Lamp.",
        *_QA,
        title="‘I wrote it for my uncle’: Cathal Iverson-Drew answers our questions about"
        " Keeper's Lamp",
    )
    assert ("With a light", "Cathal Iverson-Drew") in served_quotes(found)
    assert ("Not at all. ", "Cathal Iverson-Drew") in served_quotes(found)


def test_a_headline_without_answers_names_no_guest() -> None:
    found = facts(
        "Readers still have questions about Keeper's Lamp.",
        *_QA,
        title="Keeper's Lamp finale gives viewers no answers",
    )
    assert not any(who == "Cathal Iverson-Drew" for _, who in served_quotes(found))
