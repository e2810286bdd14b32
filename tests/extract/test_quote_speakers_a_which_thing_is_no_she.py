"""Quotes on invented text: a subject a "which" clause goes on from ("One theme, which she calls
simply ‘the gate’") is a thing, so the next "she says" is not an unnamed "one"; the name so given
is no quote."""

from __future__ import annotations

from tests.extract.helpers import facts, served_quotes

_PARAS = (
    'Olwenna Olsk did not expect to cry at the mixing desk. "I had heard the cue many times," '
    "she says.",
    'She wrote an hour of music for the strings. One theme, which she calls simply "the gate", '
    'is held back until the last reel. "People will know it when they hear it," she says. '
    '"I will not spoil where."',
)


def test_she_after_a_which_thing_is_the_composer() -> None:
    found = facts(*_PARAS, date="2026-03-01", title="Composer Olwenna Olsk on Skellmoor Quay")
    served = served_quotes(found)
    assert ("People will ", "Olwenna Olsk") in served, served
    assert ("I will not s", "Olwenna Olsk") in served, served


def test_the_name_given_simply_is_no_quote() -> None:
    found = facts(*_PARAS, date="2026-03-01", title="Composer Olwenna Olsk on Skellmoor Quay")
    assert not any(q.text == "the gate" for q in found.quotes), found.quotes
