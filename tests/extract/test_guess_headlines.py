"""A headline that guesses only a date holds the dates, not the cast it lists (invented text)."""

from __future__ import annotations

from tests.extract.helpers import facts


def test_release_date_speculation_leaves_the_cast_served() -> None:
    found = facts(
        "Here is what we know about the Lantern Bay film.",
        "Returning are Mira Solberg as Etta Crane and Yusuf Adler as Bo Crane.",
        title="Lantern Bay film: release date speculation, cast and everything we know",
    )
    assert found.cast and all(c.served for c in found.cast)


def test_premiere_date_predictions_leave_the_cast_served() -> None:
    found = facts(
        "The second season of Ironwood is filming now.",
        "Ines Lacroix returns as Captain Harriet Voss.",
        title="Ironwood season 2: premiere date predictions and confirmed cast",
    )
    assert found.cast and all(c.served for c in found.cast)


def test_a_dream_cast_headline_still_holds_the_cast() -> None:
    found = facts(
        "We picked the actors we would love to see.",
        "Mira Solberg as Etta Crane would be perfect.",
        title="Lantern Bay film: our dream cast and release date speculation",
    )
    assert found.cast and all(not c.served for c in found.cast)


def test_a_time_the_makers_confirmed_is_served_under_a_guessing_headline() -> None:
    for text in (
        "What we do know is that the broadcaster has confirmed it will arrive in 2026.",
        "Apple has officially announced that the series will premiere in spring 2026.",
    ):
        found = facts(
            "Here is what we know about the Lantern Bay film.",
            text,
            title="Lantern Bay film: release date speculation, cast and everything we know",
        )
        windows = [r for r in found.release if r.kind.value == "window"]
        assert windows and all(r.served for r in windows), text


def test_a_guessed_time_is_never_served_as_truth_under_a_guessing_headline() -> None:
    """Held when told plainly; served only hedged when the sentence hedges it ("We think")."""
    for text, hedged in (
        ("We think the film will arrive in 2026.", True),
        ("The film arrives in 2026.", False),
    ):
        found = facts(
            "Here is what we know about the Lantern Bay film.",
            text,
            title="Lantern Bay film: release date speculation, cast and everything we know",
        )
        windows = [r for r in found.release if r.kind.value == "window"]
        assert windows and all(r.hedged is hedged for r in windows), text
        assert all(r.served is hedged for r in windows), text
