"""Release, title and production milestones, on invented sentences."""

from __future__ import annotations

import datetime as dt

from bot.facts import ReleaseKind
from tests.extract.helpers import facts


def kinds(
    *paragraphs: str, date: str = "2025-09-18", title: str | None = None
) -> list[tuple[str, object]]:
    found = facts(*paragraphs, date=date, title=title)
    return [
        (r.kind.value, r.title or r.window or r.date or (True if r.hedged else None))
        for r in found.release
    ]


def test_not_announced_phrasings() -> None:
    for sentence in (
        "We don't have a release date yet.",
        "The studio has not yet said when the film will be released.",
        "The studio has yet to attach even a rough release window to the project.",
        "There's still no release date.",
        "An exact date has yet to be confirmed.",
        "A release date for the film has not been announced.",
    ):
        assert kinds(sentence) == [("not_announced", None)], sentence


def test_full_cast_yet_to_be_announced_is_not_a_release_statement() -> None:
    assert kinds("The full cast is yet to be announced.") == []


def test_windows_relative_to_the_article_date() -> None:
    assert kinds("The film will land on the service this winter.") == [
        ("window", "2025-12/2026-02")
    ]
    assert kinds("The film is expected to arrive in early 2026.") == [("window", "2026-01/2026-04")]
    assert kinds("The film will be released in 2027.") == [("window", "2027")]
    assert kinds("The film will arrive this winter.", date="2026-01-10") == [
        ("window", "2025-12/2026-02")
    ]


def test_hoping_makes_a_window_hedged() -> None:
    found = facts("We're hoping to see it on the service in 2026!")
    assert [(r.window, r.hedged) for r in found.release] == [("2026", True)]


def test_filming_plans_and_milestones() -> None:
    assert kinds("The movie is filming this summer.", date="2025-04-01") == [
        ("filming_planned", "2025-06/2025-08")
    ]
    assert kinds("Production is due to start this summer!", date="2025-04-01") == [
        ("filming_planned", "2025-06/2025-08")
    ]
    assert kinds("Principal photography began on Monday 2 June 2025.", date="2025-06-03") == [
        ("filming_started", dt.date(2025, 6, 2))
    ]
    assert kinds("Filming on the movie came to an end on Friday 22 August.", date="2025-08-26") == [
        ("filming_wrapped", dt.date(2025, 8, 22))
    ]


def test_schedule_without_a_date_is_not_a_wrap() -> None:
    assert kinds("Filming is scheduled to continue until late August.") == []


def test_premiere_dates_and_year_inference() -> None:
    assert kinds("The film will premiere on Friday 13 February 2026.") == [
        ("premiere_date", dt.date(2026, 2, 13))
    ]
    assert kinds("It is set to premiere on 3 March.", date="2025-11-20") == [
        ("premiere_date", dt.date(2026, 3, 3))
    ]


def test_moved_date_keeps_only_the_new_one() -> None:
    assert kinds(
        "The film, which had been due to arrive on 13 February, will now premiere on "
        "February 27, 2026.",
        date="2026-01-22",
    ) == [("premiere_date", dt.date(2026, 2, 27))]


def test_distractor_dates_are_ignored() -> None:
    assert (
        kinds(
            "The studio announced on April 22 that the show was ending.",
            "The coastal drama Saltwind will return for its second season on 16 January 2026.",
            "The crime series Hollow Point will premiere on 2 February 2026.",
            "The author will appear at the Leeds Book Festival on Saturday 6 December 2025.",
            "Fan theories had ranged from a Boxing Day drop to a spring launch in April.",
            "The studio had previously committed only to a winter release.",
            "A full trailer will follow in the new year.",
            "The trailer will drop on 5 January.",
        )
        == []
    )


def test_title_reveal_but_not_headline() -> None:
    found = facts(
        "The movie finally has a name: Paper Lanterns.",
        "The studio unveiled the official title on Thursday.",
        title="Everything We Know About The 'Lantern' Movie",
    )
    assert [(r.kind, r.title) for r in found.release] == [(ReleaseKind.TITLE, "Paper Lanterns")]


def test_festival_world_premiere_gala_and_red_carpet_dates_are_events() -> None:
    assert kinds(
        "The film will have its world premiere at the Harbour Festival on 4 October.",
        "The opening gala on Wednesday 8 October is sold out.",
        "It opens in cinemas on Friday 24 October.",
        date="2025-09-01",
    ) == [("premiere_date", dt.date(2025, 10, 24))]


