"""A takeover of a part described through another character at length before its name: "has
taken over the role of Mia's ex-boyfriend and fellow cast member Dan Cole from Ada Vale". The
part is the name before "from", never the character it belongs to; the leaver left that part."""

from __future__ import annotations

from bot.facts import CastStatus
from tests.extract.helpers import facts

_TITLE = "Sky sets cast for comedy ‘Greenroom’"
_LEDE = "Petra Lund stars as Mia Sorel, a stage manager, in Greenroom."


def _cast(sentence: str) -> set[tuple[str, str, CastStatus]]:
    found = facts(_LEDE, sentence, title=_TITLE)
    return {(c.actor, c.character, c.status) for c in found.cast}


def test_has_taken_over_a_long_described_part() -> None:
    cast = _cast(
        "Rowan Teague has taken over the role of Mia’s ex-boyfriend and fellow cast member "
        "Dan Cole from Ilya Brandt, who has exited."
    )
    assert ("Rowan Teague", "Dan Cole", CastStatus.CURRENT) in cast
    assert ("Ilya Brandt", "Dan Cole", CastStatus.FORMER) in cast
    assert not any(actor == "Rowan Teague" and "Mia" in part for actor, part, _ in cast)


def test_takes_over_a_part_described_at_any_length() -> None:
    cast = _cast(
        "Nell Okafor takes over the part of Mia's long-suffering older half-sister and sometime "
        "business partner at the bakery Jo Sorel from Bea Lowry."
    )
    assert ("Nell Okafor", "Jo Sorel", CastStatus.CURRENT) in cast
    assert ("Bea Lowry", "Jo Sorel", CastStatus.FORMER) in cast
    assert not any(actor == "Nell Okafor" and "Mia" in part for actor, part, _ in cast)


def test_took_over_a_part_described_in_seven_words() -> None:
    cast = _cast(
        "Sam Idris took over the role of Mia’s old friend and rival from drama school Kit Moss "
        "from Omar Vance last spring."
    )
    assert ("Sam Idris", "Kit Moss", CastStatus.CURRENT) in cast
    assert not any(actor == "Sam Idris" and "Mia" in part for actor, part, _ in cast)


def test_a_short_described_part_still_reads() -> None:
    cast = _cast("Nell Okafor takes over the part of Mia's older sister Jo Sorel from Bea Lowry.")
    assert ("Nell Okafor", "Jo Sorel", CastStatus.CURRENT) in cast
