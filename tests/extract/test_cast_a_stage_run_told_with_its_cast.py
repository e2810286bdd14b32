"""A play's own run told with its cast ("her first play, Y, was staged at the Lyric in 2021,
with Reed as Gus") names the stage part, never the screen work's, the actor by surname or in
full; a screen work's clause on its shoot keeps its casting (invented articles)."""

from __future__ import annotations

from tests.extract.helpers import facts

_TITLE = "ITV sets a date for Copperhythe"
_LEDE = (
    "ITV's new drama Copperhythe, written by Wenna Loveday, stars Tamsin Jory as Bryony Kemp,"
    " a harbour pilot."
)


def _cast(sentence: str) -> set[tuple[str, str]]:
    return {(c.actor, c.character) for c in facts(_LEDE, sentence, title=_TITLE).cast if c.served}


def test_a_play_staged_at_a_venue_with_its_cast_is_no_part_of_ours() -> None:
    for sentence in (
        "Loveday's debut play, Slate Wives, was staged at the Hall for Cornwall in 2022, with"
        " Jory in the title role of Morwenna.",
        "Her earlier play Slate Wives premiered at the Minack in 2021, with Tamsin Jory as"
        " Morwenna.",
    ):
        cast = _cast(sentence)
        assert ("Tamsin Jory", "Morwenna") not in cast, sentence
        assert ("Tamsin Jory", "Bryony Kemp") in cast, sentence


def test_the_series_shoot_with_its_cast_keeps_the_part() -> None:
    cast = _cast("The series was shot in Falmouth in the spring, with Jory as Bryony Kemp.")
    assert ("Tamsin Jory", "Bryony Kemp") in cast
