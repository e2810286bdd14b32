"""An actor named with the part the public knows them by, inside commas: "Ada Vale, Mira Holt
to millions, said ..." tells a part she plays still."""

from __future__ import annotations

from tests.extract.helpers import facts, served_pairs

_LEDE = "Northward Lights, the second film, premiered in Leeds on Thursday night."


def test_a_part_to_millions_is_a_casting() -> None:
    found = facts(_LEDE, "Tom Baxley, Oscar Reed to millions, was more succinct on stage.")
    assert ("Tom Baxley", "Oscar Reed") in served_pairs(found)


def test_a_part_since_the_first_episode_or_in_the_series() -> None:
    found = facts(_LEDE, "Ruth Ambler, Greta Frost in the hit series, was also spotted outside.")
    assert ("Ruth Ambler", "Greta Frost") in served_pairs(found)
    found = facts(_LEDE, "Mara Quill, Lena Frost since the very first episode, waved to fans.")
    assert ("Mara Quill", "Lena Frost") in served_pairs(found)


def test_a_list_of_names_is_no_casting() -> None:
    found = facts(_LEDE, "Guests included Mara Quill, Tom Baxley and Ruth Ambler, among others.")
    assert ("Mara Quill", "Tom Baxley") not in served_pairs(found)
    found = facts(_LEDE, "Kofi Brand, Dana Pell to his left, answered the first question.")
    assert ("Kofi Brand", "Dana Pell") not in served_pairs(found)
