"""A "she says" set as an aside after another's name ("Director Tom Reed, she says, sent her
a note: “...”") tells of that person, who is no "she"."""

from __future__ import annotations

from tests.extract.helpers import facts, served_quotes


def profile(
    title: str = "Odile Brannagh: the composer who made Saltwick Hollow sing",
) -> list[tuple[str, str]]:
    """The served quotes of a composer's profile under ``title``, where a "she says" is also set
    as an aside after the director's name (shared with the headline-opener test)."""
    return served_quotes(
        facts(
            "Odile Brannagh never meant to write for the screen. “I wrote hymns for years,” she "
            "says, in her shed in Penzance.",
            "Director Casimir Wendt had heard one of her records and, she says, sent her a short "
            "email: “Could a hymn sound like a storm?”",
            "Her answer was to drop the strings. “Everyone wants violins for grief,” she says.",
            title=title,
        )
    )


def test_the_asides_teller_does_not_make_the_named_writer_she() -> None:
    found = profile()
    assert ("Could a hymn", "Casimir Wendt") in found
    assert ("Everyone wan", "Casimir Wendt") not in found
