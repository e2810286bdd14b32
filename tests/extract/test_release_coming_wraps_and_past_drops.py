"""On invented text: a wrap told in the present progressive for a month still to come is a plan,
not a wrap a year back ("it's probably wrapping at the end of August", in June); a day named
after a past release verb is the day just gone ("dropped on the platform on Thursday the 12th",
in a review days later); a slot a film is moved out of is not its window; and a sentence about
the film that names another work only in a "whose" clause leaves the next sentence ours."""

from __future__ import annotations

from tests.extract.helpers import served_releases

_TITLE = "Saltmarsh Road: what we know"


def _kinds(*paragraphs: str, date: str) -> set[tuple[str, str]]:
    served = served_releases(*paragraphs, date=date, title=_TITLE)
    return {(r.kind.value, str(r.date or r.window or "")) for r in served}


def test_a_probable_wrap_at_the_end_of_a_coming_month_is_no_wrap() -> None:
    kinds = _kinds(
        "Saltmarsh Road started shooting this week. The shoot runs about ten weeks, so it's "
        "probably wrapping at the end of September.",
        date="2025-07-03",
    )
    assert not {k for k in kinds if k[0] == "filming_wrapped"}


def test_a_shoot_that_is_wrapping_in_a_coming_month_is_no_wrap() -> None:
    kinds = _kinds("Filming on Saltmarsh Road is wrapping in November.", date="2025-09-14")
    assert not {k for k in kinds if k[0] == "filming_wrapped"}


def test_a_past_shoot_wrapping_in_a_gone_month_is_still_a_wrap() -> None:
    kinds = _kinds(
        "The film was shot in Cornwall over the spring, wrapping in May.",
        date="2025-09-14",
    )
    assert ("filming_wrapped", "2025-05") in kinds


def test_a_day_after_dropped_is_the_day_just_gone() -> None:
    kinds = _kinds(
        "Saltmarsh Road dropped on Prime Video on Thursday the 12th and I binged it that night.",
        date="2026-03-16",
    )
    assert ("premiere_date", "2026-03-12") in kinds
    assert ("premiere_date", "2026-11-12") not in kinds


def test_a_day_after_premiered_is_the_day_just_gone() -> None:
    kinds = _kinds(
        "Saltmarsh Road premiered on Apple TV+ on Friday the 6th to glowing reviews.",
        date="2026-02-09",
    )
    assert ("premiere_date", "2026-02-06") in kinds


def test_a_day_to_come_is_still_read_forwards() -> None:
    kinds = _kinds("Saltmarsh Road premieres on Apple TV+ on Friday the 13th.", date="2026-02-09")
    assert ("premiere_date", "2026-02-13") in kinds


def test_a_slot_the_film_is_moved_out_of_is_no_window() -> None:
    kinds = _kinds(
        "Harrow Films has pulled Saltmarsh Road out of the spring and into the festival season.",
        date="2026-01-20",
    )
    assert not {k for k in kinds if k[0] == "window"}


def test_a_film_moved_out_of_its_year_has_no_window() -> None:
    kinds = _kinds(
        "The studio has moved Saltmarsh Road out of 2026 altogether, a spokesperson said.",
        date="2026-01-20",
    )
    assert ("window", "2026") not in kinds


def test_a_whose_clause_about_another_film_leaves_the_next_sentence_ours() -> None:
    kinds = _kinds(
        "The film is written by Orla Benn, whose debut Tidewater premiered at the Venice film "
        "festival in 2022, and produced by Sam Yeo. Filming wrapped last November in Devon.",
        date="2026-02-02",
    )
    assert ("filming_wrapped", "2025-11") in kinds


def test_a_whose_clause_after_a_producer_leaves_the_shoot_ours() -> None:
    kinds = _kinds(
        "The drama is produced by Sam Yeo, whose previous film Kestrel premiered at the Toronto "
        "film festival in 2021, and stars Ada Quinn. Shooting wrapped in November in Devon.",
        date="2026-02-02",
    )
    assert ("filming_wrapped", "2025-11") in kinds


def test_a_sentence_about_a_person_and_another_film_still_carries_on() -> None:
    kinds = _kinds(
        "Orla Benn, whose debut Tidewater premiered at the Venice film festival in 2022, is in "
        "talks to direct. Filming wrapped last November in Devon.",
        date="2026-02-02",
    )
    assert ("filming_wrapped", "2025-11") not in kinds
