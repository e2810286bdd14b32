"""Review mends of round 132 (invented text): a clip of an actor speaking "in the film's press
tour" is her own words, not a line in the work; a dub after a preposition is no subject, so the
credit that follows is the work's; a bare "it didn't" with no time told between a claim and it
denies no release date; an offset rounded or bounded ("at least two days later") names no day."""

from __future__ import annotations

from tests.extract.helpers import facts, served_crew, served_days, served_quotes

_LEDE = "Lantern Bay, Tidewater's new drama, stars Ada Vale as Mira."


def test_a_clip_of_an_actor_in_the_films_own_press_tour_is_her_quote() -> None:
    found = facts(
        _LEDE,
        "A clip of Ada Vale telling reporters “We cried every single day” in the film's press"
        " tour went round again.",
    )
    assert served_quotes(found) == [("We cried eve", "Ada Vale")]


def test_a_dub_after_a_preposition_leaves_the_seasons_director() -> None:
    crew = served_crew(
        "Lantern Bay is a new animated series.",
        "After complaints about the English dub, the second season will be directed by Kai Reed.",
        title="Lantern Bay season two",
    )
    assert ("director", "Kai Reed") in crew


def test_a_bare_denial_of_a_claim_with_no_time_keeps_the_release_date() -> None:
    found = facts(
        "Lantern Bay stars Ada Vale as Mira.",
        "Vale said the shoot ran long; it didn't, and the film opens on 3 March.",
        date="2025-01-10",
    )
    assert any(
        r.served and r.date is not None and r.date.isoformat() == "2025-03-03"
        for r in found.release
    )


def test_an_offset_of_at_least_two_days_names_no_day() -> None:
    days = served_days(
        "Lantern Reach screens at the Palace Rooms on 10 March, and lands on Corvane at least"
        " two days later.",
        title="Lantern Reach fan screenings fill cinemas",
        date="2027-03-08",
    )
    assert ("premiere_date", "2027-03-12") not in days


def test_an_offset_of_about_two_days_names_no_day() -> None:
    days = served_days(
        "Lantern Reach screens at the Palace Rooms on 10 March, and lands on Corvane about two"
        " days later.",
        title="Lantern Reach fan screenings fill cinemas",
        date="2027-03-08",
    )
    assert ("premiere_date", "2027-03-12") not in days
