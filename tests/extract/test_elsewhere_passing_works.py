"""Another work named in passing, served as the article's own: its makers glossed in apposition
("X, the sitcom created by A and B"), its star's part ("X star A, who played B", "who joined X
as B", "X, also on Vela, in which A plays B") and a live blog's turn to another session."""

from __future__ import annotations

from tests.extract.helpers import facts, served_pairs

_DATE = "2026-04-02"
_TITLE = "Skelling Bay pushed back to the autumn"
_LEDE = "Skelling Bay, the BBC drama starring Lettice Bramwell, has been pushed back to autumn."


def _crew(*paragraphs: str, title: str = _TITLE) -> set[tuple[str, str]]:
    found = facts(*paragraphs, date=_DATE, title=title)
    return {(c.role.value, c.name) for c in found.crew if c.served}


def test_a_work_glossed_with_its_makers_keeps_them() -> None:
    found = facts(
        _LEDE,
        "Its Sunday slot will instead go to repeats of Cobbler’s Yard, the sitcom created by"
        " Saffi Wrenlow and Nell Gatcombe.",
        date=_DATE,
        title=_TITLE,
    )
    assert not [c for c in found.crew if c.served], found.crew


def test_a_work_glossed_with_its_stars_and_director_keeps_them() -> None:
    assert not _crew(
        _LEDE,
        "Its rivals include Vela’s Copse Gang, the Welsh adventure series starring Osric Tallow"
        " as Jem Hollis and directed by Bryn Ormesby, and Sky’s Tin Yard.",
    )


def test_our_own_work_glossed_keeps_its_makers() -> None:
    assert ("creator", "Bryn Ormesby") in _crew(
        "Skelling Bay, the BBC drama created by Bryn Ormesby, has been pushed back to autumn."
    )


def test_a_live_blog_turn_to_another_session_keeps_its_director() -> None:
    assert not _crew(
        _LEDE,
        "14:10 – Over in the main hall, the Copse Gang team are talking about night shoots."
        " Director Nell Gatcombe says the final episode took nine attempts.",
    )


def _cast(*paragraphs: str) -> set[tuple[str, str]]:
    return served_pairs(facts(*paragraphs, date=_DATE, title=_TITLE))


def test_a_star_of_another_show_keeps_its_part() -> None:
    assert ("Saffi Wrenlow", "Jem Hollis") not in _cast(
        _LEDE, "Spotted: Tin Yard star Saffi Wrenlow, who played Jem Hollis, in the crowd."
    )


def test_joining_another_show_keeps_its_part() -> None:
    assert ("Saffi Wrenlow", "Jem Hollis") not in _cast(
        _LEDE,
        "The drama reunites its ensemble. Saffi Wrenlow, who joined Copse Gang as Jem Hollis in"
        " 2023, was on set all summer.",
    )


def test_a_show_with_an_aside_then_its_part_keeps_it() -> None:
    assert ("Osric Tallow", "Lord Jem Hollis") not in _cast(
        _LEDE,
        "If you like it, try Copse Gang, also on Disney+, in which Osric Tallow plays Lord Jem"
        " Hollis.",
    )
