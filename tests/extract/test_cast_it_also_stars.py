"""A sentence "It also stars X, who returns as Y" is about the work the article just named, not
another work that stars people; a named other work that starred someone stays elsewhere."""

from __future__ import annotations

from tests.extract.helpers import facts, pairs, served_pairs


def test_it_also_stars_after_the_production_is_named() -> None:
    found = facts(
        "Tidewater Road is directed by Ines Halvorsen. It also stars Rupert Ashdown-Vale, who "
        "returns as the ferryman Colm Duggan.",
        title="Tidewater Road sets autumn date",
    )
    assert ("Rupert Ashdown-Vale", "Colm Duggan") in served_pairs(found)


def test_it_features_after_the_production_is_named() -> None:
    found = facts(
        "The trailer for Tidewater Road landed this morning. It features Lorna Beckwith, who "
        "plays the harbour master Edda Skov.",
        title="Tidewater Road trailer",
    )
    assert ("Lorna Beckwith", "Edda Skov") in served_pairs(found)


def test_another_named_work_that_starred_someone_stays_elsewhere() -> None:
    found = facts(
        "Tidewater Road is out soon. Saltmarsh starred Lorna Beckwith as Edda Skov.",
        title="Tidewater Road sets autumn date",
    )
    assert ("Lorna Beckwith", "Edda Skov") not in pairs(found)
