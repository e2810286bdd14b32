"""Times that are, and are not, the article's own, on invented text: another work, named as
the subject with a relative clause, returning for a later run ("X's Marrow Bay, which starred
..., returns for a fourth in April 2026"); and a time the writer or fans had believed before the
news ("Most of us had assumed an autumn launch"); and a year "premiere" eyed, a hoped window
("Sky is eyeing a 2027 premiere")."""

from __future__ import annotations

from tests.extract.helpers import served_releases

_TITLE = "‘Stillwater Row’: Sky Orders Drama From ‘Marrow Bay’ Creator Juno Fairweather"


def _kinds(*paragraphs: str) -> set[tuple[str, str]]:
    served = served_releases(*paragraphs, date="2025-09-24", title=_TITLE)
    return {(r.kind.value, str(r.date or r.window or "")) for r in served}


def test_another_work_returning_for_a_later_run_is_not_our_window() -> None:
    kinds = _kinds(
        "Stillwater Row is Sky's new six-part drama from Juno Fairweather.",
        "Fairweather's Marrow Bay, which starred Ravi Castell as DI Pell, ran for three seasons "
        "on Channel 4 and returns for a fourth in April 2026.",
    )
    assert ("window", "2026-04") not in kinds


def test_our_own_work_returning_for_a_later_run_keeps_its_window() -> None:
    kinds = _kinds(
        "Stillwater Row, which starred Ravi Castell as DI Pell, ran for two seasons on Sky and "
        "returns for a third in May 2026.",
    )
    assert ("window", "2026-05") in kinds


def test_a_launch_we_had_assumed_is_no_window() -> None:
    kinds = _kinds(
        "Sky has confirmed that all six episodes of Stillwater Row land on 21 May 2026. Most of "
        "us had assumed an autumn launch.",
    )
    assert ("premiere_date", "2026-05-21") in kinds
    assert not {k for k in kinds if k[0] == "window"}


def test_a_launch_announced_after_an_old_belief_is_kept() -> None:
    kinds = _kinds(
        "We had assumed a delay, but Sky says Stillwater Row will launch in the autumn of 2026.",
    )
    assert ("window", "2026-09/2026-11") in kinds


def test_a_year_premiere_eyed_is_a_hoped_window() -> None:
    served = served_releases(
        "Stillwater Row is set to begin shooting in February 2026, and Sky is eyeing a 2027 "
        "premiere.",
        date="2025-09-24",
        title=_TITLE,
    )
    assert [(r.window, r.hedged) for r in served if r.kind.value == "window"] == [("2027", True)]


def test_a_year_reboot_eyed_is_no_window() -> None:
    kinds = _kinds("Sky is eyeing a 2027 reboot of Stillwater Row's format.")
    assert not {k for k in kinds if k[0] == "window"}
