"""Readings on invented text: a shoot under way in a place since a month, "no actual date yet",
a wrap told by "the film wrapped" or "we wrapped on the Friday, the 12th" (days just gone),
and a drama that "will be shown on" a channel in a window."""

from __future__ import annotations

from tests.extract.helpers import served_releases

_TITLE = "Copper Lane: the latest"


def _kinds(*paragraphs: str, date: str = "2026-03-18") -> set[tuple[str, str]]:
    served = served_releases(_TITLE, *paragraphs, date=date, title=_TITLE)
    return {(r.kind.value, str(r.date or r.window or "")) for r in served}


def test_a_shoot_under_way_in_a_place_since_a_month_began_then() -> None:
    kinds = _kinds("Filming has been under way in Glasgow since January, the studio said.")
    assert ("filming_started", "2026-01") in kinds


def test_production_rolling_in_two_places_since_a_month_began_then() -> None:
    kinds = _kinds("Production on Copper Lane has been rolling in Cork and Kerry since February.")
    assert ("filming_started", "2026-02") in kinds


def test_no_actual_date_yet_is_no_date() -> None:
    kinds = _kinds("The streamer says Copper Lane is coming. No actual date yet, though.")
    assert ("not_announced", "") in kinds


def test_no_specific_release_date_is_no_date() -> None:
    kinds = _kinds("There is still no specific release date for Copper Lane.")
    assert ("not_announced", "") in kinds


def test_the_film_wrapped_on_a_weekday_is_the_one_just_gone() -> None:
    # 18 March 2026 is a Wednesday: the Friday just gone is the 13th.
    kinds = _kinds("The film wrapped on Friday in Bristol, its director said.")
    assert ("filming_wrapped", "2026-03-13") in kinds
    assert ("filming_wrapped", "2026-03-20") not in kinds


def test_we_wrapped_on_the_weekday_with_its_day_is_that_day() -> None:
    kinds = _kinds("A: We wrapped on the Thursday, the 12th, and then I slept for two days.")
    assert ("filming_wrapped", "2026-03-12") in kinds


def test_cameras_started_on_the_weekday_with_its_day_is_that_day() -> None:
    kinds = _kinds("Filming began on the Monday, the 2nd, at a quarry outside Leeds.")
    assert ("filming_started", "2026-03-02") in kinds


def test_a_drama_that_will_be_shown_on_a_channel_next_year_has_that_window() -> None:
    kinds = _kinds("Copper Lane will be shown on Channel 4 next year, the broadcaster said.")
    assert ("window", "2027") in kinds


def test_a_drama_due_to_be_screened_on_a_channel_in_a_year_has_that_window() -> None:
    kinds = _kinds("The four-part drama is due to be screened on ITV in 2027.")
    assert ("window", "2027") in kinds


def test_a_film_shown_at_a_festival_is_no_window() -> None:
    kinds = _kinds("Copper Lane will be shown at a festival in Berlin next year.")
    assert not {k for k in kinds if k[0] in {"window", "premiere_date"}}


def test_a_label_of_what_is_unknown_naming_the_date_then_none_is_no_date() -> None:
    kinds = _kinds("What we don't know yet: a release date. There isn't one, so be patient.")
    assert ("not_announced", "") in kinds


def test_a_label_we_still_do_not_know_the_premiere_date_then_none_yet_is_no_date() -> None:
    kinds = _kinds("- Things we still don't know: the premiere date. None yet.")
    assert ("not_announced", "") in kinds


def test_a_window_someone_has_heard_mentioned_is_hedged() -> None:
    served = served_releases(
        _TITLE,
        "Channel 4 has not set a release date, though he has heard late next year mentioned.",
        date="2026-03-18",
        title=_TITLE,
    )
    windows = [r for r in served if r.kind.value == "window"]
    assert windows
    assert all(r.hedged for r in windows)


def test_a_window_i_have_heard_is_hedged() -> None:
    served = served_releases(
        _TITLE, "I've heard Copper Lane is coming in October.", date="2026-03-18", title=_TITLE
    )
    windows = [r for r in served if r.kind.value == "window"]
    assert windows
    assert all(r.hedged for r in windows)
