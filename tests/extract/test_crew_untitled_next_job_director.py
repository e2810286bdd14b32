"""A profile's subject preparing an untitled other work "with the director X": X directs that
work, not the article's."""

from __future__ import annotations

from tests.extract.helpers import served_crew

LEDE = "Editor Ilse Marr on cutting Sky's The Salt Ledger, a six-part thriller."


def test_prepping_a_feature_with_the_director_is_that_features() -> None:
    found = served_crew(
        LEDE,
        "She is currently prepping a feature in Portugal with the director Ruy Mendes, which "
        "shoots in the autumn.",
    )
    assert ("director", "Ruy Mendes") not in found


def test_developing_a_new_drama_with_director() -> None:
    found = served_crew(LEDE, "Marr is now developing a new drama with director Tove Lind.")
    assert ("director", "Tove Lind") not in found


def test_shooting_her_next_film_for_the_director() -> None:
    found = served_crew(LEDE, "She is already shooting her next film for the director Abel Kuti.")
    assert ("director", "Abel Kuti") not in found


def test_the_works_own_director_still_stands() -> None:
    found = served_crew(LEDE, "She shot the series with the director Ruy Mendes in Norway.")
    assert ("director", "Ruy Mendes") in found
