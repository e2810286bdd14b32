"""Release dates in charts, box-office reports and showbiz items: only ours (invented text)."""

from __future__ import annotations

import datetime as dt

from bot.facts import ReleaseKind
from tests.extract.helpers import facts


def served(*paragraphs: str, date: str, title: str) -> list[tuple[str, object]]:
    found = facts(*paragraphs, date=date, title=title).served()
    return [(r.kind.value, r.title or r.window or r.date) for r in found.release]


_CHART = "Streaming charts: Gull Lane holds the top spot"


def test_a_past_opening_on_a_weekday_is_the_day_gone() -> None:
    assert served(
        "Gull Lane took £2.2m over its first weekend.",
        "The film opened in cinemas on Friday after a festival run.",
        date="2027-03-08",
        title="Box office: Gull Lane tops the chart",
    ) == [("premiere_date", dt.date(2027, 3, 5))]
    assert served(
        "Gull Lane took £2.2m in previews.",
        "The film opens in cinemas on Friday.",
        date="2027-03-08",
        title="Box office: Gull Lane tops the chart",
    ) == [("premiere_date", dt.date(2027, 3, 12))]


def test_a_channels_other_show_dated_in_a_chart_is_not_ours() -> None:
    assert (
        served(
            "Gull Lane stayed at number one.",
            "Analysts expect Gull Lane to stay there until Disney+’s Pale Row returns on 13 May.",
            "Rounding out the top five was BBC iPlayer’s Tern Street revival (90m), which "
            "launched on 2 May.",
            date="2027-05-06",
            title=_CHART,
        )
        == []
    )
    assert served(
        "Netflix’s Gull Lane arrives on 13 May.",
        date="2027-05-06",
        title=_CHART,
    ) == [("premiere_date", dt.date(2027, 5, 13))]


def test_another_film_described_before_its_which_clause_is_not_ours() -> None:
    assert (
        served(
            "Gull Lane took £2.2m.",
            "Next weekend sees Tin Harbour, the Ada Rook-scripted romcom, which opens on 12 March.",
            date="2027-03-08",
            title="Box office: Gull Lane tops the chart",
        )
        == []
    )
    assert served(
        "Gull Lane, the Ada Rook-scripted romcom, which opens on 12 March, leads the week.",
        date="2027-03-08",
        title="Box office: Gull Lane tops the chart",
    ) == [("premiere_date", dt.date(2027, 3, 12))]


def test_a_hit_named_in_a_possessive_is_no_release_verb() -> None:
    assert (
        served(
            "The pair filmed scenes for the Lumen hit’s last film on the pier yesterday.",
            date="2027-08-22",
            title="Gull Lane stars film on the pier",
        )
        == []
    )


def test_a_characters_return_to_a_soap_is_no_window() -> None:
    assert (
        served(
            "Tom Vale has landed the lead in Gull Lane.",
            "Kit Marsh will be played by a new actor when the character returns to the "
            "square next spring, bosses confirmed.",
            date="2027-11-14",
            title="Soap star lands lead in Gull Lane",
        )
        == []
    )


def test_a_new_name_with_an_age_is_a_person_not_a_title() -> None:
    found = facts(
        "The one new name is Ada Rook, 22, who joins as Nell.",
        date="2027-01-10",
        title="Gull Lane film: the cast",
    )
    assert [r for r in found.release if r.kind is ReleaseKind.TITLE] == []
    renamed = facts(
        "The film's new name is Tin Harbour, the studio said.",
        date="2027-01-10",
        title="Gull Lane film gets a title",
    )
    assert [r.title for r in renamed.release if r.kind is ReleaseKind.TITLE] == ["Tin Harbour"]


def test_that_month_after_a_year_in_the_sentence_takes_that_year() -> None:
    assert served(
        "Filming began in March 2025 in Tarrow and wrapped that August.",
        date="2026-09-20",
        title="Gull Lane: a profile",
    ) == [("filming_started", "2025-03"), ("filming_wrapped", "2025-08")]
    assert (
        served(
            "Filming wrapped that April in Tarrow.",
            date="2026-09-20",
            title="Gull Lane: a profile",
        )
        == []
    )


def test_an_opening_here_after_a_festival_premiere_is_the_release() -> None:
    assert served(
        "The film had its world premiere at Tarrow Fest in Ostby in September before opening "
        "here on 23 October.",
        date="2027-10-27",
        title="Box office: Gull Lane tops the chart",
    ) == [("premiere_date", dt.date(2027, 10, 23))]
    assert (
        served(
            "The film had its world premiere at the Tarrow Festival on 23 September.",
            date="2027-10-27",
            title="Box office: Gull Lane tops the chart",
        )
        == []
    )
