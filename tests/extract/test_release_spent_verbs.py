"""A shoot verb takes the time just after it ("a shoot that began in early May"); a later time
in the sentence with no shoot verb of its own ("saved for the summer holidays") is no second
start. A second verb ("and wrapped in the autumn") keeps its own time. On invented text."""

from __future__ import annotations

from tests.extract.helpers import release_kinds

_TITLE = "On set with the Quarrybank film"


def test_a_later_season_after_the_start_month_is_no_second_start() -> None:
    kinds = release_kinds(
        "This is week six of a shoot that began in early May, and the harbour scenes, saved for "
        "the summer holidays, are the ones fans most want to see.",
        date="2025-06-20",
        title=_TITLE,
    )
    assert kinds == {("filming_started", "2025-05", False)}


def test_a_second_shoot_verb_keeps_its_own_time() -> None:
    kinds = release_kinds(
        "Filming on Quarrybank began in early May and wrapped in the autumn.",
        date="2025-12-01",
        title=_TITLE,
    )
    assert kinds == {
        ("filming_started", "2025-05", False),
        ("filming_wrapped", "2025-09/2025-11", False),
    }
