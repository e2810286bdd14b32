"""Review 122-Q, newsletter: another show's return told any way ("X's return", "the comeback of
X", "X returns next week, with ...") is that show's casting; our own show's return and an actor
returning as a part stay castings. Invented text."""

from __future__ import annotations

from tests.extract.helpers import facts, served_pairs

_LEDE = (
    "On this week’s Court Report, the Harrow Lane writer explains the verdict.",
    "Tarn released the first still from the Harrow Lane film. Lio Marsh plays Ines Roe.",
)


def _newsletter(line: str) -> set[tuple[str, str]]:
    return served_pairs(
        facts(
            *_LEDE,
            line,
            "See you next week.",
            date="2026-03-11",
            title="The Docket: Your TV week, 11 March",
        )
    )


def test_another_shows_return_however_told_is_that_shows_casting() -> None:
    for line in (
        "Next week: Night Ferry’s return, with Pia Dunn back as Cass Mull.",
        "Next week: the comeback of Night Ferry, with Pia Dunn back as Cass Mull.",
        "Next week Night Ferry returns, with Pia Dunn back as Cass Mull.",
        "Night Ferry is back next week, with Pia Dunn back as Cass Mull.",
    ):
        found = _newsletter(line)
        assert ("Pia Dunn", "Cass Mull") not in found, line
        assert ("Lio Marsh", "Ines Roe") in found, line


def test_an_actor_returning_as_a_part_is_still_a_casting() -> None:
    found = served_pairs(
        facts(
            "Harrow Lane starts its second season.",
            "Omar Selby returns next week as Judge Abel Roe.",
            title="Harrow Lane season two",
        )
    )
    assert ("Omar Selby", "Judge Abel Roe") in found or ("Omar Selby", "Abel Roe") in found
