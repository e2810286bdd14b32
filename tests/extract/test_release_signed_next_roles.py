"""A profile's subject who "has signed on to lead" another work: the shoot planned in the
sentences after is that work's, not the article's film."""

from __future__ import annotations

from tests.extract.helpers import release_kinds


def test_a_shoot_after_signing_on_to_lead_another_work_is_not_ours() -> None:
    found = release_kinds(
        "As Ember Court reaches its final chapter, we look back at Rowan Tey's years on it.",
        "Next, Tey has signed on to lead Glass Orchard, a drama from Pike Hill Films. Shooting "
        "is due to begin in Wales in the autumn.",
        date="2031-04-10",
        title="Rowan Tey: after Ember Court",
    )
    assert not any(kind == "filming_planned" for kind, _, _ in found)


def test_a_shoot_after_signing_on_to_star_in_another_work_is_not_ours() -> None:
    found = release_kinds(
        "As Ember Court reaches its final chapter, we look back at Rowan Tey's years on it.",
        "Tey has since signed on to star in Hollow Tide, a thriller. Filming is due to begin "
        "in the autumn.",
        date="2031-04-10",
        title="Rowan Tey: after Ember Court",
    )
    assert not any(kind == "filming_planned" for kind, _, _ in found)
