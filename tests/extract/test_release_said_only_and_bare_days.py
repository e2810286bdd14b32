"""A window given as all a distributor has said ("hasn't said anything beyond '2027'"), and a
shoot's first day named bare after "rolled" or "commenced" ("Cameras rolled Tuesday"), on
invented text."""

from __future__ import annotations

from tests.extract.helpers import release_dates, served_releases

_TITLE = "Copper Meadow: what we know so far"


def _kinds(*paragraphs: str, date: str = "2026-03-12") -> set[tuple[str, str, bool]]:
    return release_dates(*paragraphs, date=date, title=_TITLE)


def test_the_only_year_said_is_the_window() -> None:
    kinds = _kinds(
        "Copper Meadow has no release date. Paramount hasn't said anything beyond '2027', so "
        "ignore the posters doing the rounds."
    )
    assert ("window", "2027", False) in kinds


def test_the_only_year_said_told_another_way() -> None:
    kinds = _kinds(
        "When can we watch Copper Meadow? The studio has confirmed nothing more than 2027, and "
        "the cast are not saying."
    )
    assert ("window", "2027", False) in kinds
    kinds = _kinds(
        "When can we watch Copper Meadow? Apple has not given a date other than sometime in 2027."
    )
    assert ("window", "2027", False) in kinds


def test_a_past_year_said_only_is_not_read() -> None:
    kinds = _kinds("Paramount hasn't said anything beyond 2024 about Copper Meadow.")
    assert not any(kind == "window" for kind, _, _ in kinds)


def test_cameras_rolled_on_a_bare_weekday() -> None:
    kinds = _kinds(
        "Cameras rolled Tuesday in Whitby on Copper Meadow, the second feature from Ines Darrow."
    )
    assert kinds == {("filming_started", "2026-03-10", False)}


def test_principal_photography_commenced_on_a_bare_weekday() -> None:
    kinds = _kinds(
        "Principal photography commenced Monday on Copper Meadow in Hull, producers said."
    )
    assert kinds == {("filming_started", "2026-03-09", False)}


def test_a_labelled_date_for_one_territory_is_the_premiere() -> None:
    kinds = _kinds("Copper Meadow trailer is out.", "Premiere date: March 14, 2027 (US).")
    assert kinds == {("premiere_date", "2027-03-14", False)}


def test_a_labelled_date_with_another_territory_to_follow() -> None:
    kinds = _kinds(
        "Copper Meadow trailer is out.",
        "Release date: 14 March 2027 (UK), with a US release to follow.",
    )
    assert kinds == {("premiere_date", "2027-03-14", False)}


_GUESSES = "Copper Meadow: Release Date Speculation, Cast and Everything We Know"


def _guessed(*paragraphs: str) -> set[tuple[str, str, bool]]:
    served = served_releases(*paragraphs, date="2026-03-12", title=_GUESSES)
    return {(r.kind.value, str(r.title or r.date or r.window or ""), r.hedged) for r in served}


def test_a_title_the_makers_revealed_is_news_in_an_article_of_guesses() -> None:
    kinds = _guessed("Paramount unveiled the title, Copper Meadow, on Tuesday alongside a poster.")
    assert ("title", "Copper Meadow", False) in kinds
    kinds = _guessed(
        "The film’s title, Copper Meadow, was announced on 3 March alongside a poster."
    )
    assert ("title", "Copper Meadow", False) in kinds
