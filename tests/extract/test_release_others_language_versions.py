"""A sentence about the work's version in another language ("The Welsh-language version airs on
S4C under the title Tân y Niwl on Tuesday") gives that version's name and day, not the work's
title or premiere. Invented text."""

from __future__ import annotations

from tests.extract.helpers import facts


def _served(*paragraphs: str) -> set[tuple[str, str]]:
    found = facts(*paragraphs, date="2026-10-03", title="Sunday's pick: Halvergate, ITV1, 9pm")
    return {(r.kind.value, str(r.title or r.date or r.window)) for r in found.release if r.served}


def test_another_languages_version_gives_no_title_or_day() -> None:
    served = _served(
        "Halvergate, the new thriller starring Bethan Crae, starts on ITV1 on Sunday 4 October.",
        "The Welsh-language version, with the same cast speaking Welsh, airs on S4C under the "
        "title Tân y Niwl on Tuesday at 9pm.",
    )
    assert not any(title.startswith("Tân") for _, title in served)
    assert ("premiere_date", "2026-10-06") not in served
    assert ("premiere_date", "2026-10-04") in served


def test_an_english_language_version_keeps_its_day() -> None:
    served = _served(
        "Halvergate, the Danish thriller starring Bethan Crae, was a hit at home.",
        "The English-language version airs on ITV1 on Tuesday 6 October.",
    )
    assert ("premiere_date", "2026-10-06") in served


def test_a_version_told_as_the_works_keeps_its_day() -> None:
    served = _served(
        "Halvergate, the new thriller starring Bethan Crae, comes to ITV1 next week.",
        "The Welsh-language version of Halvergate airs on Sunday 4 October, the same day as "
        "the English original.",
    )
    assert ("premiere_date", "2026-10-04") in served
