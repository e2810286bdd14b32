"""A shoot told as going on ("began in March, continues in Hull this month before wrapping in
late July") dates its start once: the month after "continues" is neither a second start nor a
wrap that has happened. A past shoot's "wrapping in" keeps its wrap. A day that opens the next
clause (", and on Tuesday the studio shared ...") is that clause's, not the shoot's. On invented
text."""

from __future__ import annotations

from tests.extract.helpers import release_kinds

_TITLE = "Newcomer joins the Marsh Lights film as filming continues"


def _kinds(*paragraphs: str, date: str = "2025-05-14") -> set[tuple[str, str, bool]]:
    return release_kinds(*paragraphs, date=date, title=_TITLE)


def test_a_shoot_that_continues_this_month_before_wrapping_dates_only_its_start() -> None:
    kinds = _kinds(
        "Production on the film, which began in March, continues in Hull this month before "
        "wrapping in late July.",
    )
    assert kinds == {("filming_started", "2025-03", False)}


def test_a_shoot_that_carries_on_into_a_month_dates_only_its_start() -> None:
    kinds = _kinds(
        "Shooting started in April and carries on in Whitby in June before wrapping in July.",
    )
    assert kinds == {("filming_started", "2025-04", False)}


def test_a_past_shoot_wrapping_in_a_month_keeps_its_wrap() -> None:
    kinds = _kinds("The shoot took place over the winter, wrapping in early March.")
    assert ("filming_wrapped", "2025-03", False) in kinds


def test_a_day_that_opens_the_next_clause_is_not_the_wrap() -> None:
    kinds = _kinds(
        "The sequel wrapped filming in April, and on Tuesday the studio shared its first poster.",
    )
    assert kinds == {("filming_wrapped", "2025-04", False)}


def test_a_dated_day_after_but_is_not_the_start() -> None:
    kinds = _kinds(
        "Cameras started rolling in February, but on 2 May the producers confirmed a recast.",
    )
    assert kinds == {("filming_started", "2025-02", False)}
