"""A "part" the sentence writes only after a credit's "by" ("Tin Lane was directed by Ada Vell,
with her brother, Tom, played by Rin Soto") is the credit's name: no one plays Ada Vell. A name
that is a part elsewhere in its sentence stays (invented articles)."""

from __future__ import annotations

from tests.extract.helpers import facts

_TITLE = "First look at The Orchard Letters"
_LEDE = "Vela's The Orchard Letters arrives in March."


def test_a_credits_name_is_no_part() -> None:
    for sentence in (
        "Tin Lane was directed by Ada Vell, with her brother, Tom, played by Rin Soto.",
        "The film is written by Ada Vell, with the eldest son, Tom, played by Rin Soto.",
    ):
        found = facts(_LEDE, sentence, title=_TITLE)
        assert not any(c.character == "Ada Vell" for c in found.cast if c.served), sentence


def test_a_part_named_outside_a_credit_stays() -> None:
    found = facts(_LEDE, "Ada Vell plays Tom, and Rin Soto plays Ada Vell's sister.", title=_TITLE)
    assert ("Ada Vell", "Tom") in {(c.actor, c.character) for c in found.cast if c.served}
