"""A body's capitals among the words that describe a part ("as his MI6 handler, Ada Pell")
describe it, so the part after them is still read; a police rank in capitals opens the part's
own name (invented articles)."""

from __future__ import annotations

from tests.extract.helpers import facts

_TITLE = "Review: Ashgrove Station"
_LEDE = "Ashgrove Station, the BBC's new Cold War thriller, is tense and handsome."


def _cast(sentence: str) -> set[tuple[str, str]]:
    return {(c.actor, c.character) for c in facts(_LEDE, sentence, title=_TITLE).cast if c.served}


def test_capitals_in_the_description_are_no_bar_to_the_part() -> None:
    for sentence in (
        "Dorcas Mbeki-Lyle plays his MI6 handler, Winifred Ashe.",
        "The series stars Piers Langridge as Hugh Tallis, a clerk, and Dorcas Mbeki-Lyle as his"
        " MI6 handler, Winifred Ashe.",
    ):
        assert ("Dorcas Mbeki-Lyle", "Winifred Ashe") in _cast(sentence), sentence


def test_a_police_rank_still_opens_the_part() -> None:
    assert ("Dorcas Mbeki-Lyle", "DS Winifred Ashe") in _cast(
        "Dorcas Mbeki-Lyle plays the dogged DS Winifred Ashe."
    )
