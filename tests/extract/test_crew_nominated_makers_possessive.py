"""An awards piece names the film by its maker's possessive in the sentence that lists its
director nomination: "X's Title picked up seven nominations, including best director" and
"Title, X's drama about ..., led with nine nominations including best director" credit X as
its director. Another film's maker stays uncredited (invented sentences)."""

from __future__ import annotations

from tests.extract.helpers import credits, facts

_TITLE = "The Gannet Shore leads the Bafta nominations"


def test_makers_possessive_before_the_title_with_a_director_nod() -> None:
    found = facts(
        "Henrike Maalouf-Dunne’s The Gannet Shore emerged as the big story of this morning’s "
        "nominations, picking up seven nods including best film and director.",
        title=_TITLE,
    )
    assert ("director", "Henrike Maalouf-Dunne") in credits(found)


def test_title_then_makers_possessive_with_a_director_nod() -> None:
    found = facts(
        "The Gannet Shore, Teodor Ashgrove-Ilic’s quiet drama about a lighthouse keeper, was the "
        "big winner this morning, picking up eight nominations including best director.",
        title=_TITLE,
    )
    assert ("director", "Teodor Ashgrove-Ilic") in credits(found)


def test_another_films_maker_is_not_credited() -> None:
    found = facts(
        "The Gannet Shore led the field this morning.",
        "Marisol Vandecasteele’s The Copper Lantern also picked up five nods, including best "
        "director.",
        title=_TITLE,
    )
    assert ("director", "Marisol Vandecasteele") not in credits(found)


def test_makers_possessive_then_the_kind_of_film_then_the_title() -> None:
    found = facts(
        "Wilhelmina Oduya-Strand’s Belgian-Irish drama The Gannet Shore led the field at this "
        "morning’s nominations with nine nods, including best film and best director.",
        title=_TITLE,
    )
    assert ("director", "Wilhelmina Oduya-Strand") in credits(found)
