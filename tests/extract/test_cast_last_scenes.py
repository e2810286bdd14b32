"""An actor's own "final scene as" a part: "Ada Vale has said filming her final scene as Mira
Holt left her in tears" says she plays Mira Holt."""

from __future__ import annotations

from tests.extract.helpers import facts, served_pairs

_LEDE = "Northward Lights, the second film, is out on Friday."


def test_the_subjects_final_scene_as_a_part() -> None:
    found = facts(_LEDE, "Mara Quill has said that filming her final scene as Lena Frost left her "
                  "in tears for an hour.")  # fmt: skip
    assert ("Mara Quill", "Lena Frost") in served_pairs(found)
    found = facts(_LEDE, "Tom Baxley confirmed the sequel and opened up about his last day as "
                  "Oscar Reed.")  # fmt: skip
    assert ("Tom Baxley", "Oscar Reed") in served_pairs(found)


def test_another_name_between_owns_no_part() -> None:
    found = facts(_LEDE, "Mara Quill said Tom Baxley cried during his final scene as Oscar Reed.")
    assert ("Mara Quill", "Oscar Reed") not in served_pairs(found)


def test_a_clip_of_her_scene_is_no_casting_of_who_posts_it() -> None:
    found = facts(_LEDE, "Quill is not online, but Lumen UK posted a clip of her final scene as "
                  "Lena Frost on Sunday.")  # fmt: skip
    assert ("Lumen UK", "Lena Frost") not in served_pairs(found)
    found = facts(_LEDE, "Dana Pell shared footage of her last day as Lena Frost on Sunday.")
    assert ("Dana Pell", "Lena Frost") not in served_pairs(found)
