"""A listicle's item may deny a link to another work ("9. No, it is not a Harrow Ledger
spin-off"): who played whom in that other work is not our work's casting."""

from __future__ import annotations

from tests.extract.helpers import facts, served_pairs


def _listicle(heading: str, body: str) -> set[tuple[str, str]]:
    return served_pairs(
        facts(
            "The streamer's football comedy finally has a trailer.",
            "By Della Marchmont | 6 May 2026",
            "The streamer has dropped the first trailer for Quillon Rovers, its comedy about a "
            "failing football club. Here is what we spotted.",
            "1. It is coming in July",
            "Quillon Rovers premieres on Friday 10 July.",
            "2. Ansel Ferrand is the manager",
            "Ansel Ferrand plays Gideon Moult, a former striker who comes home to coach.",
            heading,
            body,
            title="8 things we learned from the Quillon Rovers trailer",
        )
    )


def test_an_item_denying_a_spin_off_casts_no_part_of_ours() -> None:
    found = _listicle(
        "3. No, it is not a Harrow Ledger spin-off",
        "The streamer spent years with Perpetua Algood as Ines Quarrie, and fans have decided "
        "this must be connected. It isn't.",
    )
    assert ("Perpetua Algood", "Ines Quarrie") not in found
    assert ("Ansel Ferrand", "Gideon Moult") in found


def test_an_item_denying_a_sequel_casts_no_part_of_ours() -> None:
    found = _listicle(
        "3. It isn’t a Marrowgate sequel either",
        "Everyone remembers Lark Pemberley as Agatha Pim, but the two shows share nothing "
        "but a channel.",
    )
    assert ("Lark Pemberley", "Agatha Pim") not in found
    assert ("Ansel Ferrand", "Gideon Moult") in found