def test_dates_straight_after_the_verb() -> None:
    assert kinds(
        "Filming began June 16 and runs into September.",
        "The film hits US theaters April 10 via Northgate.",
        date="2025-07-01",
    ) == [("filming_started", dt.date(2025, 6, 16)), ("premiere_date", dt.date(2026, 4, 10))]


def test_days_named_from_the_article_date() -> None:
    assert kinds("Filming wrapped yesterday after a long shoot.", date="2025-09-06") == [
        ("filming_wrapped", dt.date(2025, 9, 5))
    ]
    assert kinds("The film is on Lumen from Friday.", date="2026-05-06") == [
        ("premiere_date", dt.date(2026, 5, 8))
    ]


def test_an_offset_from_an_event_dated_in_the_sentence() -> None:
    assert kinds(
        "The cast walked the red carpet tonight, two days before it lands on Lumen.",
        date="2026-05-06",
    ) == [("premiere_date", dt.date(2026, 5, 8))]


def test_titles_with_a_subtitle_and_a_new_name() -> None:
    assert kinds("The sequel will now be called Paper Lanterns: The Long Night.") == [
        ("title", "Paper Lanterns: The Long Night")
    ]
    assert kinds(
        "In Lanterns: The Long Night, which opens on 3 March, Ada goes home.",
        "Lanterns: The Long Night is the last film.",
        date="2025-11-20",
    ) == [
        ("title", "Lanterns: The Long Night"),
        ("premiere_date", dt.date(2026, 3, 3)),
    ]


def test_not_dated_and_a_hedged_plan() -> None:
    assert kinds("The studio has not dated the film.") == [("not_announced", None)]
    found = facts(
        "Sources say cameras are expected to roll in mid-June.", date="2025-05-01"
    ).release
    assert [(r.kind.value, r.window, r.hedged) for r in found] == [
        ("filming_planned", "2025-06", True)
    ]
    found = facts("The distributor is planning a UK release for the summer.", date="2026-01-27")
    assert [(r.window, r.hedged) for r in found.release] == [("2026-06/2026-08", True)]


def test_another_series_the_sentence_points_back_to_is_ignored() -> None:
    assert (
        kinds(
            "She leads that series as a smuggler; it starts filming on Aug. 4 and is slated to "
            "debut in 2026.",
            date="2025-07-22",
        )
        == []
    )


def test_a_moved_date_keeps_the_new_one() -> None:
    assert kinds(
        "Lumen moved the release of the film from 23 April to Thursday 7 May.", date="2026-03-03"
    ) == [("premiere_date", dt.date(2026, 5, 7))]


def test_filming_months_and_a_filming_span() -> None:
    assert kinds("The film wrapped filming in September.", date="2025-12-09") == [
        ("filming_wrapped", "2025-09")
    ]
    assert kinds(
        "Filming took place in Leeds between July and September last year.", date="2026-03-03"
    ) == [("filming_started", "2025-07"), ("filming_wrapped", "2025-09")]


def test_later_this_year_and_due_next_year() -> None:
    assert kinds("It will air on Lumen later this year.", date="2026-02-11") == [("window", "2026")]
    assert kinds("The film is due on Lumen next year.", date="2025-08-14") == [("window", "2026")]


def test_a_season_of_the_articles_own_show_is_its_release() -> None:
    assert kinds(
        "The Iron Crown season 2 panel was packed.",
        "The creator confirmed that The Iron Crown season 2 premieres Sunday, October 18 on Lumen.",
        "Full recap post coming tonight.",
        date="2026-07-25",
    ) == [("premiere_date", dt.date(2026, 10, 18))]


def test_a_sentence_about_a_quoted_other_work_is_ignored() -> None:
    assert (
        kinds(
            "The director's last film, “The Salt Year,” played in Berlin.",
            "“The Salt Year” opens in Polish cinemas on Nov. 7.",
            date="2025-10-15",
        )
        == []
    )


def test_a_revealed_title_after_a_colon() -> None:
    assert kinds(
        "Lumen today revealed the title of the final chapter of Lanterns: Lanterns Forever will "
        "premiere on 23 April 2026.",
        date="2025-11-13",
    ) == [("title", "Lanterns Forever"), ("premiere_date", dt.date(2026, 4, 23))]


def test_set_to_kick_off() -> None:
    assert kinds("Production is set to kick off in late February.", date="2025-10-15") == [
        ("filming_planned", "2026-02")
    ]


