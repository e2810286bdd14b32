"""A credit hung on another work told by its channel in brackets ("try: Greyvane (BBC Two),
directed by X"), or on a career's break told with its kind ("his breakthrough was Greyvane, the
Irish drama directed by X"), or told of "that series", is that work's credit, not the
article's."""

from tests.extract.helpers import facts


def _crew(*paragraphs: str) -> set[tuple[str, str]]:
    return {(c.name, c.role.value) for c in facts(*paragraphs, title=_TITLE).crew if c.served}


_TITLE = "Cindermoor review: a slow, cold coastal mystery"
_LEDE = "Cindermoor, the new BBC One drama, is directed by Wystan Fairlie."


def test_a_picked_work_in_brackets_keeps_its_director() -> None:
    crew = _crew(
        _LEDE,
        "If you like this, try: Greyvane (BBC iPlayer), in which Hobbs Marrin plays DCI Ada Quin,"
        " directed by Quenby Larch.",
    )
    assert ("Wystan Fairlie", "director") in crew
    assert ("Quenby Larch", "director") not in crew


def test_our_work_in_brackets_keeps_its_credit() -> None:
    crew = _crew(
        "Cindermoor (BBC One), directed by Quenby Larch, starts on Sunday.",
    )
    assert ("Quenby Larch", "director") in crew


def test_a_career_break_with_its_kind_keeps_its_director() -> None:
    crew = _crew(
        _LEDE,
        "His breakthrough was Greyvane, the Irish drama directed by Tolliver Spence, which won"
        " him a nomination in 2022.",
    )
    assert ("Wystan Fairlie", "director") in crew
    assert ("Tolliver Spence", "director") not in crew


def test_that_series_keeps_its_director() -> None:
    crew = _crew(
        _LEDE,
        "In Greyvane, Hobbs Marrin played detective Ada Quin; that series was directed by Quenby"
        " Larch.",
    )
    assert ("Wystan Fairlie", "director") in crew
    assert ("Quenby Larch", "director") not in crew


def test_a_conjunctions_that_keeps_our_credit() -> None:
    crew = _crew(
        _LEDE,
        "The statement said the show returns in May, adding that the series is written by Quenby"
        " Larch.",
    )
    assert ("Quenby Larch", "writer") in crew
