"""A producer named after their company's possessive ("produced by Harbour Films’ Éabha
Quill"): the person after the owner is credited, an accented capital included; a person's
possessive at a list's end owns a part, no credit; a plain credit keeps working."""

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


def test_a_persons_possessive_at_a_lists_end_credits_no_part() -> None:
    crew = served_crew(
        _LEDE,
        "In the film, written by Tomás Reddan and directed by Lia Foyle, Ana and Dara Pike's"
        " Éabha Quill run away to the islands.",
        title=_TITLE,
    )
    assert ("director", "Lia Foyle") in crew
    assert not {name for role, name in crew if role == "director"} - {"Lia Foyle"}


def test_a_plain_producer_credit_still_stands() -> None:
    crew = served_crew(_LEDE, "The film is produced by Éabha Quill.", title=_TITLE)
    assert ("producer", "Éabha Quill") in crew
