"""A window told only as a supposition ("even a spring 2027 slot would make this the longest wait
yet") is held; a window the film has, beside a supposed other one, is still served."""

from __future__ import annotations

from tests.extract.helpers import release_kinds


def test_a_window_only_supposed_is_held() -> None:
    for sentence in (
        "The last run arrived in May 2024, so even a spring 2027 slot would make this the "
        "longest gap yet.",
        "A summer 2027 release would mean a three-year wait for fans.",
    ):
        found = release_kinds(sentence, date="2026-02-10", title="Copper Bay: the long wait")
        assert not any(d.startswith("2027") for _, d, _ in found), sentence


def test_the_film_s_own_window_beside_a_supposed_one_is_served() -> None:
    found = release_kinds(
        "Copper Bay opens in March 2027, and a summer release would have been too late for awards.",
        date="2026-02-10",
        title="Copper Bay: the long wait",
    )
    assert ("window", "2027-03", False) in found


def test_a_supposed_window_the_writer_calls_a_guess_stays_a_hedged_guess() -> None:
    found = release_kinds(
        "The earlier runs arrived each spring, so a spring 2027 release would fit the pattern, "
        "though that is our guess rather than anything the studio has said.",
        date="2026-02-10",
        title="Copper Bay: what we know",
    )
    assert ("window", "2027-03/2027-05", True) in found
