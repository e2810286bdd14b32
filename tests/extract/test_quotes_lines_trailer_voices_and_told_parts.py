"""Quotes on invented text: in a trailer round-up, the footage opening or closing on a part's
voice ("The teaser begins with her voice, nothing on screen yet: “...”") and a part, the
sentence before naming who plays it, telling another known part a line ("before warning
Penver: “...”") are the work's lines, held, even when the sentence before names the actor; an
actor's own remark about the trailer is still served."""

from __future__ import annotations

from tests.extract.helpers import facts


def _served(*paragraphs: str) -> dict[str, bool]:
    return {q.text: q.served for q in facts(*paragraphs).quotes}


_LEAD = "Reedmere arrives on Lumen in May, and the first trailer is out."


def test_footage_opening_on_a_voice_is_held() -> None:
    for line in (
        "Mara Quist plays Merewen Penver, the lighthouse keeper. The trailer begins with her "
        "voice, nothing on screen yet: “The tide never waits, does it?” Brr.",
        "Mara Quist is Merewen Penver. The teaser closes with Merewen’s voice, barely a whisper: "
        "“The tide never waits, does it?”",
        "Mara Quist plays the keeper. The clip begins on her voice: “The tide never waits, "
        "does it?”",
    ):
        found = _served(_LEAD, line)
        assert found.get("The tide never waits, does it?") is False, line


def test_a_part_telling_another_in_the_trailer_is_held() -> None:
    for line in (
        "Jonas Ede plays Bram, the ferryman, who looks guilty in every frame the trailer gives "
        "him. He slips a mooring rope at night, before warning Penver: “Nobody crosses after "
        "dark.”",
        "Jonas Ede is Bram, and the teaser does him no favours. He snuffs out a lantern, then "
        "tells Merewen: “Nobody crosses after dark.”",
    ):
        found = _served(_LEAD, "Mara Quist plays Merewen Penver, the keeper.", line)
        assert found.get("Nobody crosses after dark.") is False, line


def test_an_actor_on_the_trailer_is_served() -> None:
    found = _served(
        _LEAD,
        "Jonas Ede plays Bram, the ferryman. “I watched the trailer with my mum and she "
        "screamed,” Ede told us.",
    )
    assert found.get("I watched the trailer with my mum and she screamed") is True, found
