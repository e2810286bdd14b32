"""A release the writer works out from something else ("which would put a release in 2027") is
a hedged window; a plain future is not. Invented articles."""

from __future__ import annotations

from tests.extract.helpers import release_dates

_TITLE = "Hollin Vale: what we know about the Ostrevin sequel"
_LEDE = "The Ostrevin sequel now has a name: Hollin Vale."


def _found(sentence: str) -> set[tuple[str, str, bool]]:
    return release_dates(_LEDE, sentence, date="2026-03-05", title=_TITLE)


def test_a_release_worked_out_from_the_shoot_is_hedged() -> None:
    found = _found(
        "A crew member told me filming is “pencilled in for the summer”, which would put a "
        "release sometime in 2027 at the earliest."
    )
    assert ("window", "2027", True) in found
    assert ("window", "2027", False) not in found


def test_a_plain_release_year_stays_plain() -> None:
    assert ("window", "2027", False) in _found("Hollin Vale will be released in 2027.")
