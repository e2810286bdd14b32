"""A line the sentence names as a trailer's or a teaser's before the words ("the trailer line
that broke the internet – “...” – made the cut") is a part's line in the work, not a quote."""

from __future__ import annotations

from bot.facts import SourceKind
from tests.extract.helpers import quote_readings


def _held(found: dict[str, tuple[str, SourceKind, bool]], key: str) -> bool:
    return key not in found or not found[key][2]


def test_a_trailer_line_between_dashes_is_held() -> None:
    found = quote_readings(
        "Brackenmoor is out on Lumen today, and fans are thrilled.",
        "And yes, the trailer line that sent fans wild — “Keep the lamps lit for me” — is in "
        "the film.",
    )
    assert _held(found, "Keep the lam")


def test_a_teaser_line_after_a_colon_is_held() -> None:
    found = quote_readings(
        "Brackenmoor opens on Friday.",
        "The teaser line everyone has been quoting since March: “Nobody leaves the bay.”",
    )
    assert _held(found, "Nobody leave")


def test_a_trailer_line_beside_the_director_saying_it_is_held() -> None:
    found = quote_readings(
        "Brackenmoor opens on Friday, directed by Tom Vale.",
        "Vale said the trailer line – 'We were never lost' – nearly didn't make the final cut.",
    )
    assert _held(found, "We were neve")


def test_a_persons_own_words_after_a_clause_about_the_trailer_line_stay_theirs() -> None:
    for line, key in (
        ("Asked about that trailer line, Reis laughed: “I said it forty times.”", "I said it fo"),
        ("On the teaser lines, Reis was blunt: “We cut the best ones.”", "We cut the b"),
        ("Of the trailer lines, Reis was clear: “None of them are in the film.”", "None of them"),
        (
            "Reis has heard the trailer line quoted back all week — “and I love it,” she says.",
            "and I love i",
        ),
    ):
        found = quote_readings("Ana Reis stars in Brackenmoor, out on Friday.", line)
        assert found[key] == ("Ana Reis", SourceKind.PERSON, True), line
