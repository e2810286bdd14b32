"""A function word set in capitals for stress after a name ("Ada Vale IS back") is no part of the
name; a title with its place ("as the Laird of Glenmorrow") is read whole, never cut to
"Laird"."""

from __future__ import annotations

from tests.extract.helpers import facts, served_pairs


def test_an_emphatic_verb_in_capitals_is_no_part_of_the_name() -> None:
    found = facts(
        "Marrowfen’s cast is set.",
        "To everyone who spread that rumour: Ada Vale IS returning as Mira Holt.",
        title="Marrowfen: the cast",
    )
    assert ("Ada Vale", "Mira Holt") in served_pairs(found)
    assert not any(actor.endswith(" IS") for actor, _ in served_pairs(found))


def test_a_name_in_capitals_is_still_a_name() -> None:
    found = facts(
        "Marrowfen’s cast is set.",
        "Newcomer ADA VALE plays Mira Holt.",
        title="Marrowfen: the cast",
    )
    assert not any(actor.endswith(" IS") for actor, _ in served_pairs(found))


def test_a_title_with_its_place_is_read_whole() -> None:
    found = facts(
        "Marrowfen’s first trailer is out.",
        "Kai Lund appears as the Laird of Glenmorrow, a landowner with secrets.",
        title="Marrowfen trailer",
    )
    assert ("Kai Lund", "Laird") not in served_pairs(found)
    assert ("Kai Lund", "Laird of Glenmorrow") in served_pairs(found)  # the whole title (r122)


def test_a_part_followed_by_of_without_the_is_kept() -> None:
    found = facts(
        "Marrowfen’s first trailer is out.",
        "Kai Lund appears as Tomas Reyes, the son of a fisherman.",
        title="Marrowfen trailer",
    )
    assert ("Kai Lund", "Tomas Reyes") in served_pairs(found)
