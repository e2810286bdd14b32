"""A sentence that lists someone's earlier works, then turns to ours with "but" (invented)."""

from __future__ import annotations

from tests.extract.helpers import credits, facts

_TITLE = "The cinematographer behind ‘Copper Lantern’"
_LEDE = "Ines Varro shot “Copper Lantern”, the thriller that opens next month."


def test_our_title_after_but_keeps_its_director() -> None:
    found = facts(
        _LEDE,
        "Her earlier credits include the French drama “Le Pont” and the BBC series “Moorside”, "
        "but “Copper Lantern”, directed by the Danish film-maker Anna Berg, is her first feature.",
        title=_TITLE,
    )
    assert ("director", "Anna Berg") in credits(found)


def test_a_second_phrasing_with_written_by() -> None:
    found = facts(
        _LEDE,
        "Her previous credits include the Irish drama “Tin Roof”, but “Copper Lantern”, written "
        "by Piet Olde, is her biggest job so far.",
        title=_TITLE,
    )
    assert ("writer", "Piet Olde") in credits(found)


def test_another_title_after_but_credits_nothing() -> None:
    found = facts(
        _LEDE,
        "Her earlier credits include the French drama “Le Pont”, but “Moorside”, directed by "
        "Ruth Caddel, is the one she is proudest of.",
        title=_TITLE,
    )
    assert ("director", "Ruth Caddel") not in credits(found)
    assert ("director", "Anna Berg") not in credits(facts(_LEDE, title=_TITLE))
