"""A credit whose name is read only up to its first initial ("Author M. R. Vane posted ..."
read as "M") names no one and is never served; the same sentence with a name written in full
keeps its credit (invented articles)."""

from __future__ import annotations

from tests.extract.helpers import facts

_TITLE = "BREAKING: Brackenfold recasts Orla Vane – Tess Mardle steps in"
_LEDE = "Channel 5 has confirmed that Brackenfold has recast the role of Orla Vane."


def test_a_name_cut_at_its_initial_is_no_credit() -> None:
    for credit, sentence in (
        (
            "- Based on the novels by P. J. Harrowgate",
            'Author P. J. Harrowgate, who has been quiet online, posted one line: "Safe hands."',
        ),
        (
            "- Based on the novels by D. Ellery Quane",
            "Novelist D. Ellery Quane, who rarely talks to the press, posted one line.",
        ),
    ):
        found = facts(_LEDE, credit, sentence, title=_TITLE)
        cut = {c.name for c in found.crew if c.served and len(c.name.rsplit(" ", 1)[-1]) == 1}
        assert not cut, sentence


def test_a_name_written_in_full_keeps_its_credit() -> None:
    sentence = 'Author Tamsin Orrell, who has been quiet online, posted one line: "Safe hands."'
    found = facts(_LEDE, "- Based on the novels by Tamsin Orrell", sentence, title=_TITLE)
    assert "Tamsin Orrell" in {c.name for c in found.crew if c.served}
