"""One book named by its own title after its owner ("Juniper Vane’s Caddow Fen novel"),
uncounted, is that book, not the source of the article's work; the work's books in the plural
or counted keep their author (invented articles)."""

from __future__ import annotations

from tests.extract.helpers import served_crew

_TITLE = "Who's who in Wrenfold: the full cast"
_LEDE = "Wrenfold arrives on Friday 3 April. Here is who is in it."


def test_one_uncounted_titled_book_is_no_author_credit() -> None:
    crew = served_crew(
        _LEDE,
        "Fans of Juniper Vane’s Caddow Fen novel will know Merrin has a story of her own.",
        title=_TITLE,
    )
    assert ("author", "Juniper Vane") not in crew


def test_the_works_books_keep_their_author() -> None:
    for sentence in (
        "The film adapts Juniper Vane’s Wrenfold novels.",
        "The film adapts Juniper Vane’s third Wrenfold novel.",
    ):
        crew = served_crew(_LEDE, sentence, title=_TITLE)
        assert ("author", "Juniper Vane") in crew, sentence
