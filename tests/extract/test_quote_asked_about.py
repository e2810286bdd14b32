"""Quotes on invented text: a passive question opening the sentence ("Asked whether she would
work with Abbott again, she laughed.") names whom the question is about; the pronoun that
answers is someone else, so the words are never that person's."""

from __future__ import annotations

from tests.extract.helpers import facts


def _speaker(*paragraphs: str) -> str | None:
    for quote in facts(*paragraphs).quotes:
        if quote.text.startswith("Only if"):
            return quote.speaker
    return None


def test_the_one_a_passive_question_is_about_is_not_the_answerer() -> None:
    for opening, last in (
        ("The film, directed by Corin Abbott, began shooting in July.",
         "Asked whether she would work with Abbott again, she laughed. “Only if he buys the "
         "coffee.”"),
        ("Corin Abbott directs the film, which began shooting in July.",
         "Asked if she would work with Abbott again, she smiled. “Only if he buys the coffee.”"),
        ("Corin Abbott directs the film, which began shooting in July.",
         "Asked about Corin Abbott, she said: “Only if he buys the coffee.”"),
    ):  # fmt: skip
        assert _speaker(opening, last) != "Corin Abbott", last


def test_a_passive_question_about_something_else_keeps_the_pronoun() -> None:
    found = _speaker(
        "Corin Abbott directs the film, which began shooting in July.",
        "“We start early,” he said. Asked whether the shoot would run late, he shrugged: "
        "“Only if it rains.”",
    )
    assert found == "Corin Abbott"


def test_a_question_in_an_opening_when_clause_is_not_the_answer() -> None:
    found = facts(
        "Brightwave dropped the Copper Bay trailer on Monday, with Senna Holloway as Ada.",
        "When Senna Holloway asks whether the boat can take another wave, the deckhand just "
        "shrugs: “She’s had worse.”",
    )
    assert all(q.speaker != "Senna Holloway" for q in found.quotes if q.served), found.quotes


def test_an_asker_who_then_says_the_words_keeps_them() -> None:
    found = facts(
        "Brightwave dropped the Copper Bay trailer on Monday, with Senna Holloway as Ada.",
        "Senna Holloway asks whether the boat can take another wave, and says: “She’s had worse.”",
    )
    assert [q.speaker for q in found.quotes if q.served] == ["Senna Holloway"], found.quotes


_PANEL = ("11.09am PT", "Moderator Ines Pellow is out and introduces creator Saskia Vildmark.")


def test_a_pronoun_after_another_answered_is_not_the_askers() -> None:
    found = facts(*_PANEL, "11.55am PT", "Pellow asks about a second season. Vildmark: “Let's "
                  "see if people like the first one.” She then admits the writers' room is "
                  "“open, but only quietly, for now”, which gets a laugh.").quotes  # fmt: skip
    said = {q.text[:10]: q.speaker for q in found if q.served}
    assert said["Let's see "] == "Saskia Vildmark"
    assert not said.get("open, but ", "").endswith("Ines Pellow"), said


def test_a_pronoun_after_the_askers_own_question_is_still_theirs() -> None:
    entry = (
        "Pellow asks about a second season. She then admits she is “a fan first, a moderator "
        "second”, which gets a laugh."
    )
    found = facts(*_PANEL, "11.55am PT", entry).quotes
    said = [q.speaker for q in found if q.text.startswith("a fan")]
    assert len(said) == 1 and said[0].endswith("Ines Pellow"), said  # the moderator's own words
