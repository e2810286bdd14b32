""" "Written by" of a piece of music (a theme, a song, a score cue) is no writer's credit: "The
closing song was written by X" and "It was written by Y, the film's composer" credit no writer
(invented articles)."""

from __future__ import annotations

from tests.extract.helpers import credits, facts

_TITLE = "Lantern Bay trailer: fans react to the first look"
_LEDE = "The first trailer for Lantern Bay landed on Tuesday."


def test_a_song_written_by_a_name_is_no_writer_credit() -> None:
    found = facts(
        _LEDE,
        "Listeners loved the closing song. The song was written by Petra Lindqvist-Hale.",
        title=_TITLE,
    )
    assert ("writer", "Petra Lindqvist-Hale") not in credits(found)
    found = facts(
        _LEDE,
        "The trailer's main theme, written by Osric Demane, has been streamed a million times.",
        title=_TITLE,
    )
    assert ("writer", "Osric Demane") not in credits(found)


def test_it_written_by_the_films_composer_is_no_writer_credit() -> None:
    found = facts(
        _LEDE,
        "Fans spotted a new cello melody in the trailer. It was written by Marit Solbakken, "
        "the film's composer, who shared a clip online.",
        title=_TITLE,
    )
    assert ("writer", "Marit Solbakken") not in credits(found)
    assert ("composer", "Marit Solbakken") in credits(found)
    found = facts(
        _LEDE,
        "The new piano cue is lovely. This one was written by Teodor Vasquez-Aune, the show's "
        "composer.",
        title=_TITLE,
    )
    assert ("writer", "Teodor Vasquez-Aune") not in credits(found)


def test_a_script_written_by_a_name_stays_a_writer_credit() -> None:
    found = facts(
        _LEDE,
        "Lantern Bay was written by Petra Lindqvist-Hale, who also wrote the theme song.",
        title=_TITLE,
    )
    assert ("writer", "Petra Lindqvist-Hale") in credits(found)
    found = facts(_LEDE, "The film was written by Osric Demane.", title=_TITLE)
    assert ("writer", "Osric Demane") in credits(found)
