"""A profile names an actor's other show in quotation marks, then goes on "In the series,
written by ...": what that sentence credits and casts is the other show's (invented text, none
of the corpus's names)."""

from __future__ import annotations

from tests.extract.helpers import credits, facts, served_credits, served_pairs


def _profile() -> tuple[str, ...]:
    return (
        "Ysmay Quarrendon is the heart of a new thriller. Next up: the Quillmere film.",
        'Now the actor is the face of BBC One\'s "The Gorsey Reach", the six-part thriller.',
        "In the series, written by Wrenna Corrobin and directed by Teodric Asperland, Quarrendon"
        " plays DC Orlaith Gildersleigh, a junior detective.",
        "Then came Quillmere. Quarrendon has been cast in Quillmere Forever as Lirabel, a student.",
    )


def test_an_in_the_series_after_another_quoted_title_is_that_shows() -> None:
    found = facts(*_profile(), title="Ysmay Quarrendon is having quite a year")
    assert ("writer", "Wrenna Corrobin") not in served_credits(found)
    assert ("director", "Teodric Asperland") not in credits(found)
    assert ("Ysmay Quarrendon", "Orlaith Gildersleigh") not in served_pairs(found)
    assert ("Ysmay Quarrendon", "DC Orlaith Gildersleigh") not in served_pairs(found)


def test_an_in_the_series_after_our_own_title_is_ours() -> None:
    found = facts(
        "Ysmay Quarrendon leads the Quillmere film.",
        'Now the actor is the face of "Quillmere Forever", the new film.',
        "In the film, written by Wrenna Corrobin, Quarrendon plays Lirabel, a student.",
        title="Quillmere Forever: Ysmay Quarrendon is having quite a year",
    )
    assert ("writer", "Wrenna Corrobin") in served_credits(found)
