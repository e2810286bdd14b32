"""A crew credit's name is a person's, never the production's own title read as a surname."""

from __future__ import annotations

from tests.extract.helpers import served_crew


def test_a_subtitled_title_that_began_as_a_webcomic_is_no_author() -> None:
    found = served_crew(
        "Moonwick: After Hours is a warm farewell.",
        "Mira Olsen’s screenplay keeps the gang together.",
        "Moonwick started as a webcomic about two girls on a night bus.",
        title="Moonwick: After Hours review – a gentle goodbye",
    )
    assert not {name for _, name in found} & {"Moonwick"}
    assert ("writer", "Mira Olsen") in found


def test_the_title_of_a_film_series_is_no_creator() -> None:
    found = served_crew(
        "The third Copperwick film is the best of the bunch.",
        "Copperwick began as a comic that Dov Arlen drew in a bakery.",
        "The Copperwick films have always been about friendship.",
        title="Copperwick: The Last Lamp review",
    )
    assert not {name for _, name in found} & {"Copperwick"}


def test_a_surname_the_headline_names_alone_still_credits() -> None:
    found = served_crew(
        "The quiet thriller grips from the first scene.",
        "The film was directed by Fenwick from a story by her brother.",
        title="Fenwick’s quiet thriller is a triumph",
    )
    assert ("director", "Fenwick") in found
