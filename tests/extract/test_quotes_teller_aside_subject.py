"""A subject whose clause its teller interrupts ("One producer, she recalls, wanted ...") is not
the "she" of the next "she says": the aside's "she" is the one telling it."""

from __future__ import annotations

from tests.extract.helpers import facts

_LEDE = "Writer Ada Vale talks to the Tidal podcast about her drama Low Orchard."


def test_the_teller_not_the_subject_she_tells_of_speaks_next() -> None:
    found = facts(
        _LEDE,
        "Ada Vale tells the hosts she wrote the lead for a friend. “I heard her voice,” she says.",
        "Vale is dry about notes. One producer, she recalls, wanted the orchard to be “a bit "
        "bigger”. “It’s an orchard,” she says. “It is as big as an orchard.”",
        "Fans of her first show will be glad to hear she calls a sequel “a while off, honestly”.",
    )
    speakers = {q.text[:10]: q.speaker for q in found.quotes if q.served}
    assert speakers["It’s an or"] == "Ada Vale", speakers
    assert speakers["a while of"] == "Ada Vale", speakers


def test_an_unnamed_subject_with_no_teller_aside_still_speaks() -> None:
    found = facts(
        _LEDE,
        "One producer wanted the orchard bigger. “It looked small on screen,” she says.",
    )
    speakers = [(q.text[:10], q.speaker) for q in found.quotes if q.served]
    assert speakers == [("It looked ", "One producer")], speakers
