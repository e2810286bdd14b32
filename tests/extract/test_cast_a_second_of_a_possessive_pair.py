"""The second of a pair of possessive parts ("Branwen Tysoe's Cadi and Dai Murn's Ozzie bicker
...") is a casting whatever verb follows it; a lone possessive before such a verb stays unread
(a work's owner as often as a part's) (invented articles)."""

from __future__ import annotations

from tests.extract.helpers import facts, pairs

_LEDE = "Glasnant Bay is a delight from start to finish."


def test_the_second_of_a_possessive_pair_is_a_casting() -> None:
    found = pairs(
        facts(_LEDE, "Branwen Tysoe's Cadi and Dai Murn's Ozzie bicker beautifully about art.")
    )
    assert {("Branwen Tysoe", "Cadi"), ("Dai Murn", "Ozzie")} <= found


def test_a_lone_possessive_before_any_verb_stays_unread() -> None:
    found = pairs(facts(_LEDE, "Critics say Meirion Tallis's Cwmtawel charmed everyone."))
    assert not {a for a, _ in found} & {"Meirion Tallis"}
