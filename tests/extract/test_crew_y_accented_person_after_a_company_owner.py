"""A producer named after their company's possessive ("produced by Harbour Films’ Éabha
Quill", "produced by Salt Marsh's Dara Pike"): the person after the owner is credited, an
accented capital or a two-word owner included; a plain credit keeps working."""

from __future__ import annotations

from tests.extract.helpers import served_crew

_TITLE = "First look at Ashgrove, the Galway ghost story"
_LEDE = "The first images from Ashgrove, a ghost story set on the Galway coast, are out."


def test_an_accented_name_after_a_company_owner_is_the_producer() -> None:
    crew = served_crew(
        _LEDE,
        "The film was shot over six weeks last spring and is produced by Harbour Films’ Éabha"
        " Quill.",
        title=_TITLE,
    )
    assert ("producer", "Éabha Quill") in crew


def test_a_name_after_a_two_word_owner_is_the_producer() -> None:
    crew = served_crew(
        _LEDE,
        "It was written by Tomás Reddan with Lia Foyle and produced by Salt Marsh's Dara Pike.",
        title=_TITLE,
    )
    assert ("producer", "Dara Pike") in crew
    assert ("producer", "Salt Marsh") not in crew
    assert ("writer", "Tomás Reddan") in crew


def test_a_plain_producer_credit_still_stands() -> None:
    crew = served_crew(_LEDE, "The film is produced by Éabha Quill.", title=_TITLE)
    assert ("producer", "Éabha Quill") in crew
