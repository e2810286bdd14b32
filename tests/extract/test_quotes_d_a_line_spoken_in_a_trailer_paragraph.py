"""A line a paragraph about a trailer has someone speak in the present, who is no known person
("“...,” she says", "“...,” Rook asks"), or a pronoun telling "him" or "her": the work's line."""

from __future__ import annotations

from tests.extract.helpers import facts

_LEDE = "The first trailer for Driftwood Lane, the Channel 4 drama, landed this morning."


def test_a_pronoun_saying_a_line_in_a_trailer_paragraph_is_not_served() -> None:
    found = facts(
        _LEDE,
        "The trailer then cuts to his mother, played by Wenna Polglaze, in a hospital corridor."
        " “Nobody in this family gives up,” she says, and the music swells.",
    )
    assert not any(q.served and q.text.startswith("Nobody in this family") for q in found.quotes)


def test_an_unknown_name_asking_in_a_trailer_paragraph_is_not_served() -> None:
    found = facts(
        _LEDE,
        "The trailer opens on a beach at dawn. “Why did you come back?” Jory asks. He gets"
        " no answer.",
    )
    assert not any(q.served and q.text.startswith("Why did you come back") for q in found.quotes)


def test_a_pronoun_telling_him_in_a_trailer_paragraph_is_not_served() -> None:
    found = facts(
        _LEDE,
        "Wenna Polglaze plays the matriarch, and the trailer's best moment is her folding"
        " laundry while her son confesses. “I already knew,” she tells him.",
    )
    assert not any(q.served and q.text.startswith("I already knew") for q in found.quotes)


def test_an_actor_telling_us_about_the_trailer_stays_a_quote() -> None:
    found = facts(
        _LEDE,
        "Wenna Polglaze watched the trailer with us. “I cried the whole way through,” she"
        " tells us.",
    )
    assert any(
        q.served and q.text.startswith("I cried the whole") and q.speaker == "Wenna Polglaze"
        for q in found.quotes
    )
