""" "Ada Vale's Mira and Kit story": a possessive owning two names that go on to a story's noun
owns the writer's story, not a part; "Ada Vale's Mira and Tom Reed's Kit" stays two castings."""

from __future__ import annotations

from tests.extract.helpers import facts, served_pairs


def test_writer_owning_a_pair_story_is_no_casting() -> None:
    found = facts(
        "Brinewater will stream from Friday 3 July, the platform said.",
        "The film, which closes Petra Lisle’s Wenna and Jory story, stars Tamsin Roke and was"
        " directed by Ede Pollard.",
        title="Brinewater gets a July date",
    )
    assert not any(actor == "Petra Lisle" for actor, _ in served_pairs(found))


def test_writer_owning_a_pair_love_story_is_no_casting() -> None:
    found = facts(
        "Brinewater will stream from Friday 3 July, the platform said.",
        "Fans of Petra Lisle’s Wenna and Jory love story will not have long to wait.",
        title="Brinewater gets a July date",
    )
    assert not any(actor == "Petra Lisle" for actor, _ in served_pairs(found))


def test_two_owned_parts_are_still_castings() -> None:
    found = facts(
        "Brinewater will stream from Friday 3 July, the platform said.",
        "In the first clip, Tamsin Roke’s Wenna and Kit Avery’s Jory argue on the quay.",
        title="Brinewater gets a July date",
    )
    assert ("Tamsin Roke", "Wenna") in served_pairs(found)
