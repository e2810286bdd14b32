"""Quotes on invented text: "When <first name> says “...”" in a fan's comment is a moment of
the work even when the page lists someone whose full name begins with that first name (a fan
calls a part by the first name); named by the surname, a person still speaks."""

from __future__ import annotations

from tests.extract.helpers import facts


def _served(*paragraphs: str) -> list[str]:
    return [q.text[:18] for q in facts(*paragraphs).quotes if q.served]


def test_a_first_name_alone_saying_the_words_is_a_moment_of_the_work() -> None:
    served = _served(
        "Harbour Lights episode two discussion thread",
        "Cast list below.",
        "Mira Sobek as Gran (Wren Tully)",
        "u/quay_walker · 61 points",
        "Sobek is incredible in this. When Wren says “the tide owes nobody” I had to pause it.",
    )
    assert served == []


def test_a_surname_saying_the_words_is_still_a_person() -> None:
    served = _served(
        "Harbour Lights: the director on the finale",
        "Director Ines Vall spoke to us before the last episode aired.",
        "When Vall says “we shot the storm for real”, she means it.",
    )
    assert served == ["we shot the storm "]
