"""A past shoot told by "shot (or filmed) ... from" a day or month dates its start; a shoot
still to come ("will be shot from"), a shot as a noun, or a day after the article's is no
start, and a start told as what reports say is hedged. Invented text throughout."""

from __future__ import annotations

from tests.extract.helpers import facts

_LEDE = "Glimmerholt, the streamer's new coastal drama, arrives in the spring."


def _starts(sentence: str) -> set[tuple[str, bool]]:
    found = facts(_LEDE, sentence, date="2026-02-02")
    return {
        (str(r.date or r.window), r.hedged)
        for r in found.release
        if r.served and r.kind.value == "filming_started"
    }


def test_shot_from_a_day_or_month_is_the_start() -> None:
    assert _starts("The drama was shot on Anglesey and in Conwy from 9 June.") == {
        ("2025-06-09", False)
    }
    assert _starts("It was filmed last year, from 9 June, mostly at night.") == {
        ("2025-06-09", False)
    }
    assert _starts("The crew shot for eight weeks from October 2025, often in gales.") == {
        ("2025-10", False)
    }


def test_a_start_from_reports_is_hedged() -> None:
    assert _starts("That fits reports that the crew filmed on Anglesey from June.") == {
        ("2025-06", True)
    }


def test_a_shoot_to_come_or_a_noun_is_no_start() -> None:
    assert _starts("The second block will be shot on Anglesey from 9 March.") == set()
    assert _starts("The opening shot, from 9 June, shows the bay at dawn.") == set()
