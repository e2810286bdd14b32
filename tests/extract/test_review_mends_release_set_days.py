"""A day set for the film, its release or a market is its premiere; a day set for the film's
table read, a wrap party, another work or a place's shoot is not."""

from __future__ import annotations

import pytest

from tests.extract.helpers import release_kinds
from tests.extract.test_release_cut_titles_and_other_items import _letter

_TITLE = "Copper Bay: what we know"
_DAY = ("premiere_date", "2026-04-17", False)


@pytest.mark.parametrize(
    "line",
    [
        "The producers have set 17 April for the film's first table read in Leeds.",
        "The producers have set 17 April for the show's wrap party.",
        "Vela TV has set Friday 17 April for the film's first read-through.",
        "Vela TV has set 17 April for the season's first shoot day.",
        "Vela TV has set Friday 17 April for Skerrow location filming on Copper Bay.",
        "The BBC have finally set 17 April for the launch of its new app.",
        "Rival streamer Nexa has set Friday 17 April for Salt Harbour, its own six-part drama.",
        "Vela TV has set Friday 17 April for Copper Bay fans to submit questions to the cast.",
    ],
)
def test_a_day_set_for_something_else_is_no_premiere(line: str) -> None:
    assert _DAY not in release_kinds(line, date="2026-01-16", title=_TITLE)


@pytest.mark.parametrize(
    "line",
    [
        "Vela TV has set Friday 17 April for Copper Bay, the six-part drama from Ada Quell.",
        "Vela TV has set 17 April for the UK and Ireland.",
        "Vela TV has set 17 April for the show's return.",
        "Vela TV has finally set 17 April for its new series.",
    ],
)
def test_a_day_set_for_the_work_or_a_market_stays_its_premiere(line: str) -> None:
    assert _DAY in release_kinds(line, date="2026-01-16", title=_TITLE)


def test_a_newsletter_item_setting_another_works_day_is_not_ours() -> None:
    found = _letter("Sky has set Friday 5 June for The Tin Lid, its six-part thriller.")
    assert found == {("premiere_date", "2026-04-17", False)}
