"""Release and shoot statements in plain trade phrasing, on invented text: an offset counted to
"it's released" after a premiere's date, and a premiere's own date glossed by an offset (never
moved by it); a distributor that "will release" the film in cinemas on a day with no "on"; a
shoot that "goes before cameras"; a release slot the studio is eyeing; a film that has not been
dated, or has no specific day yet; our film as the subject of a move ("is moving from ... to
..."), also with a forum post's markdown emphasis round the new date."""

from __future__ import annotations

from tests.extract.helpers import release_kinds

_TITLE = "Harbour Lights sets its date"


def _kinds(*paragraphs: str, date: str = "2026-02-10") -> set[tuple[str, str, bool]]:
    return release_kinds(*paragraphs, date=date, title=_TITLE)


def test_an_offset_to_its_release_counts_forward_from_the_premiere() -> None:
    kinds = _kinds(
        "Harbour Lights will have its gala premiere in Leeds on April 4, five days before it’s "
        "released nationwide.",
    )
    assert ("premiere_date", "2026-04-09", False) in kinds
    assert ("premiere_date", "2026-03-30", False) not in kinds
    kinds = _kinds(
        "The drama holds its world premiere in Cardiff on 20 April, two days before it's out "
        "on the streamer.",
    )
    assert ("premiere_date", "2026-04-22", False) in kinds
    assert ("premiere_date", "2026-04-18", False) not in kinds


def test_a_premieres_date_glossed_by_an_offset_is_not_moved_by_it() -> None:
    kinds = _kinds(
        "Harbour Lights premieres at the Odeon on May 2, three days before the festival closes.",
    )
    assert ("premiere_date", "2026-04-29", False) not in kinds


def test_a_distributor_will_release_the_film_in_cinemas_on_a_day() -> None:
    kinds = _kinds("Bleecker Street will release “Harbour Lights” in theaters Oct. 9.")
    assert ("premiere_date", "2026-10-09", False) in kinds
    kinds = _kinds("Curzon will release the film in UK cinemas 16 October, the company said.")
    assert ("premiere_date", "2026-10-16", False) in kinds


def test_a_shoot_that_goes_before_cameras_is_planned() -> None:
    kinds = _kinds("Harbour Lights, which stars Pia Lund, goes before cameras in Hull this autumn.")
    assert ("filming_planned", "2026-09/2026-11", False) in kinds
    kinds = _kinds("The film will go before the cameras on March 30.")
    assert ("filming_planned", "2026-03-30", False) in kinds


def test_a_release_slot_the_studio_is_eyeing_is_a_hedged_window() -> None:
    kinds = _kinds("Insiders say the studio is eyeing a slot in late 2027.")
    assert any(k[0] == "window" and k[1].startswith("2027-") and k[2] for k in kinds)
    kinds = _kinds("The streamer is targeting a release window in spring 2027.")
    assert any(k[0] == "window" and k[1].startswith("2027") and k[2] for k in kinds)


def test_an_undated_film_or_no_specific_day_is_not_announced() -> None:
    assert ("not_announced", "", False) in _kinds(
        "The movie, which hasn't yet been dated, reunites the pair."
    )
    assert ("not_announced", "", False) in _kinds("The series is still to be dated.")
    kinds = _kinds("Harbour Lights arrives in June 2026, though there is no exact day yet.")
    assert ("not_announced", "", False) in kinds
    assert ("window", "2026-06", False) in kinds


def test_a_film_dated_is_not_unannounced() -> None:
    kinds = _kinds("The series has been dated for 3 June.")
    assert ("not_announced", "", False) not in kinds


def test_our_film_moving_from_one_date_to_another_takes_the_new_one() -> None:
    kinds = _kinds("Harbour Lights is moving from June 5 to July 17.")
    assert ("premiere_date", "2026-07-17", False) in kinds
    assert ("premiere_date", "2026-06-05", False) not in kinds
    kinds = _kinds("Mods: the film has been pushed from 5 June to **Friday, 17 July**. Sorry all.")
    assert ("premiere_date", "2026-07-17", False) in kinds


def test_someone_elses_move_dates_nothing() -> None:
    kinds = _kinds("Pia Lund is moving from June 5 to July 17 for the tour.")
    assert not any(k[0] == "premiere_date" for k in kinds)
    kinds = _kinds("The Leeds gala premiere is moving from June 5 to July 17.")
    assert not any(k[0] == "premiere_date" for k in kinds)


def test_a_film_expected_past_a_relative_clause_is_a_hedged_window() -> None:
    kinds = _kinds("The film, which has yet to be dated, is expected on Netflix next year.")
    assert ("window", "2027", True) in kinds
    kinds = _kinds("The series, which stars Pia Lund, is now expected in autumn 2026.")
    assert ("window", "2026-09/2026-11", True) in kinds


def test_another_or_someones_next_film_expected_dates_nothing() -> None:
    assert not _kinds("Another film, which Pia Lund directed, is expected in 2027.")
    assert not _kinds("Her next film is expected in 2027.")


def test_a_written_weekday_picks_the_year_it_falls_in() -> None:
    # 14 August 2026 is a Friday; 14 August 2025 was a Thursday.
    kinds = _kinds("Harbour Lights premieres Friday 14 August on Lumen.", date="2025-09-20")
    assert ("premiere_date", "2026-08-14", False) in kinds
    kinds = _kinds("The drama lands on Thursday, August 14.", date="2025-09-20")
    assert not any(k[1] == "2026-08-14" for k in kinds)


def test_a_release_denied_until_a_time_comes_out_then() -> None:
    kinds = _kinds("Harbour Lights will not now be released until 2027, the studio said.")
    assert ("window", "2027", False) in kinds
    kinds = _kinds("The drama won't land on the streamer until 2027.")
    assert ("window", "2027", False) in kinds


def test_until_without_a_denial_dates_nothing() -> None:
    assert not any(k[0] == "window" for k in _kinds("The film will stream on Lumen until 2028."))
    assert not _kinds("Filming won't wrap until March.")


def test_a_clock_time_with_its_zone_ends_no_sentence() -> None:
    kinds = _kinds("Harbour Lights streams on Lumen at 3 a.m. ET on Friday, March 13.")
    assert ("premiere_date", "2026-03-13", False) in kinds
    kinds = _kinds("The drama lands at 8 p.m. GMT on 20 March, the broadcaster said.")
    assert ("premiere_date", "2026-03-20", False) in kinds
