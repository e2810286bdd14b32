"""A "with A as P" phrase after a decade or a year long before the article's date casts an old
work, not ours ("the county stood in for a 1980s serial, with A as P", "the 1968 one with A as
P"), so it is not served; a recent year keeps the casting (invented articles)."""

from __future__ import annotations

from tests.extract.helpers import facts, served_pairs

_TITLE = "On set: Larkhollow comes to the Fens"
_LEDE = "Ida Brannock plays Nell Carrow in Larkhollow, the Netflix drama filming in the Fens."


def _served(sentence: str) -> set[tuple[str, str]]:
    return served_pairs(facts(_LEDE, sentence, title=_TITLE, date="2025-05-01"))


def test_an_old_works_cast_is_not_served() -> None:
    for sentence in (
        "The Fens doubled as the moors for a costume serial in the early 1980s, with Tomas Rudge"
        " as Captain Harrow and Oona Pim as Lettice.",
        "Not the remake, the 1968 one with Tomas Rudge as Captain Harrow.",
    ):
        served = _served(sentence)
        assert ("Tomas Rudge", "Captain Harrow") not in served, sentence
        assert ("Ida Brannock", "Nell Carrow") in served, sentence


def test_a_recent_year_keeps_the_casting() -> None:
    sentence = "Filming began in March 2025, with Tomas Rudge as Captain Harrow."
    assert ("Tomas Rudge", "Captain Harrow") in _served(sentence)


def test_the_storys_own_time_keeps_the_casting() -> None:
    for sentence in (
        "It follows a mining family in 1980s Barrowfield, with Tomas Rudge as Captain Harrow.",
        "Set on the Fen coast in 1979, the drama stars Oona Pim as Lettice, with Tomas Rudge as"
        " Captain Harrow.",
    ):
        assert ("Tomas Rudge", "Captain Harrow") in _served(sentence), sentence


def test_a_clause_back_in_the_present_keeps_the_casting() -> None:
    for sentence in (
        "The play, first staged in 1986, now comes to the screen with Tomas Rudge as Captain"
        " Harrow.",
        "Filmed once in the 1970s, the story this time arrives with Tomas Rudge as Captain Harrow.",
    ):
        assert ("Tomas Rudge", "Captain Harrow") in _served(sentence), sentence
