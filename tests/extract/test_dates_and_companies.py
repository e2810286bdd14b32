"""Dates read the way the verb says (a past start, a past release), windows with their year,
and credits that name companies or other works rather than people."""

from __future__ import annotations

import datetime as dt

from tests.extract.helpers import credits, facts
from tests.extract.test_release import kinds


def test_a_weekday_and_day_after_a_past_start_is_the_last_such_day() -> None:
    found = kinds(
        "Cameras began rolling on Thursday the 4th on Ferry Lane, a new comedy.",
        date="2026-06-09",
    )
    assert found == [("filming_started", dt.date(2026, 6, 4))]


def test_a_window_after_two_channels_joined_by_and_is_the_release() -> None:
    found = kinds(
        "The drama will debut on RTÉ One and RTÉ Player next autumn.",
        date="2025-12-10",
    )
    assert found == [("window", "2026-09/2026-11")]


def test_on_location_in_a_places_district_is_no_other_work() -> None:
    found = kinds(
        "The series shoots on location in Cardiff’s Butetown until March, and will launch "
        "on S4C next summer.",
        date="2025-12-01",
    )
    assert ("window", "2026-06/2026-08") in found


def test_an_all_capitals_headline_still_names_the_articles_work() -> None:
    found = facts(
        "Filming began on Monday.",
        "The second series of Gannet Bay will stream next summer.",
        date="2025-10-02",
        title="SECOND SERIES OF GANNET BAY STARTS FILMING",
    )
    assert [r.window for r in found.release if r.window] == ["2026-06/2026-08"]


def test_a_film_that_premiered_months_ago_keeps_its_past_date() -> None:
    found = kinds(
        "The musical film, which premiered on Apple TV+ on 14 February, leads the nominations.",
        date="2026-10-01",
    )
    assert found == [("premiere_date", dt.date(2026, 2, 14))]


def test_a_season_of_a_past_year_is_no_window() -> None:
    found = kinds(
        "When she arrived in Hull, in the spring of 2021, she joined a band.",
        date="2026-04-01",
    )
    assert found == []


def test_a_company_is_never_crew() -> None:
    found = facts(
        "Lowland is produced by Saltreed Films, with Ines Kerr serving as producer.",
        "It is produced by Ola Berg for Fjord Pictures and NRK Drama.",
    )
    assert credits(found) == {("producer", "Ines Kerr"), ("producer", "Ola Berg")}


def test_a_writers_other_works_in_brackets_are_not_crew() -> None:
    found = facts("Lowland is written by Cait Morrow (Salt Flats, Dry Dock) for the BBC.")
    assert credits(found) == {("writer", "Cait Morrow")}


def test_roles_in_brackets_after_names_are_credits() -> None:
    found = facts(
        "Crew: Petra Lind (director), Omar Vale (writer + EP), Sun Ho (music).",
        "Ada Brook (Nick) and Leo Marsh (Still Waters) were on set.",
    )
    assert credits(found) == {
        ("director", "Petra Lind"),
        ("writer", "Omar Vale"),
        ("executive_producer", "Omar Vale"),
        ("composer", "Sun Ho"),
    }


def test_award_categories_credit_the_articles_own_works_crew() -> None:
    found = facts(
        "The Harbour Lights film leads the Copperfield Prizes with nine nominations.",
        "Best Direction",
        "Priya Anand – Harbour Lights",
        "Osman Keller – Grey Orchard",
        "Best Original Score",
        "Wim Sato – Harbour Lights",
        "Hana Roe – Grey Orchard",
        "Osman Keller – Grey Orchard",
        title="Harbour Lights Leads the Copperfield Prizes",
    )
    assert credits(found) == {("director", "Priya Anand"), ("composer", "Wim Sato")}


def test_a_reference_number_after_a_stop_ends_the_sentence() -> None:
    found = facts(
        "Lowland is a 2026 drama film.",
        "It is her first feature since the short film Salt Line (2021).[3] The film is produced "
        "by Ines Kerr for "
        "Saltreed Films, with the BFI's Tom Aske serving as executive producer.",
    )
    assert credits(found) == {("producer", "Ines Kerr"), ("executive_producer", "Tom Aske")}


def test_dates_in_translated_copy() -> None:
    found = kinds(
        "The film will arrive on the platform the next 12 of April of 2027 in 190 countries.",
        "The shoot finished the past 3 of October.",
        date="2026-11-02",
    )
    assert ("premiere_date", dt.date(2027, 4, 12)) in found
    assert ("filming_wrapped", dt.date(2026, 10, 3)) in found


def test_a_release_some_days_later_than_a_dated_premiere() -> None:
    found = kinds(
        "The film has its gala premiere in Paris on May 2 and streams on Netflix four days later.",
        date="2026-03-01",
    )
    assert ("premiere_date", dt.date(2026, 5, 6)) in found


def test_a_launch_window_is_a_release_window() -> None:
    found = kinds(
        "The channel has not dated the drama, but sources say it is eyeing a late 2027 launch.",
        date="2026-05-01",
    )
    assert ("window", "2027-09/2027-12") in found


def test_filming_that_begins_next_month_is_planned() -> None:
    found = kinds("Filming begins next month in Cork and Galway.", date="2026-04-10")
    assert found == [("filming_planned", "2026-05")]


def test_a_month_away_is_no_release_window() -> None:
    found = kinds("Sales launch at the Berlin market next month.", date="2026-01-10")
    assert found == []


def test_a_sentence_carrying_on_from_another_works_is_that_works() -> None:
    found = kinds(
        "Lea Roth has been cast in the Danish thriller Kold Vand for DR. Filming starts in "
        "Aarhus next month.",
        date="2026-01-10",
    )
    assert found == []


def test_a_release_date_label_saying_not_announced() -> None:
    assert kinds("Release date: NOT announced. Ignore the rumours.") == [("not_announced", None)]


def test_a_credits_list_with_two_companies() -> None:
    found = facts(
        "Exec producers are Lund, Berg and Ola Vik for Nordlys Film, and Ama Reid for "
        "Leeds-based Kite Pictures.",
        "Per Lund and Eva Berg created the drama.",
    )
    assert ("executive_producer", "Ama Reid") in credits(found)
    assert ("executive_producer", "Ola Vik") in credits(found)


def test_a_script_of_the_author_in_translated_copy() -> None:
    found = facts("The film, directed by Ivo Marsh with a script of the own Lena Kross, opens.")
    assert credits(found) == {("director", "Ivo Marsh"), ("writer", "Lena Kross")}
