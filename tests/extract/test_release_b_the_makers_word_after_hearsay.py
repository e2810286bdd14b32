"""A time the makers give in a "but" clause set against hearsay before it ("a crew member said
they were eyeing May, but the channel would only say 2027") is theirs and not hedged; a time
in a "but" clause that is hearsay itself stays hedged. Invented text throughout."""

from __future__ import annotations

from tests.extract.helpers import release_kinds


def _windows(sentence: str) -> set[tuple[str, str, bool]]:
    found = release_kinds(
        "Quarry Hill, the new drama from Ennis Vale, has finished filming.",
        sentence,
        date="2026-06-12",
        title="Quarry Hill: where things stand",
    )
    return {f for f in found if f[0] == "window"}


def test_the_channels_year_after_hearsay_is_not_hedged() -> None:
    assert ("window", "2027", False) in _windows(
        "One crew member said the channel was eyeing an early slot, but ITV would only say the"
        " drama arrives in 2027."
    )


def test_a_hedged_but_clause_stays_hedged() -> None:
    found = _windows(
        "One crew member said the channel was eyeing an early slot, but others said it could"
        " slip to 2027."
    )
    assert ("window", "2027", False) not in found
