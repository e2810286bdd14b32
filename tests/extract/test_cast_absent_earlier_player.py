""" "X, who played Y in the series, is not expected to appear" says X is not in this production:
X plays no part here (no current casting), while a plain "will not return" still names a
leaver (former)."""

from __future__ import annotations

from bot.facts import CastStatus
from tests.extract.helpers import facts


def _statuses(*paragraphs: str) -> dict[tuple[str, str], CastStatus]:
    return {(c.actor, c.character): c.status for c in facts(*paragraphs).cast}


def test_an_earlier_player_not_expected_to_appear_is_no_current_casting() -> None:
    found = _statuses(
        "Cameras are rolling on the Larkspur film in Leeds.",
        "Greta Vosper, who played Tom’s aunt, Hilda, in both seasons, is not expected to appear.",
    )
    assert found.get(("Greta Vosper", "Hilda")) is not CastStatus.CURRENT


def test_an_earlier_player_unlikely_to_appear_is_no_current_casting() -> None:
    found = _statuses(
        "Production on Larkspur resumed this week.",
        "Desmond Achebe, who played Mara’s father, Walter, on the show, is unlikely to appear in "
        "the film.",
    )
    assert found.get(("Desmond Achebe", "Walter")) is not CastStatus.CURRENT


def test_a_plain_will_not_return_still_names_a_leaver() -> None:
    found = _statuses(
        "Production on Larkspur resumed this week.",
        "Desmond Achebe, who played Walter Pell, will not return for the film.",
    )
    assert found.get(("Desmond Achebe", "Walter Pell")) is CastStatus.FORMER
