"""A dub's voice told with the participle ("the Italian dub keeps its voices, so X is still
voicing Mira", invented) is the dub's, as "X voices Mira" there is; without a dub in the clause
"X is voicing Mira" (an animated film) is still a casting."""

from __future__ import annotations

from tests.extract.helpers import facts, served_pairs


def test_a_dubs_voice_told_with_voicing_is_no_casting() -> None:
    found = served_pairs(
        facts(
            "Launch thread: Brackenmoor is out.",
            "Audio: the Italian dub is live as well and keeps the old voices, so Piero Lanza is"
            " again voicing Mira.",
        )
    )
    assert ("Piero Lanza", "Mira") not in found


def test_voicing_a_part_without_a_dub_is_a_casting() -> None:
    found = served_pairs(
        facts(
            "Brackenmoor, the animated film, adds its lead.",
            "Piero Lanza is voicing Mira, the fox at the centre of the story.",
        )
    )
    assert ("Piero Lanza", "Mira") in found