def hedging(*paragraphs: str, date: str = "2025-09-18") -> list[tuple[str, object, bool]]:
    found = facts(*paragraphs, date=date)
    return [(r.kind.value, r.window or r.date, r.hedged) for r in found.release]


def test_an_expectation_or_a_target_is_hedged() -> None:
    assert hedging("Nobody has dated it, though the film is expected to arrive in 2026.") == [
        ("window", "2026", True)
    ]
    assert hedging("Cameras roll in March, with the distributor eyeing a 2027 release.") == [
        ("window", "2027", True)
    ]


def test_a_casting_call_earlier_this_year_is_no_window() -> None:
    assert kinds("She was picked from an open call run by the studio earlier this year.") == []


def test_under_way_since_a_date_is_when_filming_began() -> None:
    assert kinds("Filming has been under way in Bristol since 2 June.", date="2025-07-01") == [
        ("filming_started", dt.date(2025, 6, 2))
    ]


def test_another_shows_next_series_is_not_our_filming_plan() -> None:
    assert (
        kinds(
            "Her other show was renewed for a third series, which is due to start filming "
            "next spring."
        )
        == []
    )


def test_series_one_of_a_show_is_a_past_release_of_another_run() -> None:
    assert kinds("Series one of Dune Rats premiered in March 2025 to strong reviews.") == []


def test_a_world_premiere_in_the_past_is_an_event() -> None:
    assert kinds(
        "The film world premiered at Sundance on January 23 and hits US theaters April 10.",
        date="2026-02-02",
    ) == [("premiere_date", dt.date(2026, 4, 10))]


def test_an_offset_after_the_stated_date_dates_the_other_event() -> None:
    assert kinds(
        "The film premieres February 27 on Lumen, three days after its world premiere in Oslo.",
        date="2026-02-10",
    ) == [("premiere_date", dt.date(2026, 2, 27))]


def test_tonight_after_a_dash_is_not_the_release() -> None:
    assert kinds(
        "The film premieres on Lumen on Friday 27 February – tonight is its first screening.",
        date="2026-02-24",
    ) == [("premiere_date", dt.date(2026, 2, 27))]


def test_when_a_date_was_moved_is_not_the_new_date() -> None:
    assert kinds(
        "Lumen, which moved the release back in January to finish the effects, says the film "
        "is now out on 27 February.",
        date="2026-02-01",
    ) == [("premiere_date", dt.date(2026, 2, 27))]


def test_a_companion_documentary_is_another_work() -> None:
    assert (
        kinds(
            "Lumen has also confirmed a behind-the-scenes documentary, "
            "Glass Harbour: Making Waves, "
            "which will arrive on the platform on 20 March.",
            date="2026-03-01",
        )
        == []
    )


def test_going_out_under_a_new_title() -> None:
    assert kinds(
        "The project was developed under the working title “Fenwick” and will now go out as "
        "“Salt Lines.”"
    ) == [("title", "Salt Lines")]


def test_a_weekday_before_a_name_is_no_date() -> None:
    assert kinds("The studio confirmed today that cameras are rolling on Sunday Best.") == [
        ("filming_started", None)
    ]


def test_a_date_still_to_be_announced() -> None:
    assert kinds("The series will arrive later, with an exact date still to be announced.") == [
        ("not_announced", None)
    ]


def test_a_past_release_on_a_weekday_glossed_with_its_date() -> None:
    assert kinds("Glass Harbour landed on Lumen on Friday (27 February).", date="2026-03-01") == [
        ("premiere_date", dt.date(2026, 2, 27))
    ]


def test_a_series_of_the_show_in_the_headline_is_ours() -> None:
    found = facts(
        "Filming on the second series of Brackwater concluded on Friday after a 61-day shoot.",
        date="2026-02-11",
        title="Brackwater wraps second series",
    )
    assert [(r.kind.value, r.date) for r in found.release] == [
        ("filming_wrapped", dt.date(2026, 2, 6))
    ]
    other = facts(
        "Filming on the second series of Brackwater concluded on Friday after a 61-day shoot.",
        date="2026-02-11",
        title="Lumen dates its new thriller",
    )
    assert other.release == ()


