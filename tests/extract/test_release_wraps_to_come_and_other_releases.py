"""A shoot's end told in the present for a month still to come is no wrap, and someone's other
release is not this production's window, each on invented text."""

from __future__ import annotations

from tests.extract.helpers import facts


def _kinds(*paragraphs: str, date: str) -> set[tuple[str, str]]:
    found = facts(*paragraphs, date=date, title="Copper Bay: set news")
    return {(r.kind.value, str(r.date or r.window)) for r in found.release}


def test_a_present_tense_end_still_to_come_is_no_wrap() -> None:
    for text in (
        "Shooting wraps late September, according to the producer's chat with a trade paper.",
        "The shoot ends on 12 October, so expect more set photos until then.",
        "Production wraps up in early September, the studio said.",
    ):
        kinds = _kinds("Copper Bay is filming in Whitby.", text, date="2024-08-03")
        assert not any(kind == "filming_wrapped" for kind, _ in kinds), text


def test_a_past_wrap_with_a_yearless_month_still_counts() -> None:
    kinds = _kinds(
        "Copper Bay is in the edit.", "Filming wrapped in June, the studio said.", date="2024-08-03"
    )
    assert ("filming_wrapped", "2024-06") in kinds


def test_someones_other_release_this_year_is_not_ours() -> None:
    for text in (
        "Okafor, whose other big release this year was the heist comedy Lantern Row, says "
        "Copper Bay still feels like home.",
        "Her other release this year, a costume drama, landed on Sky in March.",
    ):
        kinds = _kinds("Copper Bay is due in 2026.", text, date="2025-09-10")
        assert not any(window.startswith("2025") for _, window in kinds), text


def test_our_previous_release_date_is_not_another_work() -> None:
    kinds = _kinds(
        "Copper Bay moves.",
        "Its previous release date of 4 March has been pushed to 2 September 2026.",
        date="2025-09-10",
    )
    assert ("premiere_date", "2026-09-02") in kinds
