"""A part described and named, then its actor's surname in brackets ("a widowed ferryman,
Maelor Tarrow (Kessock)"), after the article has named the actor in full: the surname is the
actor, even when two such brackets stand in one sentence. A one-word part in brackets after a
full name ("Perrin Kessock (Maelor)") is still that actor's part."""

from __future__ import annotations

from tests.extract.helpers import facts, served_pairs


def test_surname_in_brackets_after_a_described_part_is_the_actor() -> None:
    found = facts(
        "German actor Perrin Kessock and French star Lisette Fenwright are to lead Dunmarrow.",
        "The film follows a widowed ferryman, Maelor Tarrow (Kessock), whose life is upended "
        "when a surveyor, Haska Rooker (Fenwright), arrives for the winter.",
    )
    assert served_pairs(found) == {
        ("Perrin Kessock", "Maelor Tarrow"),
        ("Lisette Fenwright", "Haska Rooker"),
    }


def test_one_word_parts_in_brackets_after_actors_stay_parts() -> None:
    found = facts(
        "Dunmarrow cast revealed.",
        "Perrin Kessock (Maelor) and Lisette Fenwright (Haska) lead the cast, with Sabeth "
        "Corriss (Thora Pellow) in support.",
    )
    assert served_pairs(found) == {
        ("Perrin Kessock", "Maelor"),
        ("Lisette Fenwright", "Haska"),
        ("Sabeth Corriss", "Thora Pellow"),
    }
