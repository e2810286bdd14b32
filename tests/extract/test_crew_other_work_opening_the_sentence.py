"""Another work that opens its sentence, its maker in an aside after it: "Tin Lantern, directed
by X, slips to third" and "Salt Hour, which starred A as B, was directed by X and Y" credit that
work's makers, not the article's (invented sentences and names)."""

from __future__ import annotations

from tests.extract.helpers import served_crew

_LEDE = (
    "Brackenfold, the Lowmoor drama written by Imre Castellane and directed by Odile Farrant, "
    "went straight to the top of the streaming chart this week."
)
_TITLE = "Brackenfold tops the streaming chart"


def test_another_work_opening_the_sentence_with_its_director_aside() -> None:
    found = served_crew(
        _LEDE,
        "Pepper Yard, directed by Sunniva Oakridge and starring Tamsin Orlov as a "
        "locksmith, is the one to watch next month.",
        title=_TITLE,
    )
    assert ("director", "Odile Farrant") in found
    assert ("director", "Sunniva Oakridge") not in found


def test_a_benchmark_work_with_a_relative_clause_then_its_directors() -> None:
    found = served_crew(
        _LEDE,
        "Wren Hollow, which starred Dario Kettle as Pim Arden and Lisette Marr as Cass Arden, "
        "was directed by Bram Ellery and Ottilie Vantry, and is still the one to beat.",
        title=_TITLE,
    )
    assert ("director", "Bram Ellery") not in found
    assert ("director", "Ottilie Vantry") not in found


def test_our_own_title_opening_the_sentence_keeps_its_director() -> None:
    found = served_crew(
        _LEDE,
        "Brackenfold, directed by Odile Farrant and starring Tamsin Orlov, opened on Friday.",
        title=_TITLE,
    )
    assert ("director", "Odile Farrant") in found


def test_a_glossed_rival_with_a_relative_clause_before_its_director() -> None:
    found = served_crew(
        _LEDE,
        "The nearest rival is Ash Meridian, the Halden drama in which Tamsin Orlov plays a "
        "ferry captain, directed by Sunniva Oakridge.",
        title=_TITLE,
    )
    assert ("director", "Sunniva Oakridge") not in found


def test_a_festival_film_set_off_with_a_small_word_in_its_title() -> None:
    found = served_crew(
        _LEDE,
        "Elsewhere, the festival's closing film, The Road to Kells, directed by Sunniva "
        "Oakridge, stars Tamsin Orlov.",
        title=_TITLE,
    )
    assert ("director", "Sunniva Oakridge") not in found
