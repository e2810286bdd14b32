"""A list of castings whose last item pairs two actors with two parts: "Also back are A as X,
B as Y, and C and D as P and Q". The part ending a finished "as" item is never an actor of the
pair that follows it; the pair is C and D."""

from __future__ import annotations

from tests.extract.helpers import facts, served_pairs

_TITLE = "Saltmarsh season two rounds out its cast"


def test_also_returning_list_ends_in_a_pair() -> None:
    found = facts(
        "Saltmarsh returns next spring. Also returning are Carys Pendle as Wenna Trask, "
        "Idris Moyle as Hal Penrose, and Tamsin Orchard and Ned Quayle as Lowenna Vey and "
        "Jory Tremayne.",
        title=_TITLE,
    )
    served = served_pairs(found)
    assert ("Tamsin Orchard", "Lowenna Vey") in served
    assert ("Ned Quayle", "Jory Tremayne") in served
    assert ("Hal Penrose", "Lowenna Vey") not in served
    assert ("Tamsin Orchard", "Jory Tremayne") not in served


def test_single_item_before_the_pair() -> None:
    found = facts(
        "The Saltmarsh cast is back: Oriel Banks as Mena Skewes, and Piran Lusty and "
        "Demelza Hoyle as Gwyn Rosewarne and Tressa Bolitho.",
        title=_TITLE,
    )
    served = served_pairs(found)
    assert ("Piran Lusty", "Gwyn Rosewarne") in served
    assert ("Demelza Hoyle", "Tressa Bolitho") in served
    assert ("Mena Skewes", "Gwyn Rosewarne") not in served


def test_pair_after_item_with_will_play() -> None:
    found = facts(
        "Joining the Saltmarsh cast are Wynn Carne as Father Jago, with Esme Trewin and "
        "Ruan Pascoe as Kitto Hendra and Loveday Vosper.",
        title=_TITLE,
    )
    served = served_pairs(found)
    assert ("Esme Trewin", "Kitto Hendra") in served
    assert ("Ruan Pascoe", "Loveday Vosper") in served
    assert not any(actor == "Father Jago" for actor, _ in served)
