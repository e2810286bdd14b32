"""A live blog's notice that owns up with a bare "we said" after its colon ("A correction from
earlier: we said X plays Y's father."), on invented text: the casting it claims is the error,
not served; the same casting stated as the truth in another entry still stands, and a
casting in the notice's next sentence (the truth) is served."""

from __future__ import annotations

from tests.extract.helpers import facts, pairs, served_pairs

_LEDE = "Live from the quayside as the cast of Kellow Down arrive for the gala screening."
_INTRO = (
    "19:02 Who is in it: Hale Dunmore plays Wilf Carrow, a ferryman, and Tamsin Orlo plays his"
    " niece, Gus."
)


def test_a_colon_claim_in_a_notice_is_not_served() -> None:
    found = facts(
        _LEDE,
        _INTRO,
        "19:40 One correction from earlier: we said Perrin Mawle plays Wilf’s brother. He plays"
        " the harbourmaster, Lowry Dunmarsh.",
    )
    assert ("Perrin Mawle", "Wilf’s brother") not in served_pairs(found), found.cast
    assert ("Hale Dunmore", "Wilf Carrow") in served_pairs(found), found.cast


def test_the_same_casting_told_as_truth_elsewhere_still_stands() -> None:
    found = facts(
        _LEDE,
        _INTRO,
        "19:40 One correction from earlier: we said Tamsin Orlo plays Gus. That part was right;"
        " the error was her age.",
        "20:05 Tamsin Orlo, who plays Gus, signs programmes by the barrier.",
    )
    assert ("Tamsin Orlo", "Gus") in pairs(found), found.cast
    assert ("Tamsin Orlo", "Gus") in served_pairs(found), found.cast
