"""The author of our work's source, named with its title ("who created the Silver Tides
webcomic") (invented text, none of the corpus's names)."""

from __future__ import annotations

from tests.extract.helpers import credits, facts


def test_who_created_our_titles_webcomic_is_its_author() -> None:
    found = facts(
        "Silver Tides begins filming in Kent this week.",
        "The film is written by Ida Berg, who created the Silver Tides webcomic in 2016.",
        title="Silver Tides film starts shooting",
    )
    assert ("author", "Ida Berg") in credits(found)
    assert ("writer", "Ida Berg") in credits(found)


def test_wrote_our_titles_novels_is_their_author() -> None:
    found = facts(
        "Copper Mile arrives on the service in June.",
        "Tomas Reyes wrote the Copper Mile novels before turning to screenwriting.",
        title="Copper Mile: everything we know",
    )
    assert ("author", "Tomas Reyes") in credits(found)


def test_another_titles_novels_give_no_credit() -> None:
    found = facts(
        "Silver Tides begins filming in Kent this week.",
        "Per Holm, who wrote the Harbour Lights novels, has a cameo.",
        title="Silver Tides film starts shooting",
    )
    assert ("author", "Per Holm") not in credits(found)
