"""Another work's makers, told in ways the first rules missed (invented sentences): a link noun
to another book interrupted by an aside ("a nod, fans think, to X’s novel “T”"), and a next job
named by its genre before the quoted title ("begins shooting the thriller “T” for director X")."""

from __future__ import annotations

from tests.extract.helpers import credits, facts

_TITLE = "Gullwick: the first trailer is here"
_LEDE = "The first trailer for Gullwick landed on Tuesday."


def test_a_nod_interrupted_by_an_aside_points_to_another_book() -> None:
    for sentence in (
        "Fans spotted a poster behind Mara – a nod, some believe, to Quill’s novel “Salt Lantern”.",
        "The lighthouse is a wink, readers say, to Ivo Pettersen's book 'The Tide Clock'.",
        "That song is a callback, perhaps, to Pettersen’s early comics.",
    ):
        found = facts(_LEDE, sentence, title=_TITLE)
        assert not {c for c in credits(found) if c[0] == "author"}, sentence


def test_the_source_book_is_still_credited() -> None:
    found = facts(_LEDE, "Gullwick is based on Ivo Pettersen's novel.", title=_TITLE)
    assert ("author", "Ivo Pettersen") in credits(found)


def test_a_next_job_named_by_its_genre_is_another_films() -> None:
    for sentence in (
        "In May he begins shooting the comedy “Salt and Vinegar” for director Hanne Vosloo.",
        "Next spring she starts work on the thriller 'Copper Lane' for the director Ettore Banfi.",
        "He will begin filming a drama, “The Long Weir”, for director Oona Prescott.",
    ):
        found = facts(_LEDE, "Dara Quint plays the lead in Gullwick.", sentence, title=_TITLE)
        assert not {c for c in credits(found) if c[0] == "director"}, sentence


def test_the_author_of_the_original_books_set_off_after_the_name() -> None:
    for sentence in (
        "The film was directed by Ettore Banfi from a screenplay by Mara Quill, the author of the "
        "original comics.",
        "Ettore Banfi directs from a script by Oona Prescott, author of the original novels.",
        "Mara Quill, the author of the original graphic novels, wrote the screenplay.",
    ):
        found = facts(_LEDE, sentence, title=_TITLE)
        assert {c for c in credits(found) if c[0] == "author"}, sentence
