"""Two unknown full names as "Name (Name)" before a post's verb ("wrote simply: ...", "followed
with a photo"): the outer one is the actor, since a cast member posts, never the part."""

from __future__ import annotations

from tests.extract.helpers import facts, pairs

TITLE = "Saltreach wraps: how the cast said goodbye"
LEDE = "Filming on Saltreach wrapped in Whitby on Friday."


def test_an_actor_then_a_part_in_brackets_wrote_a_caption() -> None:
    found = facts(
        LEDE,
        "Odile Vantreuse shared a clip of the cast between takes, while Marek Dunsany (Wexley "
        "Tarn) wrote simply: 'what a ride'.",
        title=TITLE,
    )
    assert ("Marek Dunsany", "Wexley Tarn") in pairs(found)
    assert ("Wexley Tarn", "Marek Dunsany") not in pairs(found)


def test_an_actor_then_a_part_in_brackets_followed_with_a_photo() -> None:
    found = facts(
        LEDE,
        "Pella Quorn (Maud Ferrish) followed with a black-and-white shot of the harbour.",
        title=TITLE,
    )
    assert ("Pella Quorn", "Maud Ferrish") in pairs(found)
    assert ("Maud Ferrish", "Pella Quorn") not in pairs(found)


def test_a_part_writing_a_letter_in_the_story_is_not_read_as_a_post() -> None:
    found = facts(
        LEDE,
        "In the second act, lonely Maud Ferrish (Pella Quorn) wrote to her brother every week.",
        title=TITLE,
    )
    assert ("Maud Ferrish", "Pella Quorn") not in pairs(found)
