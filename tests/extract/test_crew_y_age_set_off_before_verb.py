"""An age set off by commas between a name and its verb ("X, 41, edits the film") does not
stop the verb from crediting X; another verb after the age credits nobody (invented
articles)."""

from __future__ import annotations

from tests.extract.helpers import facts

_TITLE = "Harrowby film: meet the makers"
_LEDE = "The Harrowby film arrives in spring."


def _credits(sentence: str) -> set[tuple[str, str]]:
    return {(c.name, c.role.value) for c in facts(_LEDE, sentence, title=_TITLE).crew if c.served}


def test_an_age_before_the_verb() -> None:
    assert ("Mirela Tosk", "director") in _credits("Mirela Tosk, 41, directs the film.")
    assert ("Mirela Tosk", "composer") in _credits("Mirela Tosk, 29, wrote the film's score.")


def test_no_crew_verb_after_the_age() -> None:
    assert not _credits("Mirela Tosk, 41, grew up near the coast and loves it.")
