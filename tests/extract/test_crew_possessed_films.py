"""A full name whose film the article describes ("X’s film is ...", "X's gentle, unhurried film
runs ...") is the director; another work in apposition, an earlier or later film, or a film
that is only a word of a post is no credit; and a camera with a short aside still does a
camera's work (invented sentences, none of the corpus's names)."""

from __future__ import annotations

from tests.extract.helpers import served_crew


def test_a_films_maker_named_before_a_verb_is_the_director() -> None:
    served = served_crew("Instead, Halvard Mossberg’s film is a study of small kitchens.")
    assert ("director", "Halvard Mossberg") in served


def test_a_films_maker_named_before_a_relative_clause_is_the_director() -> None:
    served = served_crew(
        "Odile Brack's film, which I caught at the harbour gala, lands on the streamer today."
    )
    assert ("director", "Odile Brack") in served


def test_a_described_film_still_names_its_director() -> None:
    served = served_crew("Saoirse Quayle’s gentle, unhurried film runs a little long.")
    assert ("director", "Saoirse Quayle") in served


def test_a_leading_time_or_place_is_no_title_before_the_maker() -> None:
    served = served_crew("On Friday, Saffi Havlin’s film opens wide.")
    assert ("director", "Saffi Havlin") in served
    served = served_crew("In Brackwell, Emmet Lowrie's film is a hit.")
    assert ("director", "Emmet Lowrie") in served


def test_a_title_after_a_leading_phrase_is_still_another_work() -> None:
    served = served_crew(
        "On Friday the festival showed Quarrystone Bend, Saffi Havlin’s film, to a full house."
    )
    assert ("director", "Saffi Havlin") not in served


def test_another_film_in_apposition_is_no_credit() -> None:
    served = served_crew(
        "She came back from Brackwell with Tollmere Reach, Orla Dunmere’s film, which won there."
    )
    assert ("director", "Orla Dunmere") not in served


def test_an_earlier_film_or_a_post_is_no_credit() -> None:
    served = served_crew("Orrin Tull's last film was a western.")
    assert ("director", "Orrin Tull") not in served
    served = served_crew("Hallie Dunmore's score for the film will be out in May.")
    assert ("director", "Hallie Dunmore") not in served


def test_a_camera_with_an_aside_is_a_cinematographer_credit() -> None:
    served = served_crew("Marek Stelmach’s camera, by contrast, finds beauty in wet car parks.")
    assert ("cinematographer", "Marek Stelmach") in served
