"""A place before a company's noun in a credit ("produced by Leeds indie Kestrel Films"): the
place is no producer (and the company after it is a company, no person); a place before a
person's trade ("produced by Leeds producer Ana Roe") still credits the person."""

from __future__ import annotations

from tests.extract.helpers import served_crew

_TITLE = "Millrace Street is streaming now"
_LEDE = "Millrace Street, a four-part drama about a Leeds mill town, is streaming in full today."


def test_a_place_before_indie_is_no_producer() -> None:
    crew = served_crew(
        _LEDE,
        "The series is directed by Ivo Marsh. It is produced by Leeds indie Kestrel Films.",
        "Marsh has just spoken to BBC Radio Leeds about the shoot.",
        title=_TITLE,
    )
    assert not any(role == "producer" for role, _ in crew)
    assert ("director", "Ivo Marsh") in crew


def test_a_place_before_a_production_company_is_no_producer() -> None:
    crew = served_crew(
        _LEDE,
        "It was produced by Bradford production company Oakhill Pictures.",
        "The cast met the crew at the Bradford Playhouse.",
        title=_TITLE,
    )
    assert not any(name in {"Bradford", "Oakhill Pictures"} for _, name in crew)


def test_a_place_before_a_producer_still_credits_the_person() -> None:
    crew = served_crew(_LEDE, "It is produced by Leeds producer Ana Roe.", title=_TITLE)
    assert ("producer", "Ana Roe") in crew