def test_a_dated_filming_plan_and_a_hoped_release() -> None:
    assert hedging(
        "Salt Flats is scheduled to begin principal photography March 3 and wrap April 10.",
        "The team hopes to finish the film in time for the fall festival circuit, with a "
        "theatrical release to follow in 2027.",
        date="2026-02-20",
    ) == [("filming_planned", dt.date(2026, 3, 3), False), ("window", "2027", True)]


def test_one_locations_wrap_is_not_the_shoots() -> None:
    assert (
        kinds(
            "Filming in Broadstairs wrapped on Wednesday and the production has moved to Surrey.",
            date="2025-07-24",
        )
        == []
    )


def test_a_window_long_past_is_history() -> None:
    assert (
        kinds(
            "The show launched on the platform in April 2022 and ran for three series.",
            date="2025-06-11",
        )
        == []
    )


def test_a_bare_weekday_after_began() -> None:
    assert kinds("Production began Monday in Belfast.", date="2025-09-30") == [
        ("filming_started", dt.date(2025, 9, 29))
    ]


def test_a_quoted_time_after_a_release_verb() -> None:
    assert kinds("Lumen's site has finally said it: Salt Flats will arrive “next spring”.") == [
        ("window", "2026-03/2026-05")
    ]


def test_there_is_not_one_under_a_release_date_heading() -> None:
    assert kinds("**Release date**", "There isn't one. Anyone posting a date is guessing.") == [
        ("not_announced", None)
    ]
    assert kinds("**Filming**", "There isn't one.") == []


def test_a_distributors_name_counts_as_one_word() -> None:
    assert kinds(
        "SALT FLATS will be released in UK and Irish cinemas by Vertigo Film Releasing in "
        "autumn 2026.",
        date="2025-11-14",
    ) == [("window", "2026-09/2026-11")]


def test_another_films_sections_and_a_movie_called_x() -> None:
    assert kinds(
        "Here are the highlights.",
        "Opening night: The Vistula Girls",
        "The film opens in UK cinemas on 8 May.",
        "Closing night: Glass Harbour",
        "Glass Harbour arrives on Lumen on 17 April.",
        date="2026-02-24",
        title="Flare 2026: Glass Harbour farewell among festival highlights",
    ) == [("premiere_date", dt.date(2026, 4, 17))]
    assert (
        kinds(
            "I'm playing a babysitter in a horror movie called Pale Hours, which comes out in "
            "October.",
            date="2026-04-10",
        )
        == []
    )


def test_a_headline_of_guesses_holds_its_dates() -> None:
    found = facts(
        "It drops on Valentine's Day. Picture it: a premiere on 14 February 2026.",
        "Netflix has not announced a release date.",
        title="7 Wild Guesses About The Glass Harbour Movie",
    )
    assert [r.kind.value for r in found.served().release] == ["not_announced"]


def test_a_full_title_with_a_colon_and_its_release_day() -> None:
    found = facts(
        "Wrobel is ten weeks into the final cut of Glass Harbour: Every Tide, the film that "
        "closes the story. Glass Harbour: Every Tide is on Lumen from 24 April.",
        date="2026-02-08",
    )
    assert [(r.kind.value, r.served) for r in found.release if r.title] == [("title", True)]
    assert kinds("In December the film got its title, Glass Harbour: Every Tide.") == [
        ("title", "Glass Harbour: Every Tide")
    ]


def test_dates_of_an_earlier_season_beside_dates_of_ours() -> None:
    assert (
        kinds(
            "When Glass Harbour arrived on Lumen on 22 April 2022, nobody knew its cast.",
            date="2026-04-01",
        )
        == []
    )
    assert kinds(
        "Brackwater series two begins on BBC One on Sunday 14 June.",
        date="2026-05-30",
        title="Ximena Olav on scoring Brackwater",
    ) == [("premiere_date", dt.date(2026, 6, 14))]
    assert kinds("Production got underway Monday, July 7, in Kent.", date="2025-07-08") == [
        ("filming_started", dt.date(2025, 7, 7))
    ]
    assert (
        kinds(
            "Lumen says more than 1,200 fans applied for the wristbands handed out this morning.",
            date="2026-03-19",
        )
        == []
    )
    assert (
        kinds(
            "I'm casting Hollis Avery's Harbor Lights, which starts shooting in Savannah in "
            "October.",
            date="2026-07-14",
        )
        == []
    )


def test_an_answer_under_a_release_question_is_the_window() -> None:
    assert kinds(
        "When is Glass Harbour season 2 out?", "Not until early 2027.", date="2026-09-02"
    ) == [("window", "2027-01/2027-04")]
