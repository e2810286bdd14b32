"""A run of credit verbs before "by" that ends in "and" or "&" is a true list: every verb in it
is the name's (invented runs)."""

from __future__ import annotations

from bot.extract.crewverblists import by_verbs


def test_a_run_ending_in_an_ampersand_keeps_every_verb() -> None:
    assert by_verbs("written, produced & directed") == ["written", "produced", "directed"]


def test_a_run_ending_in_and_keeps_every_verb() -> None:
    assert by_verbs("written, produced and directed") == ["written", "produced", "directed"]


def test_a_bare_comma_alone_keeps_only_the_verbs_after_it() -> None:
    assert by_verbs("wrote and executive produced, directed") == ["directed"]
