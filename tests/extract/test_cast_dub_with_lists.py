"""A dub's voices after "with" ("the dubbed version keeps the voices, with X as Mira and Y as
Tom"): every voice of the list is a dub's, not a casting of the work."""

from __future__ import annotations

from tests.extract.helpers import facts, served_pairs


def test_each_voice_after_a_dubs_with_is_held() -> None:
    found = served_pairs(
        facts(
            "Brisk Harbour premiered at the festival on Friday.",
            "Corvin Ashdale plays Jory Tremain, a ferry pilot.",
            "For Italian viewers: the dubbed version keeps the voices of the series, with Roccane "
            "Abbadessa as Jory and Fausto Ligure as Tamsel.",
            title="Brisk Harbour review",
        )
    )
    assert ("Corvin Ashdale", "Jory Tremain") in found
    assert not any(actor in {"Roccane Abbadessa", "Fausto Ligure"} for actor, _ in found)
