"""A film-maker's earlier work told in the past with whom it starred ("Bea Lund's Lanternfall
starred Ada Vale as a ferry pilot, Mira Holt", invented) is that work's cast, not the article's;
the article's own work told the same way keeps its cast."""

from __future__ import annotations

from tests.extract.helpers import facts, served_pairs


def test_a_directors_earlier_film_starred_is_not_our_cast() -> None:
    found = served_pairs(
        facts(
            "Sky commissions Greyport, a six-part harbour thriller.",
            "Bea Lund, whose debut Lanternfall played Berlin in 2022, directs.",
            "Lund’s Lanternfall starred Ada Vale as a ferry pilot, Mira Holt.",
        )
    )
    assert ("Ada Vale", "Mira Holt") not in found


def test_our_own_work_starring_the_actor_stays() -> None:
    found = served_pairs(
        facts(
            "Greyport review: Sky's harbour thriller lands.",
            "Lund’s Greyport starred Ada Vale as a ferry pilot, Mira Holt, and it shows.",
            title="Greyport review",
        )
    )
    assert ("Ada Vale", "Mira Holt") in found
