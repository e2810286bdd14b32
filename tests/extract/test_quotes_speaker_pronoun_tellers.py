"""A "she says" set as an aside after another's name ("Director Tom Reed, she says, sent her
a note: “...”") tells of that person, who is no "she"."""

from __future__ import annotations

from tests.extract.helpers import facts, served_quotes

_TITLE = "Odile Brannagh: the composer who made Saltwick Hollow sing"


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


def test_the_asides_teller_does_not_make_the_named_writer_she() -> None:
    found = _profile()
    assert ("Could a hymn", "Casimir Wendt") in found
    assert ("Everyone wan", "Casimir Wendt") not in found
