"""Review mends of round 150 (invented text): the one a post's holder is "replaced by" is the new
holder, not the one replaced; an actor who opens the sentence with a director's aside ("Odile
Marsh, directed by X, stars as ...") is no other work's title; and a pronoun's part passed on in
the next sentence ("His part will now be played by ...") is not the one cast sentence's actor's
when that sentence names another person the pronoun may stand for."""

from __future__ import annotations

import pytest

from tests.extract.helpers import facts, former_pairs, served_crew, served_pairs

_TITLE = "Brackenfold gets a new director"


@pytest.mark.parametrize(
    "sentence",
    [
        "Wenna Clode has been replaced by director Piet Holloway.",
        "Wenna Clode, who left in May, was succeeded by director Piet Holloway.",
    ],
)
def test_the_holder_a_post_is_replaced_by_is_kept(sentence: str) -> None:
    found = served_crew(f"Brackenfold has a new director. {sentence}", title=_TITLE)
    assert ("director", "Piet Holloway") in found


def test_the_director_a_new_holder_replaces_is_still_dropped() -> None:
    found = served_crew(
        "Brackenfold has a new director. Wenna Clode replaces the show's director Piet Holloway.",
        title=_TITLE,
    )
    assert ("director", "Piet Holloway") not in found


def test_an_actor_opening_the_sentence_with_a_directors_aside_is_no_other_work() -> None:
    found = served_crew(
        "Brackenfold begins filming in Leeds next month.",
        "Odile Marsh, directed by Piet Holloway for the third time, stars as the ferry pilot,"
        " with Gus Penhale starring as her brother.",
        title="Brackenfold starts filming",
    )
    assert ("director", "Piet Holloway") in found


def test_a_pronouns_part_passed_on_is_not_the_other_actors() -> None:
    found = facts(
        "Brackenfold adds to its cast.",
        "Odile Marsh will play Nell opposite Piet Holloway. His part will now be played by Gus"
        " Penhale.",
    )
    assert ("Odile Marsh", "Nell") in served_pairs(found)
    assert ("Odile Marsh", "Nell") not in former_pairs(found)
    assert ("Gus Penhale", "Nell") not in served_pairs(found)


def test_a_lone_actors_part_passed_on_is_still_a_recast() -> None:
    found = facts(
        "Brackenfold adds to its cast.",
        "Odile Marsh had been cast as Nell in May. Her part will now be played by Gus Penhale.",
    )
    assert ("Odile Marsh", "Nell") in former_pairs(found)
    assert ("Gus Penhale", "Nell") in served_pairs(found)
