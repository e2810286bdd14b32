"""A writer credited by the passive, then described as the franchise's creator and the source
books' author: "Written by X, creator of the series and author of the graphic novels, the film
is directed by Y" credits X as writer, creator and author (invented sentences and names)."""

from __future__ import annotations

from tests.extract.helpers import served_crew

_LEDE = (
    "Netflix today announced that filming has begun on Marrowfield: Last Light, the "
    "feature-length film that ends Pia Lundqvist-Hale’s story of Rosa and Dee."
)
_TITLE = "Marrowfield film begins shooting"


def test_creator_of_the_series_and_author_of_the_novels_after_written_by() -> None:
    found = served_crew(
        _LEDE,
        "Written by Pia Lundqvist-Hale, creator of the series and author of the bestselling "
        "graphic novels, the film is directed by Oren Tadesse.",
        title=_TITLE,
    )
    assert {
        ("writer", "Pia Lundqvist-Hale"),
        ("creator", "Pia Lundqvist-Hale"),
        ("author", "Pia Lundqvist-Hale"),
        ("director", "Oren Tadesse"),
    } <= found


def test_the_creator_of_our_title_and_author_of_the_books_it_is_based_on() -> None:
    found = served_crew(
        _LEDE,
        "Written by Pia Lundqvist-Hale, the creator of Marrowfield and author of the "
        "best-selling novels on which it is based, the film is directed by Oren Tadesse.",
        title=_TITLE,
    )
    assert ("creator", "Pia Lundqvist-Hale") in found
    assert ("author", "Pia Lundqvist-Hale") in found


def test_the_creator_of_the_novels_and_the_series_is_the_creator() -> None:
    found = served_crew(
        _LEDE,
        "Written by Lundqvist-Hale, the creator of the graphic novels and the streaming "
        "series, and directed by Oren Tadesse, the film follows Rosa.",
        title=_TITLE,
    )
    assert ("creator", "Pia Lundqvist-Hale") in found
    assert ("author", "Pia Lundqvist-Hale") not in found


def test_an_apposition_after_no_credit_of_ours_credits_nothing() -> None:
    found = served_crew(
        _LEDE,
        "The 2019 thriller Cold Meridian, written by Agathe Rossmore, creator of the series "
        "Lantern Court, opened in Paris.",
        title=_TITLE,
    )
    assert ("creator", "Agathe Rossmore") not in found
