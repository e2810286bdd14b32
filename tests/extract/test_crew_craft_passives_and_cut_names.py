"""Crew credits told as "the <craft> is (once again) by X", "the DoP X", "X is cutting the film",
"X directed all six episodes"; a name read only up to a lower-case particle ("Pau Roig" of
"Pau Roig i Serra") is never served."""

from __future__ import annotations

from tests.extract.helpers import credits, facts


def test_the_craft_is_by_credits_the_person() -> None:
    found = facts("The music is once again by Vesna Hollis, who scored the pilot.")
    assert ("composer", "Vesna Hollis") in credits(found)
    found = facts("The cinematography is by Rune Dalby and the editing was by Tove Lind.")
    assert {("cinematographer", "Rune Dalby"), ("editor", "Tove Lind")} <= credits(found)


def test_the_dop_before_or_before_is_credits_the_cinematographer() -> None:
    assert credits(facts("The DoP is Orla Brennick, back from the first series.")) == {
        ("cinematographer", "Orla Brennick")
    }
    found = facts("Between takes the DoP Orla Brennick filmed the gulls on her phone.")
    assert credits(found) == {("cinematographer", "Orla Brennick")}


def test_cutting_the_film_credits_the_editor() -> None:
    assert credits(facts("Kalle Ruud is cutting the film in Bergen.")) == {("editor", "Kalle Ruud")}
    assert credits(facts("Mette Lund will be cutting the movie this spring.")) == {
        ("editor", "Mette Lund")
    }


def test_a_name_cut_at_a_particle_is_never_served() -> None:
    found = facts("The cinematography is by Pau Roig i Serra, and the music is by Lene Aas.")
    assert credits(found) == {("composer", "Lene Aas")}
    found = facts("The series is directed by Beatriz Soto de la Vega.")
    assert ("director", "Beatriz Soto") not in credits(found)


def test_directing_every_episode_credits_the_director() -> None:
    found = facts("Odile Marsh directed all eight episodes this time, in Fife.")
    assert credits(found) == {("director", "Odile Marsh")}
    found = facts("This year Senna Okoro co-directed both of the episodes.")
    assert ("director", "Senna Okoro") in credits(found)


def test_directing_some_episodes_of_another_run_is_no_credit() -> None:
    assert credits(facts("Odile Marsh directed two episodes of the first series.")) == set()


def test_cutting_the_films_budget_or_another_shows_episodes_is_no_credit() -> None:
    assert credits(facts("Tarn Hollis is cutting the film’s budget by a third.")) == set()
    assert credits(facts("Tarn Hollis directed all six episodes of Harrow Quay.")) == set()
