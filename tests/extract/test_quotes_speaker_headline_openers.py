"""A headline opened by a word of its own before the name ("Meet Ada Vale, the composer ...")
names its profile's subject, whose "she says" a nearer name never takes."""

from __future__ import annotations

from tests.extract.helpers import facts, served_quotes

_TITLE = "Meet Odile Brannagh, the composer who made Saltwick Hollow sing"


def _profile() -> list[tuple[str, str]]:
    return served_quotes(
        facts(
            "Odile Brannagh never meant to write for the screen. “I wrote hymns for years,” she "
            "says, in her shed in Penzance.",
            "Director Casimir Wendt had heard one of her records and, she says, sent her a short "
            "email: “Could a hymn sound like a storm?”",
            "Her answer was to drop the strings. “Everyone wants violins for grief,” she says.",
            title=_TITLE,
        )
    )


def test_a_headline_opened_by_meet_names_the_profiles_subject() -> None:
    assert ("Everyone wan", "Odile Brannagh") in _profile()
