"""The source's author told with "of" after a book noun (invented sentences)."""

from __future__ import annotations

from tests.extract.helpers import credits, facts

_TITLE = "Lantern Bay: the film finale lands on Netflix"
_LEDE = "Lantern Bay, the film finale of the coastal drama, lands on Netflix this week."


def test_from_the_graphic_novels_of_credits_the_author() -> None:
    found = facts(
        _LEDE,
        "The film, which ends the story of Rory and Sam from the graphic novels of Ines Morrow,"
        " premieres in June.",
        title=_TITLE,
    )
    assert ("author", "Ines Morrow") in credits(found)


def test_based_on_the_books_of_credits_the_author() -> None:
    found = facts(
        _LEDE,
        "Halvard Brune shot the feature, the ending of the series based on the books of Petra"
        " Novak.",
        title=_TITLE,
    )
    assert ("author", "Petra Novak") in credits(found)
