"""A film made from a series: a profile or preview of the film that looks back at the show
credits the show's writer, not the film's (invented articles)."""

from __future__ import annotations

from tests.extract.helpers import credits, facts

_TITLE = "Dara Quint: from Gullwick to the big screen"
_LEDE = "As the Gullwick film opens this week, we look back at Dara Quint's five years."
_FILM = "The film is directed by Ettore Banfi and closes the story."


def test_the_series_writer_is_not_the_films() -> None:
    for sentence in (
        "The series, adapted by Mara Quill from her own graphic novels, arrived in 2021.",
        "The show, written by Oona Prescott, ran for three seasons on Channel 4.",
        "The original series, which was adapted by Mara Quill from her novels, became a hit.",
    ):
        found = facts(_LEDE, sentence, _FILM, title=_TITLE)
        assert not {c for c in credits(found) if c[0] == "writer"}, sentence


def test_the_own_books_author_still_stands() -> None:
    sentence = "The series, adapted by Mara Quill from her own graphic novels, arrived in 2021."
    found = facts(_LEDE, sentence, _FILM, title=_TITLE)
    assert ("author", "Mara Quill") in credits(found)


def test_the_films_own_writer_stays() -> None:
    found = facts(
        _LEDE,
        "The series, adapted by Mara Quill from her own graphic novels, arrived in 2021.",
        "The film was directed by Ettore Banfi from a screenplay by Mara Quill.",
        title=_TITLE,
    )
    assert ("writer", "Mara Quill") in credits(found)


def test_a_series_article_keeps_the_series_writer() -> None:
    found = facts(
        "Gullwick returns for a second season in May.",
        "The series, adapted by Mara Quill from her own graphic novels, arrived in 2021.",
        title="Gullwick season two: everything we know",
    )
    assert ("writer", "Mara Quill") in credits(found)
