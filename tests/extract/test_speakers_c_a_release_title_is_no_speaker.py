"""Quotes on invented text: a title the release facts give for the article's own work ("Is
Marram Tides as raw? She weighs it. “...”") is never the person who speaks, whatever path led
the pronoun there; a person's name that is no title keeps the words."""

from __future__ import annotations

from tests.extract.helpers import facts, served_quotes

_LEDE = "Brenna Coyle on taking over a loved series and why Marram had to finish as a film."
_MORNING = (
    "The morning after the film’s first screening in Hove, Brenna Coyle is running on very little"
    " sleep. “People laughed in the right places,” she says."
)
_CHOICE = (
    "The Irish director, best known for Low Orchard, was a surprise choice to close Tobias Wren’s"
    " series."
)
_ORCHARD = (
    "Low Orchard, which she made with her late brother, won Idris Alden a Bafta for his part as a"
    " drowned fisherman."
)
_ARRIVES = "Marram Tides arrives on Apple TV next Friday, 3 March."
_TITLE = "‘Nothing to tidy’: Brenna Coyle on directing Marram Tides"


def test_words_after_a_question_naming_the_title_are_not_the_titles() -> None:
    found = facts(
        _LEDE,
        _MORNING,
        _CHOICE,
        _ORCHARD + " Is Marram Tides as raw? She weighs it. “In a way it’s rawer. I had none"
        " of this at twenty.”",
        _ARRIVES,
        date="2026-02-20",
        title=_TITLE,
    )
    assert "Marram Tides" in {fact.title for fact in found.release}
    served = served_quotes(found)
    assert not any(speaker == "Marram Tides" for _, speaker in served), served
    assert ("People laugh", "Brenna Coyle") in served, served


def test_a_person_who_is_no_title_keeps_the_words() -> None:
    found = facts(
        _LEDE,
        _MORNING,
        _CHOICE,
        _ORCHARD + " Is Idris Alden as proud? He weighs it. “In a way I’m prouder. I had none"
        " of this at twenty.”",
        _ARRIVES,
        date="2026-02-20",
        title=_TITLE,
    )
    served = served_quotes(found)
    assert ("In a way I’m", "Idris Alden") in served, served
