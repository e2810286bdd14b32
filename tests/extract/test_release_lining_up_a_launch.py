"""A platform "lining up" a launch for a season is planning it, not setting it: the window is
served hedged; a launch the platform has set stays plain."""

from __future__ import annotations

from tests.extract.helpers import release_kinds

_TITLE = "Copper Bay eyes an autumn bow"


def test_lining_up_a_launch_hedges_the_window() -> None:
    found = release_kinds(
        "Exclusive: Prime Video is lining up an autumn 2026 launch for Copper Bay.",
        date="2026-02-10",
        title=_TITLE,
    )
    assert ("window", "2026-09/2026-11", True) in found
    assert ("window", "2026-09/2026-11", False) not in found


def test_a_set_launch_stays_plain() -> None:
    found = release_kinds(
        "Prime Video will launch Copper Bay in autumn 2026.", date="2026-02-10", title=_TITLE
    )
    assert ("window", "2026-09/2026-11", False) in found
