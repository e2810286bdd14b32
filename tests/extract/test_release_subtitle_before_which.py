"""Our film named with its subtitle, then a relative clause with its date ("Copper Bay:
Tideline, which lands on Netflix on 22 May"): the subtitle is not another work's name."""

from __future__ import annotations

import pytest

from tests.extract.helpers import release_kinds

_LEDE = "The Copper Bay film is the last chapter of the series."


@pytest.mark.parametrize(
    "told",
    [
        "Ada Vale, who plays Wren, went on a podcast to promote Copper Bay: Tideline, which"
        " lands on Netflix on 22 May.",
        "She says goodbye to the role, as Wren in Copper Bay: Tideline, which arrives on the"
        " service on 22 May.",
        "Copper Bay: Tideline, which opens on 22 May, is the last chapter.",
    ],
)
def test_our_subtitled_title_before_which_keeps_its_date(told: str) -> None:
    found = release_kinds(_LEDE, told, date="2026-02-12", title="Copper Bay: the finale")
    assert ("premiere_date", "2026-05-22", False) in found


def test_another_subtitled_title_before_which_is_not_ours() -> None:
    found = release_kinds(
        _LEDE,
        "Ada Vale is also in Salt Marsh: Low Tide, which lands on ITV on 22 May.",
        date="2026-02-12",
        title="Copper Bay: the finale",
    )
    assert ("premiere_date", "2026-05-22", False) not in found
