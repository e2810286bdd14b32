"""A bare "sorry" in a recap ("Sorry, Pell fans", "we were sorry to miss it") makes no
correction notice, so the recap's "in the episode, X named ..." stands; an apology that owns an
error ("sorry, that was a mistake") still does."""

from __future__ import annotations

import pytest

from tests.extract.helpers import facts, release_kinds, served_pairs


@pytest.mark.parametrize(
    "tail",
    ["Sorry, Pell fans.", "We were sorry to see the teaser go.", "Sorry if you missed it live!"],
)
def test_a_bare_sorry_keeps_the_recaps_casting(tail: str) -> None:
    found = facts(
        "Pennock Weir podcast recap.",
        f"In the episode, Brann Tolley named Wenna Carrow as Isolde Brisk. {tail}",
    )
    assert ("Wenna Carrow", "Isolde Brisk") in served_pairs(found)


def test_a_bare_sorry_keeps_the_recaps_date() -> None:
    kinds = release_kinds(
        "Pennock Weir podcast recap.",
        "In the show, host Brann said filming starts on 12 August. We were sorry to miss the "
        "launch party.",
        date="2026-05-01",
        title="Pennock Weir: the recap",
    )
    assert any(kind == "filming_planned" for kind, _, _ in kinds), kinds


def test_an_owned_error_with_sorry_is_still_a_notice() -> None:
    found = facts(
        "Pennock Weir podcast recap.",
        "In last week's episode, Brann said Wenna Carrow plays Isolde Brisk. Sorry, that was a "
        "mistake: she plays Maren Brisk.",
    )
    assert ("Wenna Carrow", "Isolde Brisk") not in served_pairs(found)
