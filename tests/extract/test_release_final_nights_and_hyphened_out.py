"""Days and verbs that only look like a release's, on invented text: "the last night" (the final
night of a shoot, not yesterday) and "out-of-tune" (a hyphened compound, not "out" as released)
in a round-up of a cast's posts after a wrap."""

from __future__ import annotations

import datetime as dt

from bot.extract.dates import RELATIVE_DAY_RE, parse_relative_day
from tests.extract.helpers import release_kinds

_TITLE = "Brannock Quay wraps: the cast say goodbye"
_SUNDAY = dt.date(2026, 3, 15)


def _day(text: str) -> dt.date | None:
    match = RELATIVE_DAY_RE.search(text)
    return None if match is None else parse_relative_day(match, _SUNDAY, past=True)


def test_last_night_or_last_friday_is_the_one_before_the_article() -> None:
    assert _day("Brannock Quay premiered last night.") == dt.date(2026, 3, 14)
    assert _day("Filming wrapped last Friday.") == dt.date(2026, 3, 13)


def test_the_last_night_or_their_last_friday_is_a_final_one_no_day() -> None:
    assert _day("Wenna Trelisk filmed the crew dancing on the last night.") is None
    assert _day("The cast threw a party on their last Friday in Cornwall.") is None


def test_a_post_about_the_last_night_of_a_shoot_is_no_premiere() -> None:
    kinds = _kinds(
        "Filming on Brannock Quay wrapped on Friday.",
        "Wenna Trelisk posted a video of the cast singing out of tune on the last night.",
    )
    assert not any(kind == "premiere_date" for kind, _, _ in kinds)


def test_an_out_of_tune_song_last_night_is_no_release() -> None:
    kinds = _kinds(
        "Filming on Brannock Quay wrapped on Friday.",
        "Wenna Trelisk posted a video of the cast with an out-of-tune speaker last night.",
    )
    assert not any(kind == "premiere_date" for kind, _, _ in kinds)
    kinds = _kinds("The first episode of Brannock Quay was out last night on Netflix.")
    assert ("premiere_date", "2026-03-14", False) in kinds


def _kinds(*paragraphs: str) -> set[tuple[str, str, bool]]:
    return release_kinds(*paragraphs, date=_SUNDAY.isoformat(), title=_TITLE)
