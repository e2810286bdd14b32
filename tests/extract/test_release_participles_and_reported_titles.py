"""A past shoot's start and end told by participles after its clause, a title reported as
confirmed in the past ("would be called"), and a one-line "Release date? Still none." on
invented text."""

from __future__ import annotations

from tests.extract.helpers import release_kinds

_TITLE = "Copper Kites: release date, cast and everything we know"


def _kinds(*paragraphs: str, date: str = "2026-10-02") -> set[tuple[str, str, bool]]:
    return release_kinds(*paragraphs, date=date, title=_TITLE)


def test_a_past_shoot_told_by_participles_starts_and_wraps() -> None:
    kinds = _kinds(
        "Production took place across the spring, beginning on 14th April and wrapping at the "
        "end of June."
    )
    assert kinds == {
        ("filming_started", "2026-04-14", False),
        ("filming_wrapped", "2026-06", False),
    }


def test_a_shoot_that_ran_starting_in_a_month_started_then() -> None:
    kinds = _kinds("The shoot ran for eleven weeks in Galway, starting in May.")
    assert kinds == {("filming_started", "2026-05", False)}


def test_a_shoot_still_to_come_told_by_a_participle_is_no_start() -> None:
    kinds = _kinds("Filming will take place over the winter, beginning on 9 January.")
    assert ("filming_started", "2027-01-09", False) not in kinds
    assert ("filming_started", "2026-01-09", False) not in kinds


def test_a_title_reported_as_confirmed_is_the_title() -> None:
    from tests.extract.helpers import served_releases

    for text in (
        "Back in May, Hulu confirmed the film would be called Copper Kites rather than its "
        "working title.",
        "The studio announced that it would be titled Copper Kites.",
    ):
        titles = {r.title for r in served_releases(text, date="2026-10-02", title=_TITLE)}
        assert titles == {"Copper Kites"}


def test_a_guess_at_what_it_would_be_called_is_no_title() -> None:
    from tests.extract.helpers import served_releases

    text = "Fans guessed the film would be called Copper Skies."
    assert not [r for r in served_releases(text, date="2026-10-02", title=_TITLE) if r.title]


def test_a_date_asked_and_answered_none_in_one_line() -> None:
    assert _kinds("Cast news? Plenty.", "Release date? Still none. Expect news soon.") == {
        ("not_announced", "", False)
    }
    assert _kinds("Premiere date? None so far.") == {("not_announced", "", False)}


def test_a_shoot_that_lasted_kicking_off_on_a_day() -> None:
    kinds = _kinds("The shoot lasted nine weeks, kicking off on 3 March in Lisbon.")
    assert kinds == {("filming_started", "2026-03-03", False)}
