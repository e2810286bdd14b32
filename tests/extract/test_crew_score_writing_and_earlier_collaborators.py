"""Writing a score is composing, never a writer credit; and a profile subject's earlier
collaborator, brought in with words between "known" and "for", is no credit on our film."""

from __future__ import annotations

from tests.extract.helpers import served_crew


def test_a_composer_writing_the_films_score_is_no_writer() -> None:
    found = served_crew(
        "Composer Maren Ilvesköld, who is writing the film's score, shared a photo of a cello "
        "with the caption “almost there”."
    )
    assert ("composer", "Maren Ilvesköld") in found
    assert ("writer", "Maren Ilvesköld") not in found


def test_writing_the_movies_music_or_songs_gives_no_writer_credit() -> None:
    music = served_crew(
        "Pell Harbour, the new drama from Larkhollow Pictures, is shooting in Devon.",
        "Tobiah Fenwright is writing the movie’s music from a studio in Bath.",
    )
    songs = served_crew(
        "Pell Harbour wrapped on Friday.",
        "Songwriter Ines Corravale, who wrote the film's songs, played two of them at the party.",
    )
    assert ("writer", "Tobiah Fenwright") not in music
    assert ("writer", "Ines Corravale") not in songs


def test_the_film_written_by_a_writer_still_credits_the_writer() -> None:
    found = served_crew("Gwenllian Moss, who wrote the film's screenplay, visited the set.")
    assert ("writer", "Gwenllian Moss") in found


def test_known_at_home_for_work_with_a_director_is_no_director_credit() -> None:
    first = served_crew(
        "Pell Harbour premiered in Leeds. Its cinematographer, Anders Voll, 38, was there.",
        "Voll is known in Norway above all for his work with director Sunniva Haldvik. He shot "
        "her films “Kald vår” (2018) and “Havet” (2021).",
    )
    second = served_crew(
        "Pell Harbour premiered in Leeds. Its editor, Rosa Quintela, was there.",
        "Quintela is best known at home in Lisbon for her long collaboration with director "
        "Duarte Meireles, whose last three films she cut.",
    )
    assert ("director", "Sunniva Haldvik") not in first
    assert ("director", "Duarte Meireles") not in second
