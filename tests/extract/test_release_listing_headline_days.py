"""A listings page published ahead of the evening its headline names ("Sunday 11 May:
Gorsemoor, ITV1, 9pm") speaks from that evening: its "tonight" is the headline's day. On
invented text."""

from __future__ import annotations

from tests.extract.helpers import release_kinds


def _premieres(title: str, *paragraphs: str) -> set[tuple[str, str, bool]]:
    kinds = release_kinds(*paragraphs, date="2026-05-09", title=title)
    return {kind for kind in kinds if kind[0] == "premiere_date"}


_TOLD = "Gorsemoor, which begins tonight, is a slow-burning coastal thriller."


def test_tonight_on_a_listing_for_a_later_day_is_that_day() -> None:
    want = {("premiere_date", "2026-05-10", False)}
    assert _premieres("Sunday 10 May: Gorsemoor, ITV1, 9pm", _TOLD) == want
    assert _premieres("Tonight's TV, Sun 10 May: Gorsemoor (ITV1, 8.30pm)", _TOLD) == want
    assert (
        _premieres("Sunday 10th May: Gorsemoor on ITV1 at 9pm", "Gorsemoor begins tonight on ITV1.")
        == want
    )


def test_a_headline_without_a_slot_or_for_a_far_day_leaves_the_page_date() -> None:
    today = {("premiere_date", "2026-05-09", False)}
    assert _premieres("Sunday 10 May: why Gorsemoor matters", _TOLD) == today
    assert _premieres("Sunday 31 May: Gorsemoor, ITV1, 9pm", _TOLD) == today
    assert _premieres("Gorsemoor, ITV1, 9pm: the thriller of the spring", _TOLD) == today


def test_an_hour_inside_a_headline_that_is_no_slot_leaves_the_page_date() -> None:
    today = {("premiere_date", "2026-05-09", False)}
    told = "Quarrow Fen, which begins tonight, is a slow fenland mystery."
    for title in (
        "Sunday 10 May: Quarrow Fen's star on her 9pm ritual",
        "Sunday 10 May: the 9pm slot Quarrow Fen was built for",
        "Monday 11 May: why Corra Lisk writes at 6am before Quarrow Fen",
    ):
        assert _premieres(title, told) == today, title
