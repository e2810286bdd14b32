"""A sentence opened by an adverb of time ("Initially", "Originally", "Previously") before an
actor's name, on invented text: the adverb is no first name, so the casting (and who left it)
is stated of the actor alone."""

from __future__ import annotations

from bot.facts import CastStatus
from tests.extract.helpers import facts

_LEDE = "Brenna Tolhurst and Marek Quillon lead Streamly's harbour drama The Salt Ledger."


def test_an_opening_adverb_is_no_part_of_the_leavers_name() -> None:
    found = facts(
        _LEDE,
        "Tolhurst plays the harbourmaster, Isla Penrose.",
        "Initially Carys Venmore was announced as Isla, but she left the series in May;"
        " Tolhurst replaced her.",
    )
    gone = {(c.actor, c.character) for c in found.cast if c.status is CastStatus.FORMER}
    actors = {c.actor for c in found.cast}
    assert ("Carys Venmore", "Isla Penrose") in gone, found.cast
    assert not any(a.startswith("Initially") for a in actors), actors


def test_a_name_opening_the_sentence_is_kept_whole() -> None:
    found = facts(
        _LEDE,
        "Tolhurst plays the harbourmaster, Isla Penrose.",
        "Carys Venmore was announced as Isla, but she left the series in May.",
    )
    actors = {c.actor for c in found.cast}
    assert "Carys Venmore" in actors, actors
