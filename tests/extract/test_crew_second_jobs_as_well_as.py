"""A second job told with "as well as" or its kin is the same person's credit: "X wrote the
script as well as directing", "As well as directing, Y wrote the screenplay"; "as well as
directing other films" is no credit of the production (invented sentences)."""

from __future__ import annotations

from tests.extract.helpers import credits, facts

_TITLE = "Harbour Lights is the quiet hit of the autumn"
_LEDE = "Harbour Lights opens in cinemas on Friday."


def test_the_job_after_as_well_as_is_a_credit() -> None:
    found = facts(
        _LEDE,
        "Odile Fenwick wrote the screenplay as well as directing, and it shows.",
        title=_TITLE,
    )
    assert ("director", "Odile Fenwick") in credits(found)
    assert ("writer", "Odile Fenwick") in credits(found)
    found = facts(_LEDE, "Bram Okafor scored the film in addition to producing it.", title=_TITLE)
    assert ("producer", "Bram Okafor") in credits(found)


def test_the_job_before_the_credit_is_a_credit() -> None:
    found = facts(_LEDE, "As well as directing, Odile Fenwick wrote the screenplay.", title=_TITLE)
    assert ("director", "Odile Fenwick") in credits(found)


def test_a_job_on_other_work_is_no_credit() -> None:
    found = facts(
        _LEDE,
        "Odile Fenwick wrote the screenplay as well as directing other films for the studio.",
        title=_TITLE,
    )
    assert ("director", "Odile Fenwick") not in credits(found)


def test_a_job_with_its_object_after_as_well_as_is_a_credit() -> None:
    found = facts(
        _LEDE, "Ines Marlow directed the film as well as writing the screenplay.", title=_TITLE
    )
    assert ("writer", "Ines Marlow") in credits(found)
    assert ("director", "Ines Marlow") in credits(found)
