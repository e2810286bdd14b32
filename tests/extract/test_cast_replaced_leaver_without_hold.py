"""A successor "replaces" someone whose "who" clause leaves something other than the part, or
tells no hold on it ("who was the favourite but withdrew", "who quit drama school at 19"): the
replaced person is no former player of the part. A hold and a leaving of the part or project
still make one."""

from __future__ import annotations

import pytest

from tests.extract.helpers import facts, former_pairs

_CAST = "Corin Vell will play Pell Maddox, the studio confirmed."


@pytest.mark.parametrize(
    "sentence",
    [
        "Vell replaces Ossian Tarr, who wanted the part but left the shortlist to others.",
        "Vell replaces Ossian Tarr, who starred in Pennock Weir and quit drama school at 19.",
        "Vell replaces Ossian Tarr, who directed the pilot but has since left for Lisbon.",
        "Vell replaces Ossian Tarr, who had been favourite but then withdrew.",
        "Vell replaces Ossian Tarr, who was the early pick and later departed the agency.",
    ],
)
def test_no_hold_or_another_leaving_is_no_former(sentence: str) -> None:
    found = facts("Grey Meadow casting news.", f"{_CAST} {sentence}")
    assert ("Ossian Tarr", "Pell Maddox") not in former_pairs(found)


@pytest.mark.parametrize(
    "sentence",
    [
        "Vell replaces Ossian Tarr, who was attached to the part until June but has exited "
        "the production.",
        "Vell replaces Ossian Tarr, who had been announced for the role but has since withdrawn.",
        "Vell replaces Ossian Tarr, who was cast last winter and then left the series.",
    ],
)
def test_a_hold_then_leaving_the_part_is_former(sentence: str) -> None:
    found = facts("Grey Meadow casting news.", f"{_CAST} {sentence}")
    assert ("Ossian Tarr", "Pell Maddox") in former_pairs(found)
