"""A dub led by its participle ("a Welsh dub featuring X as Cadi and Y as Idwal") names the
dub's voices, never the work's cast (invented articles)."""

from __future__ import annotations

from tests.extract.helpers import facts, pairs


def test_a_dubs_participle_list_is_no_casting() -> None:
    for verb in ("featuring", "starring"):
        found = pairs(
            facts(
                "Gwenfair Tysoe plays Cadi Rudgley in Glasnant, out on Netflix today.",
                f"Update: Netflix has confirmed a Welsh dub {verb} Dai Murn as Cadi and Meirion"
                " Tallis as Idwal is also live.",
            )
        )
        assert ("Gwenfair Tysoe", "Cadi Rudgley") in found, verb
        assert not {a for a, _ in found} & {"Dai Murn", "Meirion Tallis"}, verb
