"""Words said as someone warns or reminds a part are spoken in the story, held; warning fans
or the press stays a quote."""

from __future__ import annotations

from tests.extract.helpers import facts, served_quotes

_LEDE = "The first trailer for Tamsin Reach landed on Palewick this morning."
_CAST = "Odile Brackwater plays Marta Quell in the six-part thriller."


def test_someone_who_warns_a_part_speaks_in_the_story() -> None:
    found = facts(
        _LEDE,
        _CAST,
        'We also meet the harbourmaster, Cole Ardagh, who warns Marta that "the tide never '
        'forgets a debt", and he means it.',
    )
    assert served_quotes(found) == []


def test_someone_reminding_a_part_speaks_in_the_story() -> None:
    found = facts(
        _LEDE,
        _CAST,
        "Later a stranger on the ferry reminds Marta Quell “you were never meant to come back”.",
    )
    assert served_quotes(found) == []


def test_an_actor_warning_fans_stays_a_quote() -> None:
    found = facts(
        _LEDE,
        _CAST,
        'At the launch Odile Brackwater warned fans that "the final episode will hurt", and '
        "she laughed.",
    )
    assert len(served_quotes(found)) == 1
