"""Days that belong to an event, not to the release: a numbered festival edition that opens on
a day ("The 22nd Thornwick Scar opens on 3 July with Another Film"), and a fan convention where
the cast appeared on a day ("packed the hall at Tidecastle Comic Con on Saturday"). Neither is
served as a premiere date; a film that premieres on a day keeps it. On invented text."""

from __future__ import annotations

from tests.extract.helpers import release_kinds


def _kinds(title: str, *paragraphs: str) -> set[tuple[str, str, bool]]:
    return release_kinds(*paragraphs, date="2025-06-20", title=title)


def test_a_numbered_edition_opening_on_a_day_is_not_the_release() -> None:
    kinds = _kinds(
        "Brackwater goes into production",
        "Filming began on Brackwater on Monday 2 June in Portwick.",
        "The 22nd Thornwick Scar opens on 3 July with Saltcombe, starring Ida Pell; Ned Ashe "
        "directs.",
    )
    assert not any(kind == "premiere_date" for kind, _, _ in kinds)


def test_a_spelled_edition_kicking_off_on_a_day_is_not_the_release() -> None:
    kinds = _kinds(
        "Brackwater goes into production",
        "Filming began on Brackwater on Monday 2 June in Portwick.",
        "The fortieth Quayside Festival kicks off on 9 July with Saltcombe, a restored classic.",
    )
    assert not any(kind == "premiere_date" for kind, _, _ in kinds)


def test_a_panel_day_at_a_fan_convention_is_not_the_release() -> None:
    kinds = _kinds(
        "Brackwater cast tease series two",
        "The cast and creator of Vantor's hit Brackwater packed out the main stage at Tidecastle "
        "Comic Con on Saturday, confirming a recast.",
    )
    assert not any(kind == "premiere_date" for kind, _, _ in kinds)


def test_a_signing_day_at_a_named_expo_is_not_the_release() -> None:
    kinds = _kinds(
        "Brackwater cast tease series two",
        "The stars of Vantor's hit Brackwater signed posters at the Northgate Expo on Sunday, "
        "hinting at a darker run.",
    )
    assert not any(kind == "premiere_date" for kind, _, _ in kinds)


def test_a_premiere_on_a_day_keeps_its_date() -> None:
    kinds = _kinds("Brackwater dated", "Brackwater premieres on Vantor on 3 July.")
    assert ("premiere_date", "2025-07-03", False) in kinds


def test_a_day_at_a_premiere_screening_with_its_place_is_not_the_release() -> None:
    kinds = _kinds(
        "Brackwater arrives on Vantor",
        "Brackwater became available to Vantor subscribers on 20 June.",
        "Speaking at the film’s premiere screening in Harbour Square, Leeds, on June 11, its "
        "director said: “This one is for the town.”",
    )
    assert ("premiere_date", "2025-06-11", False) not in kinds


def test_a_day_at_a_gala_in_a_city_is_not_the_release() -> None:
    kinds = _kinds(
        "Brackwater arrives on Vantor",
        "Brackwater became available to Vantor subscribers on 20 June.",
        "The cast posed at its gala screening in Portwick, Kent, on 12 June.",
    )
    assert ("premiere_date", "2025-06-12", False) not in kinds
