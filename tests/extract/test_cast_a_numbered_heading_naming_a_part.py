"""A listicle's numbered heading naming a part by its first name ("5. Wren") is no other work's
heading when the item's prose writes that name as the start of a longer one ("Ada Vale's Wren
Castell gets ..."): the item's casting stays; a heading whose whole name the prose sets after a
channel's possessive ("ITV's Salt Rake") still opens another work's item (invented text)."""

from __future__ import annotations

from tests.extract.helpers import facts, pairs

_TITLE = "Copperfold trailer: 6 things we spotted"
_LEDE = "The first full trailer for Copperfold is here, and we have been through it frame by frame."


def test_a_heading_naming_a_part_by_first_name_keeps_the_casting() -> None:
    found = facts(
        _LEDE,
        "1. The opening shot",
        "Copperfold opens on a fishing boat in fog, which is very on brand for the film.",
        "2. Wren",
        "Ottilie Marchbank's Wren Castell gets exactly one line, and it is a withering one.",
        "3. The ending",
        "The last frame is a date card, and nothing else.",
        title=_TITLE,
    )
    assert ("Ottilie Marchbank", "Wren Castell") in pairs(found)


def test_a_heading_naming_another_work_still_opens_its_item() -> None:
    found = facts(
        _LEDE,
        "1. The opening shot",
        "Copperfold opens on a fishing boat in fog, which is very on brand for the film.",
        "2. Salt Rake",
        "ITV's Salt Rake also dropped a teaser today. Ottilie Marchbank plays Wren Castell, a"
        " ferry pilot.",
        title=_TITLE,
    )
    assert ("Ottilie Marchbank", "Wren Castell") not in pairs(found)
