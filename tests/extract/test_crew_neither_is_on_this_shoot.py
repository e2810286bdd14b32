"""Earlier seasons' directors said in a following clause to be off the new shoot ("the seasons
were shared out between directors X and Y, and neither is on this shoot") are no credit of
the new work; its own director stays (invented articles)."""

from __future__ import annotations

from tests.extract.helpers import facts

_TITLE = "On set: Quillon Bay: The Film shoots in Cornwall"
_LEDE = "Quillon Bay: The Film, directed by Marlowen Essiby, began filming in Cornwall this week."


def _names(*paragraphs: str) -> set[str]:
    return {c.name for c in facts(_LEDE, *paragraphs, title=_TITLE).crew if c.served}


def test_directors_said_to_be_off_this_shoot_are_no_credit() -> None:
    names = _names(
        "But the three seasons were shared out between directors Odran Pell and Varnach"
        " Stroud, and neither is on this shoot."
    )
    assert "Odran Pell" not in names
    assert "Varnach Stroud" not in names
    assert "Marlowen Essiby" in names
