"""The novel a work is named for, credited with "by" after "of the same name" ("adapted from the
2021 novel of the same name by X"), credits its author (invented articles)."""

from __future__ import annotations

from tests.extract.helpers import served_crew

_TITLE = "Wrenfold: everything we know about ITV's new drama"
_LEDE = "Wrenfold arrives on ITV this spring."


def test_the_novel_of_the_same_name_credits_its_author() -> None:
    for sentence in (
        "It is adapted from the 2021 novel of the same name by Juniper Vane.",
        "The series is based on the novel of the same title by Juniper Vane.",
    ):
        assert ("author", "Juniper Vane") in served_crew(_LEDE, sentence, title=_TITLE), sentence
