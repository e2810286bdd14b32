"""A season after a past-tense verb ("Filming wrapped over the summer", "began in the spring")
is the latest such season begun by the article's date, as a yearless month is: never the one
still to come, and a past start is never a plan. A past release in a season not yet begun is
history, left unread as a month is."""

from __future__ import annotations

import pytest

from tests.extract.helpers import facts

_LEDE = "Marrow Field is a new Netflix drama starring Ada Vale."
_TITLE = "Marrow Field: everything we know"
_DATE = "2026-02-10"


def _found(line: str) -> set[tuple[str, str]]:
    found = facts(_LEDE, line, date=_DATE, title=_TITLE)
    return {
        (r.kind.value, str(r.date or r.window or ""))
        for r in found.release
        if r.served and r.kind.value != "title"
    }


@pytest.mark.parametrize(
    ("line", "kind", "window"),
    [
        ("Filming wrapped over the summer.", "filming_wrapped", "2025-06/2025-08"),
        ("Filming wrapped in the summer.", "filming_wrapped", "2025-06/2025-08"),
        ("Filming began in the spring.", "filming_started", "2025-03/2025-05"),
        ("Filming began in the autumn.", "filming_started", "2025-09/2025-11"),
        ("Filming started in the winter.", "filming_started", "2025-12/2026-02"),
        ("Filming wrapped at the end of the summer.", "filming_wrapped", "2025-08"),
        ("Filming wrapped in June.", "filming_wrapped", "2025-06"),
    ],
)
def test_a_past_shoot_in_a_season_is_the_last_one_begun(line: str, kind: str, window: str) -> None:
    assert _found(line) == {(kind, window)}


@pytest.mark.parametrize(
    "line",
    [
        "The shoot wrapped this summer.",
        "It premiered in the spring.",
        "It opened in the autumn.",
        "It premiered over the summer.",
        "Filming began next spring.",
    ],
)
def test_a_past_verb_never_dates_a_season_to_come(line: str) -> None:
    assert not {window for _, window in _found(line) if window[:7] > _DATE[:7]}
    assert not {kind for kind, _ in _found(line) if kind == "filming_planned"}


@pytest.mark.parametrize(
    ("line", "kind", "window"),
    [
        ("Filming will begin in the spring.", "filming_planned", "2026-03/2026-05"),
        ("Filming begins this summer.", "filming_planned", "2026-06/2026-08"),
        ("It will premiere in the autumn.", "window", "2026-09/2026-11"),
    ],
)
def test_a_season_still_to_come_stays_ahead(line: str, kind: str, window: str) -> None:
    assert _found(line) == {(kind, window)}
