"""A later season brought in as new on a page about the show that aired; an animated work's
"production"; a companion special's name and air date; a round-up item the headline alone
names. On invented text."""

from __future__ import annotations

from tests.extract.helpers import facts, release_kinds


def test_a_new_season_to_film_is_not_the_aired_shows_shoot() -> None:
    kinds = release_kinds(
        "Sky's coastal drama Brinmoor Edge leads the nominations with six nods.",
        "A second series of Brinmoor Edge is expected to start filming in the summer, "
        "according to one producer.",
        date="2026-03-25",
        title="Awards: Brinmoor Edge leads the field",
    )
    assert not any(kind == "filming_planned" for kind, _, _ in kinds)


def test_a_page_about_the_new_season_keeps_its_shoot() -> None:
    kinds = release_kinds(
        "Sky has confirmed a second series of Brinmoor Edge.",
        "A second series of Brinmoor Edge is expected to start filming in the summer.",
        date="2026-03-25",
        title="Brinmoor Edge series two confirmed",
    )
    assert ("filming_planned", "2026-06/2026-08", True) in kinds


def test_an_animated_series_production_start_is_no_shoot() -> None:
    kinds = release_kinds(
        "Marlpit Studio has announced Pebblemoss, a new preschool series.",
        "Marlpit Studio today announces Pebblemoss, a 26-part animated series for children.",
        "Production began in Leeds in March 2025 and is now complete.",
        date="2026-05-02",
        title="Marlpit Studio unveils Pebblemoss",
    )
    assert not any(kind.startswith("filming") for kind, _, _ in kinds)


def test_a_live_action_production_start_still_counts() -> None:
    kinds = release_kinds(
        "Marlpit Studio has announced Pebblemoss, a new drama series.",
        "Production began in Leeds in March 2025 and is now complete.",
        date="2026-05-02",
        title="Marlpit Studio unveils Pebblemoss",
    )
    assert ("filming_started", "2025-03", False) in kinds


def test_a_companion_special_is_not_the_title_and_its_air_date_is_not_ours() -> None:
    found = facts(
        "Corvel FM will air a Harrowdeep special ahead of the film's release.",
        "Corvel FM today announces Harrowdeep: The Slow Farewell, a one-hour special in which "
        "the cast look back, ahead of the release of the film Harrowdeep on Netflix on "
        "Friday 17 April.",
        "The special, presented by Ada Fenn, will be broadcast on Wednesday 15 April at 7pm.",
        date="2026-04-09",
        title="Corvel FM announces Harrowdeep special",
    )
    served = [fact for fact in found.release if fact.served]
    titles = {fact.title for fact in served if fact.title}
    dates = {str(fact.date) for fact in served if fact.date}
    assert titles == {"Harrowdeep"}
    assert dates == {"2026-04-17"}


def test_a_round_up_item_the_headline_alone_names_is_ours() -> None:
    kinds = release_kinds(
        "From a spy comedy to a farewell, these are this week's trailers.",
        "1. Quillan Edge (Apple TV+)",
        "A comedy with Ada Fenn as a postal inspector. Created by Tom Vell, it premieres on "
        "3 April.",
        "2. Harrowdeep (Netflix)",
        "The trailer dropped on Tuesday, and it confirms the film arrives on Friday 17 April.",
        date="2026-03-06",
        title="Trailers of the week: Apple rules, but Harrowdeep steals the show",
    )
    premieres = {value for kind, value, _ in kinds if kind == "premiere_date"}
    assert premieres == {"2026-04-17"}
