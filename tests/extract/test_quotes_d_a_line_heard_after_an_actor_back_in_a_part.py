"""Words the viewer hears in a trailer round-up, the sentence before naming an actor back or
seen in a part ("Ada Vale returns as Tom's mum. We only hear “...”"): the part's line, held."""

from __future__ import annotations

from tests.extract.helpers import facts

_TITLE = "Tidewater trailer: six things you might have missed"
_LEDE = "Channel 4 released the first trailer for Tidewater, the coastal drama, on Monday."


def test_words_heard_after_an_actor_returns_as_a_part_are_not_served() -> None:
    found = facts(
        _LEDE,
        "Elin Parry returns as Jory’s sister, and she gets a long speech at the harbour wall."
        " We only hear “Nobody leaves this harbour twice” before the music swells.",
        title=_TITLE,
    )
    assert not any(q.served and q.text.startswith("Nobody leaves") for q in found.quotes)


def test_words_heard_after_an_actor_appears_as_a_named_part_are_not_served() -> None:
    found = facts(
        _LEDE,
        "Mark Trelawny appears as Jory Penrose, soaked to the skin on the quay."
        " You just hear “Pull the boats in” as the storm breaks.",
        title=_TITLE,
    )
    assert not any(q.served and q.text.startswith("Pull the boats") for q in found.quotes)


def test_an_actor_back_in_a_part_speaking_to_us_stays_a_quote() -> None:
    found = facts(
        _LEDE,
        "Elin Parry returns as Jory’s sister for the new run."
        " “I missed this place every single day,” she told us.",
        title=_TITLE,
    )
    assert any(
        q.served and q.text.startswith("I missed this place") and q.speaker == "Elin Parry"
        for q in found.quotes
    )
