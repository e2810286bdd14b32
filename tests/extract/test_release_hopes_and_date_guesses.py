"""Release: a hope in the paragraph that answers "no date yet" ("However, a source close to the
production says the team is 'aiming for early 2026'"), and a headline that guesses only the
date ("release date speculation"), which holds the release's time but not the shoot's days;
kinds of failure met in blind batches 13 to 15, each on invented text (none of their names)."""

from __future__ import annotations

import datetime as dt

from bot.extract import extract_facts
from bot.facts import Article, ArticleFacts
from tests.extract.helpers import facts


def _served(found: ArticleFacts) -> list[tuple[str, object, bool]]:
    return [(r.kind.value, r.date or r.window, r.hedged) for r in found.release if r.served]


def test_a_hope_in_the_paragraph_answering_no_date_yet() -> None:
    for answer in (
        'However, a source close to the production told us the team is "aiming for early 2027".',
        "But an insider says the studio is hoping for late 2026, with a trailer in the summer.",
    ):
        found = facts(
            "Lantern Bay: what we know.",
            "Apex has not confirmed a release date yet.",
            answer,
            date="2026-02-10",
            title="Lantern Bay: the film",
        )
        windows = [w for kind, w, hedged in _served(found) if kind == "window" and hedged]
        assert len(windows) == 1, (answer, _served(found))


def test_a_hope_in_an_unrelated_later_paragraph_is_not_read() -> None:
    found = facts(
        "Lantern Bay: what we know.",
        "Apex has not confirmed a release date yet.",
        "The cast is hoping for a second film in 2027.",
        date="2026-02-10",
        title="Lantern Bay: the film",
    )
    assert [k for k, _, _ in _served(found) if k == "window"] == []


def _guessing(headline: str) -> list[tuple[str, object, bool]]:
    article = Article(
        dt.date(2025, 11, 3),
        "Lantern Bay: everything we know about the film so far.",
        headline,
        (
            "Filming wrapped on Friday 24 October after nine weeks in Whitby.",
            "Apex has not dated the film, but we think it lands on 14 February.",
        ),
    )
    return _served(extract_facts(article))


def test_release_date_speculation_holds_the_date_not_the_shoot() -> None:
    for headline in (
        "Lantern Bay film: cast, plot, release date speculation and more",
        "Lantern Bay movie: release date predictions, cast and everything we know",
    ):
        served = _guessing(headline)
        assert ("filming_wrapped", dt.date(2025, 10, 24), False) in served, served
        assert all(kind != "premiere_date" for kind, _, _ in served), served


def test_a_headline_of_guesses_about_everything_still_holds_the_shoot() -> None:
    served = _guessing("9 wild theories about the Lantern Bay film")
    assert all(kind.startswith("not") for kind, _, _ in served), served


def _speculating(line: str) -> list[tuple[str, object, bool]]:
    article = Article(
        dt.date(2025, 9, 2),
        "Brackenmoor: everything we know about the film so far.",
        "Brackenmoor movie: cast, filming and release date speculation",
        ("Apex hasn't confirmed a release date yet.", line),
    )
    return _served(extract_facts(article))


def test_a_guess_the_sentence_hedges_is_served_hedged_under_a_guessing_headline() -> None:
    served = _speculating("With the shoot over, it could arrive in early 2026.")
    assert ("window", "2026-01/2026-04", True) in served, served
    assert ("not_announced", None, False) in served, served


def test_an_unhedged_time_under_a_guessing_headline_is_still_held() -> None:
    served = _speculating("With the shoot over, it arrives in early 2026.")
    assert all(kind != "window" for kind, _, _ in served), served
