"""Release: a streamer's list of "what's coming in 2026" is the list's span, not the film's
window, and the film's slot "listed for" a quoted time is read (an apostrophe inside a word
opens no quotation); a time told only to add "but nothing is confirmed"; "cameras stopped
rolling" as the wrap; a shoot's end told after a colon that follows a look back ("what the cast
had been hinting at: the shoot finished on ..."). Kinds of failure met in blind batches 82 and
83, each on invented text (none of their names)."""

from __future__ import annotations

import datetime as dt

from tests.extract.helpers import facts

_LEDE = "Marrowgate: everything we know about the film."


def _served(*paragraphs: str, date: str = "2025-08-30") -> list[tuple[str, object, bool]]:
    found = facts(_LEDE, *paragraphs, date=date, title="Marrowgate film: what we know")
    return [(r.kind.value, r.date or r.window, r.hedged) for r in found.release if r.served]


def test_a_list_of_whats_coming_is_not_the_films_window() -> None:
    served = _served(
        "On Monday, Quenby published its list of what's coming in 2026, and the Marrowgate "
        'film is on it, listed for "early 2026".'
    )
    assert served == [("window", "2026-01/2026-04", False)], served


def test_the_film_itself_coming_in_a_year_is_still_its_window() -> None:
    assert _served("The Marrowgate film is coming in 2026, Quenby said.") == [
        ("window", "2026", False)
    ]


def test_a_time_told_but_not_confirmed_is_not_served() -> None:
    for sentence in (
        "Several people have said it'll drop in January, and that would fit, but nothing is "
        "confirmed.",
        "Fans say the film lands in March, but none of it has been confirmed yet.",
    ):
        served = _served(sentence, date="2025-11-21")
        assert all(kind != "window" for kind, _, _ in served), (sentence, served)


def test_nothing_confirmed_about_something_else_keeps_the_window() -> None:
    served = _served(
        "Quenby says the film lands in March, but nothing is confirmed about the cast.",
        date="2025-11-21",
    )
    assert ("window", "2026-03", False) in served, served


def test_cameras_stopped_rolling_is_the_wrap() -> None:
    served = _served(
        "Cameras stopped rolling on the Marrowgate film on Friday 1 August, and when we meet "
        "Orlaith Tillery a week later she is still tired.",
        date="2025-08-07",
    )
    assert ("filming_wrapped", dt.date(2025, 8, 1), False) in served, served


def test_something_else_that_stopped_rolling_is_no_wrap() -> None:
    served = _served("The parade floats stopped rolling on Friday 1 August.", date="2025-08-07")
    assert served == [], served


def test_a_shoots_end_after_a_colon_that_follows_a_look_back() -> None:
    served = _served(
        "Quenby confirmed what the cast had been hinting at for days: the shoot finished on "
        "1 August."
    )
    assert [kind for kind, _, _ in served] == ["filming_wrapped"], served


def test_a_shoots_end_that_had_been_due_is_still_no_wrap() -> None:
    served = _served("The shoot had been due to finish on 1 August, but it ran over.")
    assert all(kind != "filming_wrapped" for kind, _, _ in served), served
