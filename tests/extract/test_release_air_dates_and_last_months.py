"""Ways of stating the release and the shoot that other outlets use, on invented text: no air or
broadcast date yet, a platform that has yet to put or pin a date on the work, a transmission
pencilled for a season (hedged), and a shoot that wrapped or began "last <month>" (the latest
such month before the article)."""

from __future__ import annotations

from tests.extract.helpers import release_kinds

_TITLE = "Millrace: the canal drama so far"


def _kinds(*paragraphs: str, date: str = "2026-04-20") -> set[tuple[str, str, bool]]:
    return release_kinds(*paragraphs, date=date, title=_TITLE)


def test_no_air_or_broadcast_date_is_not_announced() -> None:
    assert ("not_announced", "", False) in _kinds("Millrace stars Dov Haral. There is no air date.")
    assert ("not_announced", "", False) in _kinds(
        "Millrace stars Dov Haral, and ITV has given no broadcast date so far."
    )


def test_a_platform_yet_to_put_or_pin_a_date_on_it_is_not_announced() -> None:
    kinds = _kinds("Channel 4 has yet to put a transmission date on Millrace.")
    assert ("not_announced", "", False) in kinds
    kinds = _kinds("The broadcaster is yet to pin a release date on the drama.")
    assert ("not_announced", "", False) in kinds


def test_a_transmission_pencilled_for_a_season_is_a_hedged_window() -> None:
    kinds = _kinds("Millrace is an ITV commission, with transmission pencilled for autumn 2026.")
    assert ("window", "2026-09/2026-11", True) in kinds
    kinds = _kinds("Broadcast is pencilled for winter 2026 on BBC Two.")
    assert not any(kind == "window" and not hedged for kind, _, hedged in kinds)


def test_a_shoot_that_wrapped_or_began_last_month_by_name() -> None:
    assert ("filming_wrapped", "2025-12", False) in _kinds(
        "Filming on Millrace wrapped last December in Stoke."
    )
    assert ("filming_started", "2025-04", False) in _kinds("Production began last April.")
    assert ("filming_started", "2026-02", False) in _kinds("Shooting began last February.")


def test_this_christmas_is_the_coming_holidays_month() -> None:
    kinds = _kinds(
        "The two-part finale of Millrace airs on Channel 5 this Christmas.", date="2026-09-02"
    )
    assert ("window", "2026-12", False) in kinds
    kinds = _kinds("Millrace will stream on Hulu this Thanksgiving.", date="2026-06-30")
    assert ("window", "2026-11", False) in kinds
    assert not any(k == "window" for k, _, _ in _kinds("Dov Haral met the crew this Christmas."))
