"""Release statements in shapes other outlets use, on invented text: the day news was given is
not the release, a premiere at a named festival is an event, a hyphened "coming-of-age" is no
release verb, a part of a year named from today narrows it, and a plan or a likelihood after
the time is a hedge."""

from __future__ import annotations

from tests.extract.helpers import release_kinds, served_releases


def test_the_day_the_news_was_given_is_not_a_release_date() -> None:
    for text in (
        "Mara Quist will star in the coming-of-age drama Copper Bay, the studio announced on "
        "Thursday.",
        "Devi Olsen joins the cast of the film, which arrives on Prime, the streamer confirmed "
        "on 9 October.",
    ):
        assert not [r for r in served_releases(text) if r.kind.value == "premiere_date"], text


def test_a_premiere_at_a_named_festival_is_an_event() -> None:
    for text in (
        "Copper Bay, which premiered at the Lakeshore Film Festival on Sunday night, is a "
        "quiet triumph.",
        "The drama debuts at Westvale in November before it reaches cinemas.",
    ):
        kinds = {k for k, _, _ in release_kinds(text)}
        assert "premiere_date" not in kinds and "window" not in kinds, text


def test_a_part_of_next_year_narrows_the_window() -> None:
    for text, window in (
        ("A US release through Halden is planned for early next year.", "2026-01/2026-04"),
        ("The series will arrive on ITV in the second half of next year.", "2026-07/2026-12"),
        ("It will land on Netflix in the first few months of next year.", "2026-01/2026-04"),
        ("The drama arrives in cinemas in the last few months of 2027.", "2027-09/2027-12"),
    ):
        assert any(w == window for _, w, _ in release_kinds("Copper Bay is back.", text)), text


def test_a_release_planned_for_a_time_is_hedged() -> None:
    for text in (
        "A cinema release is planned for early next year.",
        "Its launches on the streamer are planned for spring 2026.",
    ):
        windows = [
            r for r in served_releases("Copper Bay is back.", text) if r.kind.value == "window"
        ]
        assert all(r.hedged for r in windows), text


def test_a_time_called_most_likely_after_it_is_hedged() -> None:
    for text in (
        "The BBC has not dated it, though we understand a release in 2026 is most likely.",
        "No date is set; a launch in autumn 2026 looks likely.",
    ):
        windows = [
            r for r in served_releases("Copper Bay is back.", text) if r.kind.value == "window"
        ]
        assert windows, text
        assert all(r.hedged for r in windows), text


def test_a_date_after_a_sentence_about_another_work_is_that_works() -> None:
    for text in (
        "Also, Ravi is in the BBC heist film Low Tide as well. That comes out 4 December, so "
        "please keep it to the other thread.",
        "Mina turns up in the horror film The Quiet Room too. This lands on 20 November.",
    ):
        assert not [r for r in served_releases("Copper Bay is back.", text)
                    if r.kind.value in {"premiere_date", "window"}], text  # fmt: skip


def test_a_show_that_will_be_back_then_is_a_window() -> None:
    for text, window in (
        ("ITV has only said the show will be back next year.", "2026"),
        ("The broadcaster says the series is set to be back in spring 2026.", "2026-03/2026-05"),
    ):
        assert ("window", window, False) in release_kinds("Copper Bay is back.", text), text


def test_an_actor_back_on_set_is_no_release() -> None:
    kinds = release_kinds("Copper Bay is back.", "The drama will be back on set in March.")
    assert not any(k == "window" for k, _, _ in kinds)


def test_a_company_s_other_title_in_apposition_is_not_the_film() -> None:
    for text in (
        "Halden Film is a Bergen-based studio. Its most recent title, Brine, opens in Nordic "
        "cinemas on 14 November 2025.",
        "The producer's latest feature, Low Tide, lands on Netflix on 2 December.",
    ):
        assert not [r for r in served_releases("Copper Bay is back.", text)
                    if r.kind.value in {"premiere_date", "window"}], text  # fmt: skip


def test_a_month_after_a_time_of_day_is_an_anecdote() -> None:
    for text in (
        "QUIST: Our DP had us out on the lake at five in the morning in November for the pick-ups.",
        "OLSEN: We were out on the cliffs of Rona at dawn in January, and it was freezing.",
    ):
        assert not [r for r in served_releases("Copper Bay is back.", text)
                    if r.kind.value == "window"], text  # fmt: skip


