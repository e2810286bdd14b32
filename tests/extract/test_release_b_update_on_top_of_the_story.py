"""An update set on top of the original story settles what that story only reported: a rumoured
window the update's confirmed day falls outside is held, wherever it stands below the update.
A rumour a later update reports, or one with no update at all, stays. Invented text."""

from __future__ import annotations

from tests.extract.helpers import release_kinds

_TITLE = "Has Gorse Hollow slipped? Lumen answers"


def test_a_rumoured_window_below_an_update_with_a_day_is_held() -> None:
    kinds = release_kinds(
        "UPDATE, 3pm: Lumen has confirmed that Gorse Hollow will be released on 12 March 2027."
        " Our original story follows.",
        "ORIGINAL STORY: Fans fear a delay. According to a fan account, Gorse Hollow could now"
        " land in autumn 2027.",
        title=_TITLE,
        date="2026-10-02",
    )
    assert ("premiere_date", "2027-03-12", False) in kinds
    assert not any(kind == "window" for kind, _, _ in kinds)


def test_a_rumour_a_later_update_reports_stays() -> None:
    kinds = release_kinds(
        "UPDATE, 3pm: Lumen has confirmed that Gorse Hollow will be released on 12 March 2027.",
        "UPDATE, 6pm: According to a fan account, Gorse Hollow could now land in autumn 2027.",
        title=_TITLE,
        date="2026-10-02",
    )
    assert ("window", "2027-09/2027-11", True) in kinds


def test_a_rumoured_window_with_no_update_stays() -> None:
    kinds = release_kinds(
        "Fans fear a delay. According to a fan account, Gorse Hollow could now land in autumn"
        " 2027.",
        title=_TITLE,
        date="2026-10-02",
    )
    assert ("window", "2027-09/2027-11", True) in kinds
