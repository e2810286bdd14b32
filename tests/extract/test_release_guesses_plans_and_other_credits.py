"""A writer's guess, a release planned after a shoot, a past festival premiere's month, and
another work an actor has coming, on invented text."""

from __future__ import annotations

from tests.extract.helpers import facts

_TITLE = "Everything we know about Hollow Bay so far"


def _kinds(*paragraphs: str, date: str = "2026-05-12") -> set[tuple[str, str, bool]]:
    found = facts(*paragraphs, date=date, title=_TITLE)
    served = [r for r in found.release if r.confidence >= 0.7]
    return {(r.kind.value, str(r.date or r.window or ""), r.hedged) for r in served}


def test_signs_pointing_to_a_window_are_a_guess() -> None:
    kinds = _kinds(
        "Hollow Bay is Apple's next big thriller.",
        "No date has been set, but all signs point to late 2027 for Hollow Bay's release.",
    )
    assert not any(kind == "window" and not hedged for kind, _, hedged in kinds)
    kinds = _kinds(
        "Hollow Bay is Apple's next big thriller.",
        "Everything points to a summer 2027 release for Hollow Bay, though Apple is saying "
        "nothing.",
    )
    assert not any(kind == "window" and not hedged for kind, _, hedged in kinds)


def test_a_release_planned_after_a_shoot_plan_is_a_hedged_window() -> None:
    kinds = _kinds(
        "Hollow Bay is Apple's next big thriller.",
        "Shooting is set to begin in Galway in September, with a 2027 release planned.",
    )
    assert ("window", "2027", True) in kinds
    assert not any(kind == "filming_planned" and when == "2027" for kind, when, _ in kinds)
    kinds = _kinds(
        "Hollow Bay is Apple's next big thriller.",
        "Production will get under way in Cork this autumn, with a 2028 premiere pencilled in.",
    )
    assert not any(kind == "filming_planned" and when == "2028" for kind, when, _ in kinds)
    assert not any(when == "2028" and not hedged for _, when, hedged in kinds)


def test_a_past_festival_premiere_to_acclaim_is_no_window() -> None:
    kinds = _kinds(
        "Hollow Bay, which premiered to rave reviews at Venice in September, opens in UK cinemas "
        "on 19 June.",
        date="2027-05-02",
    )
    assert not any(when.startswith(("2027-09", "2026-09")) for _, when, _ in kinds)
    kinds = _kinds(
        "Hollow Bay debuted to a rapturous reception at Tribeca in April and lands on Apple TV+ "
        "on 4 August.",
        date="2027-06-01",
    )
    assert not any(when.startswith(("2028-04", "2027-04")) for _, when, _ in kinds)


def test_another_work_an_actor_has_coming_is_not_ours() -> None:
    kinds = _kinds(
        "Hollow Bay is Apple's next big thriller.",
        "Mbeki was last seen in ITV's Dockside, and she has the horror film Reed Lantern due out "
        "next spring.",
    )
    assert not any(kind == "window" for kind, _, _ in kinds)
    kinds = _kinds(
        "Hollow Bay is Apple's next big thriller.",
        "Voss also has a period drama, Ashgrove Hall, arriving on the BBC this winter.",
    )
    assert not any(kind == "window" for kind, _, _ in kinds)


def test_a_release_moved_as_it_after_the_film_opens_the_sentence() -> None:
    kinds = _kinds(
        "Hollow Bay was first dated for 9 October 2026, but Apple has now moved it to 14 May 2027.",
    )
    assert ("premiere_date", "2027-05-14", False) in kinds
    kinds = _kinds(
        "Hollow Bay had been due in August, but the studio pushed it back to March 5, 2027.",
    )
    assert ("premiere_date", "2027-03-05", False) in kinds


def test_it_moved_after_another_work_is_not_ours() -> None:
    kinds = _kinds(
        "Hollow Bay star Petra Lind has a new comedy, Ferryman, and Apex moved it to 2 April 2027.",
    )
    assert not any(when == "2027-04-02" for _, when, _ in kinds)
    kinds = _kinds("The distributor liked the cut and moved it to 2 April 2027.")
    assert not any(when == "2027-04-02" for _, when, _ in kinds)


def test_going_wide_dates_the_release() -> None:
    kinds = _kinds(
        "Hollow Bay screened at Telluride in August to strong notices, and it goes wide in US "
        "& Canadian theaters on 20 November.",
        date="2027-10-01",
    )
    assert ("premiere_date", "2027-11-20", False) in kinds
    kinds = _kinds("Hollow Bay will go wide on November 20.", date="2027-10-01")
    assert ("premiere_date", "2027-11-20", False) in kinds
