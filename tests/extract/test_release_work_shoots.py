"""The work as the subject of its shoot's start told with a relative month ("The film, which
began shooting in Bristol last month, ...") gives that month; a week gives none. On
invented text."""

from __future__ import annotations

from tests.extract.helpers import release_kinds


def _kinds(*paragraphs: str) -> set[tuple[str, str, bool]]:
    return release_kinds(*paragraphs, date="2025-04-10", title="Copper Bay: on set in Bath")


def test_the_film_which_began_shooting_last_month() -> None:
    assert ("filming_started", "2025-03", False) in _kinds(
        "The film, which began shooting around Bristol last month, has been based in Bath "
        "since the weekend."
    )


def test_the_named_work_began_shooting_last_month() -> None:
    assert ("filming_started", "2025-03", False) in _kinds(
        "Copper Bay began filming in Cardiff last month, and the cast moved to Bath on Friday."
    )


def test_the_film_started_shooting_earlier_this_month() -> None:
    assert ("filming_started", "2025-04", False) in _kinds(
        "The film, which started shooting earlier this month, stars Dana Pryce."
    )


def test_a_week_gives_no_month_and_another_work_none() -> None:
    assert not _kinds("Copper Bay began shooting in Cardiff last week.")
    kinds = _kinds(
        "Dana Pryce stars in Copper Bay. Lantern Moss, her other drama, began shooting last month."
    )
    assert not any(kind == "filming_started" for kind, _, _ in kinds)
