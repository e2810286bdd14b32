"""The cast (and crew) wrapping on a day ends the shoot, as "the film wrapped on" does."""

from __future__ import annotations

from tests.extract.helpers import release_kinds


def test_the_cast_wrapped_on_a_day() -> None:
    found = release_kinds(
        "Here is everything we know about Marrow Lane.",
        "Filming began on 2 March 2031 in Hull. The cast wrapped on 14 May; the lead posted "
        "a photo of the clapperboard.",
        date="2031-09-01",
        title="Marrow Lane: everything we know",
    )
    assert ("filming_wrapped", "2031-05-14", False) in found


def test_the_cast_and_crew_wrapped_in_a_month() -> None:
    found = release_kinds(
        "Here is everything we know about Marrow Lane.",
        "Filming began in March 2031. The cast and crew wrapped in June.",
        date="2031-09-01",
        title="Marrow Lane: everything we know",
    )
    assert ("filming_wrapped", "2031-06", False) in found
