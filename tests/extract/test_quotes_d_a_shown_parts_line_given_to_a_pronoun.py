"""A trailer round-up shows a part with its actor in brackets or between dashes, then gives the
next sentence's line to a pronoun in the present: the part's line, held. An actor named first,
their part in brackets, then quoted with "she says" stays a quote."""

from __future__ import annotations

from tests.extract.helpers import facts

_TITLE = "Tidewater trailer: six things you might have missed"
_LEDE = "Channel 4 released the first trailer for Tidewater, the coastal drama, on Monday."


def test_a_part_with_its_actor_between_dashes_then_she_asks_is_not_served() -> None:
    found = facts(
        _LEDE,
        "1. The harbour",
        "Jory Penrose (Mark Trelawny) is seen loading the boat while his sister, Wenna – Elin"
        " Parry, back for more – waits on the slipway. “Will you write to me?” she asks. Oof.",
        title=_TITLE,
    )
    assert not any(q.served and q.text.startswith("Will you write") for q in found.quotes)


def test_a_part_with_its_actor_in_brackets_then_he_says_is_not_served() -> None:
    found = facts(
        _LEDE,
        "2. The storm",
        "Later his father Tomas (Gareth Kellow) stands at the window. “The sea takes what it"
        " likes,” he says. We are not okay.",
        title=_TITLE,
    )
    assert not any(q.served and q.text.startswith("The sea takes") for q in found.quotes)


def test_an_actor_named_before_the_part_speaking_to_the_writer_stays_a_quote() -> None:
    found = facts(
        _LEDE,
        "We met Elin Parry (Wenna) in a café on the quay. “I learned to sail for this,” she says.",
        title=_TITLE,
    )
    assert any(
        q.served and q.text.startswith("I learned to sail") and q.speaker == "Elin Parry"
        for q in found.quotes
    )
