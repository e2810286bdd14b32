"""Quotes on invented text: a title in marks set between commas right after an owner's work noun
("Her next film, “...”, opens ...", "the director's new project, “...”, is due to ...") is the
work's name, never anyone's quote; words in marks after a noun that names no work still are."""

from __future__ import annotations

from tests.extract.helpers import facts


def _served(*paragraphs: str) -> list[str]:
    return [q.text[:18] for q in facts(*paragraphs).quotes if q.served]


def test_a_title_between_commas_after_an_owners_new_project_is_no_quote() -> None:
    served = _served(
        "Tamsin Vell shot the winter drama Hollow Reach.",
        "“I am already packing for the next one,” Vell says. Dorian Kast’s new project, "
        "“Zimny brzeg”, is due to start shooting in Gdańsk in March.",
    )
    assert served == ["I am already packi"]


def test_a_title_between_commas_after_a_pronouns_next_film_is_no_quote() -> None:
    served = _served(
        "Mira Oduna edits the coastal thriller Salt Lamp.",
        "Her next film, “Les Heures lentes”, opens in Lyon in the spring. “I cut it at night,” "
        "Oduna says.",
        "The director’s latest feature, “Den sista vintern”, shoots in Umeå next year.",
    )
    assert served == ["I cut it at night"]


def test_words_between_commas_after_a_noun_that_names_no_work_are_still_a_quote() -> None:
    served = _served(
        "Pell Arwin stars in the heist comedy Copper Vane.",
        "Arwin’s answer, “Nobody plans a heist in slippers”, made the room laugh, she said.",
    )
    assert served == ["Nobody plans a hei"]
