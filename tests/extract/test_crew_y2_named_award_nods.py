"""A film's own tally of nods may carry the awards' name ("it collected six Bafta nominations,
including best director for X"): the nominee named for a craft is still the film's maker; a
tally that is not the film's own (no "it" or "the film" counting) credits nobody (invented)."""

from __future__ import annotations

from tests.extract.helpers import facts

_TITLE = "Fenwater leads the Bafta field with six nominations"


def _crew(sentence: str) -> set[tuple[str, str]]:
    found = facts(
        "Fenwater, a quiet drama about a lock-keeper, began as a short.", sentence, title=_TITLE
    )
    return {(c.role.value, c.name) for c in found.crew if c.served}


def test_a_named_awards_tally_credits_the_films_nominees() -> None:
    for sentence in (
        "On Thursday it collected six Bafta nominations, including best film and best director"
        " for Corin Ashdale.",
        "The film also picked up three Golden Globe nods, including best director for Corin"
        " Ashdale.",
    ):
        assert ("director", "Corin Ashdale") in _crew(sentence), sentence


def test_another_films_tally_credits_nobody() -> None:
    for sentence in (
        "Corin Ashdale, who was up for best director for Tin Bells last year, hosted the lunch.",
        "Six Bafta nominations went elsewhere, including best director for Corin Ashdale.",
    ):
        assert ("director", "Corin Ashdale") not in _crew(sentence), sentence
