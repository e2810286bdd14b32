"""A date told of "it" when the sentence before names another work by its kind (a chart's
leader, a round-up's other item) is that work's, not ours; "it" after our own work stays ours."""

from __future__ import annotations

from tests.extract.helpers import served_days

_LEDE = (
    "It is not often that a streaming film turns up in the box-office chart, but Tin Coracle "
    "managed it this weekend."
)


def test_it_after_a_chart_leader_named_by_its_kind_is_not_ours() -> None:
    found = served_days(
        _LEDE,
        "At the top, Ardlow Films' period thriller The Dunlin Barrow held first place for a third "
        "weekend with £2.9m. Directed by Ivo Tann and starring Delyth Marrick as a ferry pilot, it "
        "has now taken £14.2m since opening on 24 April.",
        title="Box office: Tin Coracle crashes the top five as The Dunlin Barrow holds on",
        date="2026-05-18",
    )
    assert ("premiere_date", "2026-04-24") not in found


def test_it_after_a_drama_named_by_its_kind_is_not_ours() -> None:
    found = served_days(
        _LEDE,
        "Second went to the family drama Kelby Moor with £1.1m. With Ada Fenn as a headteacher, "
        "it has taken £6.3m since opening on 1 May.",
        title="Box office: Tin Coracle sneaks in as Kelby Moor slips",
        date="2026-05-18",
    )
    assert ("premiere_date", "2026-05-01") not in found


def test_it_after_our_own_work_named_by_its_kind_stays_ours() -> None:
    found = served_days(
        "Tin Coracle, the new drama from Marrowdene, finally has a date.",
        "The streamer's period drama Tin Coracle closes its slate. It arrives on 5 June.",
        title="Tin Coracle: what we know",
    )
    assert ("premiere_date", "2026-06-05") in found


def test_it_after_a_makers_earlier_work_in_an_aside_stays_ours() -> None:
    found = served_days(
        "Tin Coracle, the new drama from Marrowdene, starts on the broadcaster on Sunday 7 June.",
        "The series is written by Ada Fenn, whose previous drama The Gull Road won a Bafta in "
        "2023, and directed by Ivo Tann. It was shot on location around Kelby last spring, with "
        "filming wrapping in June.",
        title="Tin Coracle: what we know",
        date="2026-02-20",
    )
    assert ("filming_wrapped", "2025-06") in found
