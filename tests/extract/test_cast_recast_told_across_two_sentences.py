"""A recast told across two sentences: "X had been announced as Y. The part will now be played
by Z" makes X's casting former and Z the part's actor now (invented sentences and names)."""

from __future__ import annotations

from tests.extract.helpers import facts, former_pairs, served_pairs

_LEDE = "Lowmoor has named the cast of its new drama Brackenfold after a late change."
_TITLE = "Brackenfold recast"


def test_the_part_will_now_be_played_by_the_new_actor() -> None:
    found = facts(
        _LEDE,
        "Tomas Reddle had been announced in March as lock-keeper Ansel Vine. The part will "
        "now be played by Odile Farrant, Lowmoor said on Monday.",
        title=_TITLE,
    )
    assert ("Tomas Reddle", "Ansel Vine") in former_pairs(found)
    assert ("Odile Farrant", "Ansel Vine") in served_pairs(found)


def test_the_role_is_now_taken_by_the_new_actor() -> None:
    found = facts(
        _LEDE,
        "Tomas Reddle was cast last year as the ferryman Ansel Vine. The role is now played "
        "by Odile Farrant.",
        title=_TITLE,
    )
    assert ("Tomas Reddle", "Ansel Vine") in former_pairs(found)
    assert ("Odile Farrant", "Ansel Vine") in served_pairs(found)


def test_a_next_sentence_on_another_matter_changes_nothing() -> None:
    found = facts(
        _LEDE,
        "Tomas Reddle plays lock-keeper Ansel Vine. The score will be played by the Lowmoor "
        "Sinfonia.",
        title=_TITLE,
    )
    assert ("Tomas Reddle", "Ansel Vine") in served_pairs(found)
    assert ("Tomas Reddle", "Ansel Vine") not in former_pairs(found)
