"""A phrase named as a phrase, then given after a copula ("the phrase every critic reached for was
“...”"), credited to no one: which words are meant, not anyone's quote."""

from __future__ import annotations

from tests.extract.helpers import facts

_LEDE = "Brambleford ends on Sunday, and not everyone is happy about how."


def test_a_phrase_everyone_used_is_not_served() -> None:
    found = facts(
        _LEDE,
        "When the final run was announced, the term every critic reached for was “graceful"
        " exit”. I disagree.",
    )
    assert not any(q.served and q.text == "graceful exit" for q in found.quotes)


def test_a_phrase_a_named_person_used_stays_theirs() -> None:
    found = facts(
        _LEDE,
        "Creator Odile Marchbank said the show had reached “a graceful exit” after four series.",
    )
    assert any(
        q.served and q.text == "a graceful exit" and q.speaker == "Odile Marchbank"
        for q in found.quotes
    )
