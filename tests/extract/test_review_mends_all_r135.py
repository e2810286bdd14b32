"""Review mends of round 135 (invented text): a catchphrase, a slogan or a motto a part says
in the work, named like a line ("says the catchphrase that fans love:"), is the work's line,
held as the line itself is (the words after the noun, not after a later "line", decide)."""

from __future__ import annotations

from tests.extract.helpers import facts

_CAST = "Kettlewick returns to Fenmark in June, with Saskia Brandt as Mirel and Kai Moss as Orvo."


def test_a_catchphrase_or_slogan_performed_in_the_work_is_held() -> None:
    for noun in ("catchphrase", "slogan", "motto", "line"):
        found = facts(
            _CAST,
            f"In the new teaser, his aunt says the {noun} that fans love: "
            "“Hold steady, little boat.”",
        )
        served = [q.text for q in found.quotes if q.served]
        assert served == [], noun
