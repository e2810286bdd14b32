"""A later clause whose subject is someone of a group ("and one of the crew hinted at") takes
the words after it from the earlier sayer: no one the sentence names says them."""

from __future__ import annotations

from tests.extract.helpers import facts

_LEDE = "Gullhaven series two: what we know about the return of the harbour drama."
_SAID = "Director Ada Vell has said only that the run is finished"


def _speaker(paragraph: str) -> str | None:
    found = facts(_LEDE, paragraph).quotes
    return next((q.speaker for q in found if q.text == "a winter launch" and q.served), None)


def test_one_of_the_crew_hinting_is_not_the_earlier_sayer() -> None:
    line = f"{_SAID}, and one of the crew hinted at “a winter launch” online."
    assert _speaker(line) in (None, "")


def test_some_of_the_young_cast_teasing_is_not_the_earlier_sayer() -> None:
    line = f"{_SAID}, but some of the young cast teased “a winter launch” online."
    assert _speaker(line) in (None, "")


def test_the_sayer_keeps_words_with_no_later_subject() -> None:
    line = f"{_SAID} and hinted at “a winter launch” online."
    assert _speaker(line) == "Ada Vell"
