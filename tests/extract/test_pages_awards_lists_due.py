"""An awards piece's "With the BAFTA longlists due in early January" is when the lists come,
not a release window (:mod:`bot.extract.release_figures_due`)."""

from __future__ import annotations

import pytest

from tests.extract.helpers import release_kinds

_LEDE = "Tallow Road, which opened in cinemas on 3 October, leads the Kestrel Awards nominations."


@pytest.mark.parametrize(
    "lists",
    [
        "With the BAFTA longlists due in early January, the haul makes it a contender.",
        "The Oscar shortlists are expected in mid-December, and voters are watching.",
        "With the Kestrel ceremony due in early March, campaigning starts now.",
    ],
)
def test_when_awards_lists_are_due_is_no_window(lists: str) -> None:
    found = release_kinds(_LEDE, lists, title="Tallow Road leads the Kestrel Awards field")
    assert not any(kind == "window" for kind, _, _ in found), lists
