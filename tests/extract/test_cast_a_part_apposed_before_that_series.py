"""A part apposed between commas, then "in that series" ("X plays the lead, Y, in that series"),
is the part of the work named before, not of the article's own, on invented text."""

from __future__ import annotations

from tests.extract.helpers import facts, served_pairs

_LEDE = "Wrenfold has recast a key role days before cameras roll on the Netflix film."


def test_an_apposed_part_in_that_series_is_not_ours() -> None:
    found = served_pairs(
        facts(
            _LEDE,
            "Cassian Dorrow has exited due to a clash with the BBC drama Pelling Sound. Dorrow "
            "plays the lead, Jory Penwithin, in that series, which shoots this summer.",
            "Tilde Marrack will play Orla Vantreece in the film.",
            title="Wrenfold recasts a key role",
        )
    )
    assert ("Cassian Dorrow", "Jory Penwithin") not in found
    assert ("Tilde Marrack", "Orla Vantreece") in found