def test_a_planned_season_beside_a_month_inside_it_gives_way() -> None:
    for text, date, month in (
        ("Copper Bay is due to start shooting in Fife this summer. Filming is due to begin in "
         "July and will last eight weeks.", "2026-03-02", "2026-07"),
        ("The sequel will start filming next year, the studio said. Filming is set to begin in "
         "March in Leith.", "2025-11-02", "2026-03"),
    ):  # fmt: skip
        plans = {w for k, w, _ in release_kinds(text, date=date) if k == "filming_planned"}
        assert plans == {month}, text


def test_a_window_around_a_sure_release_date_gives_way() -> None:
    for first, second in (
        ("Copper Bay is out on ITV on 3 April 2026.", "The drama comes out next year."),
        ("Copper Bay premieres on Channel 4 on 12 March.", "It arrives in spring 2026."),
    ):
        kinds = release_kinds("Copper Bay is back.", first, second, date="2025-11-02")
        assert not [w for k, w, _ in kinds if k == "window"], (first, second)
        assert [w for k, w, _ in kinds if k == "premiere_date"], (first, second)


def test_a_time_the_makers_have_previously_said_still_stands() -> None:
    for text in (
        "ITV has not yet dated it, though the broadcaster has previously said the drama will "
        "arrive in 2026.",
        "No date yet, but Apple has previously confirmed the series will land in spring 2026.",
    ):
        assert any(k == "window" for k, _, _ in release_kinds("Copper Bay is back.", text)), text


def test_a_time_that_had_been_given_before_is_still_history() -> None:
    for text in (
        "The drama had previously been due to arrive in 2025.",
        "The studio previously said it would land in spring 2025, before the strike.",
    ):
        assert not any(
            k == "window" and w.startswith("2025") for k, w, _ in release_kinds("Copper Bay.", text)
        ), text


def test_a_quoted_time_with_a_comment_after_it_is_the_release_s() -> None:
    for text in (
        "Ada Brook told a crowd at the Leeds Book Festival last week that she hoped it would "
        "be out “some time in 2026, if the edit behaves”, which is something.",
        "The director said she hoped it would arrive “in spring 2026, all being well”.",
    ):
        windows = [
            r for r in served_releases("Copper Bay is back.", text) if r.kind.value == "window"
        ]
        assert windows and all(r.hedged for r in windows), text


def test_sources_telling_a_time_keep_it_hedged() -> None:
    kinds = release_kinds("Copper Bay is back.",
                   "Insiders told Deadline that filming will begin in Fife in March.")  # fmt: skip
    assert kinds and all(hedged for k, _, hedged in kinds if k == "filming_planned")


def test_a_time_previously_said_in_the_past_of_the_future_is_history() -> None:
    for text in (
        "Apple has previously said the series would arrive in 2026, but it has slipped.",
        "The studio has previously confirmed it would land in spring 2026; that is now unlikely.",
    ):
        kinds = release_kinds("Copper Bay is back.", text)
        assert not any(k == "window" and not hedged for k, _, hedged in kinds), text


def test_a_premiere_at_christmas_is_still_the_release() -> None:
    kinds = release_kinds(
        "Copper Bay is back.", "The finale premieres at Christmas on 25 December."
    )
    assert ("premiere_date", "2025-12-25", False) in kinds


def test_a_time_an_outlet_understands_is_hedged() -> None:
    for text, kind in (
        ("Deadline understands the drama will arrive on ITV in spring 2026.", "window"),
        ("It is understood that filming will begin in Fife in March.", "filming_planned"),
    ):
        found = [r for r in served_releases("Copper Bay is back.", text) if r.kind.value == kind]
        assert found and all(r.hedged for r in found), text


def test_a_time_told_before_is_still_history() -> None:
    for text in (
        "Apple had previously told fans that the series will arrive in 2025.",
        "ITV had originally told advertisers that the drama would land in spring 2025.",
    ):
        kinds = release_kinds("Copper Bay is back.", text, date="2024-10-14")
        assert not any(k == "window" for k, _, _ in kinds), text
