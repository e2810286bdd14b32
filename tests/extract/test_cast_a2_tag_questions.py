"""A casting its writer asks about with a tag ("..., wasn't she?") is held, on invented text;
the same casting told plainly, or a tag inside a speaker's quotation, is still served."""

from __future__ import annotations

from tests.extract.helpers import TIN_VEIN_LEDE, facts, held_pairs, served_pairs

_PLAIN = "Corra Penwith plays Gwenna Tallack in the drama."


def test_a_casting_asked_with_a_tag_is_held() -> None:
    found = facts(
        TIN_VEIN_LEDE, "Sorry to nitpick, but Ruan Vosper was first named as Jory, wasn't he?"
    )
    assert ("Ruan Vosper", "Jory") not in served_pairs(found), served_pairs(found)
    assert ("Ruan Vosper", "Jory") in held_pairs(found), held_pairs(found)


def test_a_casting_asked_with_right_is_held() -> None:
    found = facts(TIN_VEIN_LEDE, "Ellis Trewin plays Kitto Penrose, right?")
    assert ("Ellis Trewin", "Kitto Penrose") not in served_pairs(found), served_pairs(found)


def test_the_same_casting_told_plainly_is_served() -> None:
    found = served_pairs(facts(TIN_VEIN_LEDE, _PLAIN, "Ellis Trewin plays Kitto Penrose."))
    assert ("Ellis Trewin", "Kitto Penrose") in found, found


def test_a_tag_inside_a_quotation_leaves_the_casting_served() -> None:
    found = served_pairs(
        facts(
            TIN_VEIN_LEDE,
            "Corra Penwith plays Gwenna Tallack, who tells her brother: “We never left, did we?”",
        )
    )
    assert ("Corra Penwith", "Gwenna Tallack") in found, found
