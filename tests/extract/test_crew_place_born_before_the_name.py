"""A place joined to "-born" or "-based" before a credit's name ("written by Hull-born stand-up
X", invented) is where the person is from, never a name of its own; the name after it is the
credit's."""

from __future__ import annotations

from tests.extract.helpers import served_crew


def test_a_place_born_before_a_job_word_is_not_the_writer() -> None:
    found = served_crew(
        "The Gorsefield Nine opens on Friday.",
        "Directed by Osian Brell and written by Hull-born stand-up Priya Venn, the film follows"
        " a pub quiz team.",
    )
    assert ("writer", "Hull") not in found
    assert ("writer", "Priya Venn") in found
    assert ("director", "Osian Brell") in found


def test_a_writer_named_straight_after_by_stays() -> None:
    found = served_crew(
        "The Gorsefield Nine opens on Friday.",
        "The film is written by Priya Venn, who grew up in Hull.",
    )
    assert ("writer", "Priya Venn") in found
