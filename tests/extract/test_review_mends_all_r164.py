"""Review mends of round 164, on invented text: a month the release lands in, with a teller's
"X confirmed" after it, is still to come; figures that "come ahead of" or "arrive as" a release
leave its date; one who says another is "not involved in the film" keeps their own credit; and
only a name ending on an Irish particle is cut by a lower-case-prefixed word after it."""

from __future__ import annotations

import pytest

from tests.extract.helpers import facts, served_credits, served_quotes, served_releases

_LEDE = "Netflix has confirmed Saltfen, the drama from Wrenna Skelmore."


def _windows(line: str) -> set[str]:
    found = served_releases(_LEDE, line, date="2025-06-10", title="Saltfen news")
    return {str(r.window) for r in found if r.kind.value == "window"}


@pytest.mark.parametrize(
    ("line", "window"),
    [
        ("Saltfen arrives in September, Netflix confirmed on Monday.", "2025-09"),
        ("Saltfen will land in November, Wrenna Skelmore announced.", "2025-11"),
        ("The drama opens in October, the streamer finally confirmed.", "2025-10"),
    ],
)
def test_a_month_the_release_lands_in_before_its_teller_is_to_come(line: str, window: str) -> None:
    assert window in _windows(line)


def test_a_month_opening_a_past_clause_is_still_gone() -> None:
    assert not _windows("Filming began in May, and in September Wrenna Skelmore wrapped the shoot.")


@pytest.mark.parametrize(
    "line",
    [
        "The figures come ahead of Saltfen's release on 12 June 2025.",
        "The numbers arrive as Netflix confirms Saltfen lands on 12 June 2025.",
    ],
)
def test_figures_coming_before_a_release_leave_its_date(line: str) -> None:
    found = served_releases(_LEDE, line, date="2025-05-01", title="Saltfen news")
    assert any(r.kind.value == "premiere_date" and str(r.date) == "2025-06-12" for r in found)


def test_figures_arriving_on_their_day_still_date_nothing() -> None:
    line = "Those ratings arrive on Tuesday 3 June 2025."
    found = served_releases(_LEDE, line, date="2025-05-01", title="Saltfen news")
    assert not any(r.kind.value == "premiere_date" for r in found)


_CREW = "Saltfen is directed by Tova Brant and written by Wrenna Skelmore."


@pytest.mark.parametrize(
    ("line", "kept", "gone"),
    [
        (
            "Wrenna Skelmore said Tova Brant is not involved in the film.",
            "Wrenna Skelmore",
            "Tova Brant",
        ),
        (
            "Wrenna Skelmore said that Tova Brant is not involved in the film.",
            "Wrenna Skelmore",
            "Tova Brant",
        ),
        (
            "Tova Brant confirmed Wrenna Skelmore is not part of the film's crew.",
            "Tova Brant",
            "Wrenna Skelmore",
        ),
    ],
)
def test_who_tells_of_another_outside_the_film_keeps_a_credit(
    line: str, kept: str, gone: str
) -> None:
    names = {name for _, name in served_credits(facts(_CREW, line, title="Saltfen news"))}
    assert kept in names
    assert gone not in names


def test_who_says_a_company_is_outside_the_film_keeps_a_credit() -> None:
    line = "Wrenna Skelmore confirmed that the studio is not involved in the film."
    found = served_credits(facts(_CREW, line, title="Saltfen news"))
    assert {("writer", "Wrenna Skelmore"), ("director", "Tova Brant")} <= found


@pytest.mark.parametrize(
    "line",
    [
        "“It was wild,” said Tova Brant eSports fan and director.",
        "Director Tova Brant eBay-listed her chair: “It was wild,” she said.",
    ],
)
def test_a_name_before_a_lower_case_prefixed_word_is_whole(line: str) -> None:
    quotes = served_quotes(facts("Saltfen wrapped this week.", line, title="Saltfen wraps"))
    assert [speaker for _, speaker in quotes] == ["Tova Brant"]


def test_a_name_cut_before_an_irish_surname_is_still_no_one() -> None:
    line = "“It was wild,” said Feoras Ó hUallach. Feoras Ó agreed."
    quotes = served_quotes(facts("Saltfen wrapped this week.", line, title="Saltfen wraps"))
    assert [speaker for _, speaker in quotes] == ["Feoras Ó hUallach"]
