"""The production told by its kind as the subject, its maker's clause pointing back at it ("The
series is written by X, who created it") credits X as creator as well as writer, and so does the
article's own title as the subject ("Harrow Lane is produced by X, who created it"); an "it" that
is some other thing ("a podcast by X, who created it") credits no creator (invented articles)."""

from __future__ import annotations

from tests.extract.helpers import facts

_TITLE = "Harrow Lane casts its leads"
_LEDE = "The BBC has cast the two leads of Harrow Lane, its new coastal drama."


def _credits(sentence: str) -> set[tuple[str, str]]:
    found = facts(_LEDE, sentence, title=_TITLE).crew
    return {(c.name, c.role.value) for c in found if c.served}


def test_the_series_by_its_creator() -> None:
    for sentence in (
        "The series is written by Ines Calloway, who created it, and shoots in Whitby.",
        "The show is run by Ines Calloway, who also created it.",
        "Harrow Lane is produced by Ines Calloway, who created it.",
    ):
        assert ("Ines Calloway", "creator") in _credits(sentence), sentence


def test_another_thing_created_is_no_creator_credit() -> None:
    for sentence in (
        "The series is based on a podcast by Ines Calloway, who created it in 2019.",
        "The series is adapted from a stage play by Ines Calloway, who created it in 2019.",
    ):
        assert ("Ines Calloway", "creator") not in _credits(sentence), sentence
