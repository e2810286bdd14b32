"""A sentence that tells what people know someone for ("Audiences know her for Copper Sound,
with Ada Vale as Mira Holt") names that person's earlier work: the parts it gives are that
work's. Our own work so told keeps its parts."""

from __future__ import annotations

from tests.extract.helpers import facts, served_pairs

_TITLE = "Tomas Brenn on directing Quillon Row: 'We kept the lock keeper's secret'"
_LEDE = "Tomas Brenn talks to us about Quillon Row, his harbour drama, out on Friday."


def _pairs(question: str) -> set[tuple[str, str]]:
    found = facts(
        _LEDE,
        f"HOST: {question} How did this one start?",
        "BRENN: With the lock itself, really. I grew up beside one.",
        date="2026-05-04",
        title=_TITLE,
    )
    return served_pairs(found)


def test_the_work_people_know_him_for_keeps_its_parts() -> None:
    found = _pairs("Viewers know you for Copper Sound, with Ada Vale as Mira Holt.")
    assert ("Ada Vale", "Mira Holt") not in found


def test_our_work_people_know_him_for_keeps_its_parts() -> None:
    found = _pairs("Viewers know you for Quillon Row, with Ada Vale as Mira Holt.")
    assert ("Ada Vale", "Mira Holt") in found
