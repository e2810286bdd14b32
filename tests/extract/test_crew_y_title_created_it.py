"""The production told by its own title as the subject, its writer's clause pointing back at it
("Title is written by X, who also created it"), credits X as creator; another title's clause
does not (invented articles)."""

from __future__ import annotations

from tests.extract.helpers import facts

_TITLE = "Larkhollow: the cast on the new series"
_LEDE = "Larkhollow returns to the BBC in the spring."


def _crew(sentence: str) -> set[tuple[str, str]]:
    return {(c.name, c.role.value) for c in facts(_LEDE, sentence, title=_TITLE).crew if c.served}


def test_our_title_created_it() -> None:
    crew = _crew("Larkhollow is written by Greta Vance, who also created it, and shot in Hull.")
    assert ("Greta Vance", "creator") in crew


def test_another_title_created_it() -> None:
    crew = _crew("Tin Lane is written by Greta Vance, who also created it.")
    assert ("Greta Vance", "creator") not in crew
