"""A sentence opening on another work told by its kind in an aside ("Tarn Point, Kelpa's
six-part thriller, held No 2 after its 3 May launch") dates that work, not the article's."""

from __future__ import annotations

from tests.extract.helpers import served_days

_TITLE = "Fen Road tops the streaming chart in its first week"


def test_a_chart_entry_opening_on_another_work_keeps_its_date() -> None:
    days = served_days(
        "Fen Road, the new Lumen drama, drew 9m views in its first five days.",
        "Tarn Point, Kelpa’s feature-length heist caper, held the No 3 spot on the films list"
        " with 4.1m views in its third week after its 3 May launch.",
        title=_TITLE,
    )
    assert ("premiere_date", "2026-05-03") not in days


def test_the_articles_own_work_opening_the_sentence_keeps_its_date() -> None:
    days = served_days(
        "Fen Road, Lumen’s six-part crime drama, lands on the streamer on Friday 22 May.",
        title=_TITLE,
    )
    assert ("premiere_date", "2026-05-22") in days


def test_a_profiles_work_opening_the_sentence_with_its_start_is_kept() -> None:
    days = served_days(
        "Rhea Quist on her first lead: ‘I slept in the van for a week’",
        "Tarn Point, a six-part drama created by Ola Brent, begins on Kelpa on Sunday 24 May.",
        title="Rhea Quist: the actor who learned to dive in a fortnight",
    )
    assert ("premiere_date", "2026-05-24") in days
