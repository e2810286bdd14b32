"""A relative day glossed by its written date, and a broadcaster's quoted predicate, on invented
text: "wrapped last night, Friday 14 March" dates the wrap on the written day (the relative word
stands between the verb and its date); "said the series “will premiere on Channel 9 in the
spring of 2027”" gives the window, as the same words unquoted do, however long the quote;
"Since Monday 3 March, a crew has been filming" starts the shoot on that day; "will be on
screens next year" is a window, hedged when someone only believes or reckons it."""

from __future__ import annotations

from tests.extract.helpers import release_dates

_TITLE = "Tin Lantern: the latest from the set"


def _kinds(*paragraphs: str, date: str = "2025-03-15") -> set[tuple[str, str, bool]]:
    return release_dates(*paragraphs, date=date, title=_TITLE)


def test_a_wrap_last_night_glossed_by_its_date() -> None:
    kinds = _kinds(
        "Filming on the Tin Lantern movie officially wrapped last night, Friday 14 March."
    )
    assert kinds == {("filming_wrapped", "2025-03-14", False)}


def test_a_start_yesterday_glossed_by_its_date() -> None:
    kinds = _kinds(
        "Tin Lantern began shooting in Hull yesterday, Friday 14 March, the studio said."
    )
    assert kinds == {("filming_started", "2025-03-14", False)}


def test_a_wrap_this_morning_glossed_by_its_date() -> None:
    kinds = _kinds("Production on Tin Lantern finished this morning, Saturday 15 March.")
    assert kinds == {("filming_wrapped", "2025-03-15", False)}


def test_an_announcement_yesterday_glossed_by_its_date_is_no_fact() -> None:
    kinds = _kinds("The cast of Tin Lantern was announced yesterday, Friday 14 March.")
    assert kinds == set()


def test_a_quoted_predicate_with_a_channel_gives_the_window() -> None:
    kinds = _kinds(
        "Filming has ended. The broadcaster said in a statement that Tin Lantern “will premiere "
        "on Channel 9 in the spring of 2027”, with every episode online the same night."
    )
    assert ("window", "2027-03/2027-05", False) in kinds


def test_a_quoted_predicate_alone_gives_the_window() -> None:
    kinds = _kinds(
        "The network says the drama “will be broadcast on Channel 9 in the autumn of 2026”."
    )
    assert kinds == {("window", "2026-09/2026-11", False)}


def test_a_quoted_hope_about_another_shoot_gives_no_window() -> None:
    kinds = _kinds(
        "The writer said of a sequel: “I would love to come back and shoot another one in the "
        "autumn of 2027 if anyone lets us.”"
    )
    assert kinds == set()


def test_a_fronted_since_date_starts_the_shoot() -> None:
    kinds = _kinds(
        "Since Monday 3 March, a crew of sixty has been filming the drama Tin Lantern on the "
        "island, a co-production of two broadcasters."
    )
    assert kinds == {("filming_started", "2025-03-03", False)}


def test_a_fronted_since_date_with_cameras_starts_the_shoot() -> None:
    kinds = _kinds("Since 5 March, cameras have been rolling on Tin Lantern in Hull.")
    assert kinds == {("filming_started", "2025-03-05", False)}


def test_a_fronted_since_date_for_a_person_or_a_place_is_no_start() -> None:
    kinds = _kinds(
        "Since 5 March, she has been filming a thriller in Spain.",
        "Since Monday 3 March, the unit has been shooting here on the pier.",
    )
    assert kinds == set()


def test_on_screens_next_year_is_a_window() -> None:
    kinds = _kinds("The drama Tin Lantern will be on screens next year, the channel confirmed.")
    assert kinds == {("window", "2026", False)}


def test_a_belief_that_it_would_be_on_screens_is_a_hedged_window() -> None:
    kinds = _kinds(
        "Asked when fans could see it, the star said he believed it would be on screens "
        "“some time next year”.",
        "The writer reckons it will be on our screens in the spring of 2026.",
    )
    assert kinds == {("window", "2026", True), ("window", "2026-03/2026-05", True)}


def test_a_wish_to_have_it_on_screens_is_no_window() -> None:
    kinds = _kinds("The producer would love to have Tin Lantern on screens next autumn.")
    assert kinds == set()
