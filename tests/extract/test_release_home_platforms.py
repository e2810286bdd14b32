"""A home platform's later date after the cinema release is the film's next window, held; the
cinema date, each territory's cinema date and a day-and-date release are served (invented)."""

from __future__ import annotations

import datetime as dt

from tests.extract.helpers import facts

_LEDE = "Brine review: a quiet, salt-stung triumph."


def _dates(sentence: str) -> tuple[set[dt.date], set[dt.date]]:
    """(served, held) release dates of an article whose body is ``sentence``."""
    found = facts(_LEDE, sentence, date="2026-09-20", title="Brine review").release
    served = {r.date for r in found if r.date and r.served}
    held = {r.date for r in found if r.date and not r.served}
    return served, held


def test_a_streaming_date_after_the_cinema_release_is_held() -> None:
    for sentence in (
        "Brine opens in cinemas on 3 October, and will stream on Lumen from 27 November.",
        "Brine is released in UK theaters on Friday 2 October by Harrow, and streams on Lumen "
        "from 30 November.",
    ):
        served, held = _dates(sentence)
        assert dt.date(2026, 11, 27) not in served and dt.date(2026, 11, 30) not in served
        assert served & {dt.date(2026, 10, 3), dt.date(2026, 10, 2)}, sentence
        assert held, sentence


def test_cinema_dates_per_territory_and_a_day_and_date_release_are_served() -> None:
    served, _ = _dates(
        "Brine hits Irish cinemas on 3 October and is released in Dutch cinemas on 9 October."
    )
    assert served == {dt.date(2026, 10, 3), dt.date(2026, 10, 9)}
    served, _ = _dates("Brine arrives in cinemas and streaming on Lumen on 3 October.")
    assert served == {dt.date(2026, 10, 3)}
