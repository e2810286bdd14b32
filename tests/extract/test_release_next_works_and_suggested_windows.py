"""Two readings on invented text: a profile's "Next up is ‘Thornmere’, a coastal drama, in which
he plays a ferryman. Filming begins in Orkney in May." tells the next work's shoot, not ours;
and a window a slate or schedule "suggests" ("the channel's slate suggests a spring 2027
launch") is hedged."""

from __future__ import annotations

from tests.extract.helpers import release_kinds

_LEDE = "Copper Bay, the streamer's harbour drama, returns for a final series."


def _kinds(*lines: str) -> set[tuple[str, str, bool]]:
    return release_kinds(_LEDE, *lines, date="2026-03-02")


def test_the_shoot_after_a_quoted_next_work_is_not_ours() -> None:
    kinds = _kinds(
        "Next up is ‘Thornmere’, a coastal drama from director Ilse Varga, in which he plays a "
        "ferryman. Filming begins in Orkney in May."
    )
    assert not any(kind.startswith("filming") for kind, _, _ in kinds)


def test_the_shoot_after_a_next_feature_is_not_ours() -> None:
    kinds = _kinds(
        "Next comes the Gaelic-language feature Pellham Road, in which she plays a teacher. "
        "Shooting starts on Skye in June."
    )
    assert not any(kind.startswith("filming") for kind, _, _ in kinds)


def test_our_own_next_step_still_counts() -> None:
    kinds = _kinds("Next up is the final series. Filming begins in Whitby in May.")
    assert ("filming_planned", "2026-05", False) in kinds


def test_a_window_a_slate_suggests_is_hedged() -> None:
    kinds = _kinds(
        "The channel has not confirmed a date, though its drama slate suggests a spring 2027 "
        "launch."
    )
    assert ("window", "2027-03/2027-05", True) in kinds
    assert ("window", "2027-03/2027-05", False) not in kinds


def test_a_window_the_schedule_suggested_is_hedged() -> None:
    kinds = _kinds("A leaked schedule suggested an autumn 2027 premiere for the series.")
    assert ("window", "2027-09/2027-11", False) not in kinds
