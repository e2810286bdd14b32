"""Quotes on invented text: words a crowd calls out ("mobbed by fans chanting “...”") are never
the words of the person the crowd calls to; that person's own words after still are."""

from __future__ import annotations

from tests.extract.helpers import facts

_LEDE = "The Brinewater premiere took over Leicester Square on Tuesday night."


def _readings(line: str) -> dict[str, str]:
    found = facts(_LEDE, line, date="2026-07-14")
    return {q.text[:10]: q.speaker for q in found.quotes if q.served}


def test_a_crowds_chant_is_not_the_stars() -> None:
    for line in (
        "Oriel Vantongeren arrived at seven and was swamped by teenagers chanting “Wren! Wren!” "
        "along the barriers.",
        "Oriel Vantongeren waved to a crowd screaming: “Wren! Wren!”",
    ):
        said = _readings(line)
        assert said.get("Wren! Wren", "") != "Oriel Vantongeren", said


def test_the_stars_own_words_still_hers() -> None:
    said = _readings(
        "Oriel Vantongeren arrived at seven. “I can hear you all,” Vantongeren told the crowd."
    )
    assert said.get("I can hear") == "Oriel Vantongeren", said
