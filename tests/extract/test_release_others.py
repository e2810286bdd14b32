"""Other works on invented text: a channel's adaptation of another work dates that work, of ours
still ours; a shoot on an owner's unnamed work told by its kind is ours, on a named other work
that work's."""

from __future__ import annotations

from tests.extract.helpers import served_days

_CHART_LEDE = "Kelpa’s coastal mystery Tarn Key holds the top of this week’s streaming chart."


def test_a_channels_adaptation_of_another_work_dates_that_work() -> None:
    found = served_days(
        _CHART_LEDE,
        "The mystery premiered on Kelpa on Friday 1 May.",
        "Next week could look different: Quillmoor’s adaptation of The Reed Bed, starring Ola "
        "Quist, lands on 15 May.",
        title="Streaming charts: Tarn Key stays top",
    )
    assert found == {("premiere_date", "2026-05-01")}


def test_a_channels_adaptation_of_our_work_still_dates_ours() -> None:
    found = served_days(
        "Kelpa’s adaptation of Tarn Key, starring Ada Perrin, lands on 15 May.",
        title="Tarn Key gets a date",
    )
    assert ("premiere_date", "2026-05-15") in found


def test_a_shoot_on_an_owners_unnamed_work_is_not_another_works() -> None:
    found = served_days(
        "Filming on Kelpa’s feature-length Tarn Key finale wrapped at the end of August.",
        title="Oona Vale on Tarn Key",
        date="2025-09-22",
    )
    assert ("filming_wrapped", "2025-08") in found


def test_a_shoot_on_an_owners_named_other_work_is_that_works() -> None:
    found = served_days(
        "Oona Vale talks about Tarn Key.",
        "Filming on Kelpa’s Marrow Field wrapped at the end of August.",
        title="Oona Vale on Tarn Key",
        date="2025-09-22",
    )
    assert ("filming_wrapped", "2025-08") not in found
