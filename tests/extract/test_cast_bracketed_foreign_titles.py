"""A director's earlier film in brackets, its title in English or not, is never an actor."""

from __future__ import annotations

from tests.extract.helpers import facts, pairs

_LEDE = "The first poster for Harbour Lights went up online on Monday."


def test_a_bracket_opening_with_a_foreign_article_is_a_title_not_an_actor() -> None:
    for text in (
        "It is the second feature by Ilaria Voss (Las Horas Quietas), shot on Lanzarote.",
        "Fans of Bertrand Okafor (Les Jours de Pluie) will know what to expect.",
        "Word is that Matthias Kroll (Der Stille Hafen) spent two years on the script.",
    ):
        found = pairs(facts(_LEDE, text))
        assert not found, found


def test_a_bracket_after_the_film_from_a_director_is_an_earlier_work() -> None:
    for text in (
        "It's the new film from Oona Reyes (Cardinal Point), shot mostly at night.",
        "This is the latest from Petra Lindqvist (Winter Orchard) and it looks gorgeous.",
    ):
        found = pairs(facts(_LEDE, text))
        assert not found, found


def test_a_part_with_its_actor_in_brackets_is_still_a_casting() -> None:
    for text in (
        "The poster shows Marisol (Dana Ekwueme) alone on the quay.",
        "Leon (Tobias Arrowsmith) is nowhere to be seen on it.",
    ):
        assert len(pairs(facts(_LEDE, text))) == 1


def test_a_title_after_its_works_noun_with_the_original_title_in_brackets() -> None:
    for text in (
        "The director's second feature, Salt Kettle (Suolajärvi), is adapted from a novel.",
        "Critics loved the drama Lowland Drift (Laagland) when it opened in Ghent.",
    ):
        found = pairs(facts(_LEDE, text))
        assert not found, found


def test_a_part_after_in_the_film_is_still_a_casting() -> None:
    found = pairs(facts(_LEDE, "In the film, Ysolde (Hedda Marlowe-Quist) runs the harbour bar."))
    assert ("Hedda Marlowe-Quist", "Ysolde") in found
