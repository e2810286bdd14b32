"""A lone bracketed pair of someone's scenes, co-star or partner ("his scenes with Ada Vale (Mira
Holt)") is cast news, not story prose: nothing settling its order, it is held, never guessed
part first; a plain casting of the same names elsewhere in the article settles it."""

from __future__ import annotations

from tests.extract.helpers import facts, served_pairs


def test_scenes_with_a_lone_pair_is_not_read_part_first() -> None:
    found = facts(
        "Bram Tolliver has joined the cast of the ferry drama Low Water as a deckhand.",
        "His scenes with Odile Framp (Greta Sallow) will be shot in Whitby next month.",
    )
    assert ("Greta Sallow", "Odile Framp") not in served_pairs(found)


def test_working_with_a_lone_pair_is_not_read_part_first() -> None:
    found = facts(
        "Newcomer Lena Dorsky is the new face in the comedy Pickle Street.",
        "She will share most of her days on set with Harlan Beck (Tobias Wrenn), she said.",
    )
    assert ("Tobias Wrenn", "Harlan Beck") not in served_pairs(found)


def test_the_same_names_elsewhere_settle_the_lone_pair() -> None:
    found = facts(
        "Bram Tolliver has joined the cast of the ferry drama Low Water as a deckhand.",
        "His scenes with Odile Framp (Greta Sallow) will be shot in Whitby next month.",
        "Framp, who plays Greta Sallow, said she was delighted.",
    )
    assert ("Odile Framp", "Greta Sallow") in served_pairs(found)
    assert ("Greta Sallow", "Odile Framp") not in served_pairs(found)


def test_story_prose_still_glosses_a_part_with_its_actor() -> None:
    found = facts(
        "The new series of Low Water was confirmed today.",
        "The skipper falls for Greta Sallow (Odile Framp), who runs the harbour cafe.",
    )
    assert ("Odile Framp", "Greta Sallow") in served_pairs(found)
