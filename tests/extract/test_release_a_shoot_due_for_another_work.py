"""A person due or set to shoot a work named only as "a ..." ("is due to shoot a small British
film, The Low Meadow, later this year") tells that other work's shoot, not the article's own:
the production is never "a film" to its own article unless its title follows. A shoot of "a
drama" whose title is the article's own stays a planned shoot. On invented text."""

from __future__ import annotations

from tests.extract.helpers import release_kinds

_PROFILE = "Ada Vane: ‘Marrowby changed me’"
_PROFILE_LEDE = "Two months after Marrowby landed on Netflix, Ada Vane is still stopped in town."


def test_a_profiles_due_shoot_of_a_named_small_film_is_not_ours() -> None:
    kinds = release_kinds(
        _PROFILE_LEDE,
        "So what's next? Vane is due to shoot a small British film, The Low Meadow, later this "
        "year, playing a shepherd.",
        date="2026-06-10",
        title=_PROFILE,
    )
    assert not any(kind.startswith("filming") for kind, _, _ in kinds)


def test_a_shoot_set_for_a_quiet_thriller_is_not_ours() -> None:
    kinds = release_kinds(
        _PROFILE_LEDE,
        "Vane is due to shoot a quiet thriller, Gull Rock, in March.",
        date="2026-06-10",
        title=_PROFILE,
    )
    assert not any(kind.startswith("filming") for kind, _, _ in kinds)


def test_a_shoot_of_our_own_named_drama_stays_planned() -> None:
    kinds = release_kinds(
        "Marrowby, the Gull Films drama, has found its lead.",
        "Gull Films is due to shoot a six-part drama, Marrowby, in Skye in July.",
        date="2026-06-10",
        title="Marrowby: everything we know",
    )
    assert ("filming_planned", "2026-07", False) in kinds
