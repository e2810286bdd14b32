"""A film made from a series that names the series by its title: "Gullwick, written by A from
her own novels, ran for three series" tells the show's run, so its writer is the show's, not the
film's (invented articles)."""

from __future__ import annotations

from tests.extract.helpers import credits, facts

_TITLE = "Gullwick film sets up camp on the harbour"
_LEDE = "Film crews have taken over the harbour as the Gullwick film shoots this week."
_FILM = "The film is directed by Ettore Banfi."


def _writers(*paragraphs: str) -> set[str]:
    return {name for role, name in credits(facts(*paragraphs, title=_TITLE)) if role == "writer"}


def test_the_titled_series_writer_is_not_the_films() -> None:
    for sentence in (
        "Gullwick, written by Mara Quill from her own graphic novels, ran for three series on "
        "Channel 4.",
        "Gullwick, adapted by Oona Prescott, ran for four seasons before it ended in 2023.",
        "The Tallow Years, penned by Mara Quill, aired for two series on the BBC.",
    ):
        assert not _writers(_LEDE, sentence, _FILM), sentence


def test_the_own_books_author_still_stands() -> None:
    found = facts(
        _LEDE,
        "Gullwick, written by Mara Quill from her own graphic novels, ran for three series on "
        "Channel 4.",
        _FILM,
        title=_TITLE,
    )
    assert ("author", "Mara Quill") in credits(found)


def test_a_titled_film_with_its_writer_keeps_the_credit() -> None:
    writers = _writers(
        _LEDE,
        "Gullwick, written by Mara Quill from her own novel, opens in cinemas in May.",
        _FILM,
    )
    assert "Mara Quill" in writers
