"""A set diary's "wrote our script" credits the writer as "wrote the script" does, and "takes
over behind the camera" the director as "is behind the camera" does; "wrote to our producer"
and "takes over the catering" credit nothing (invented articles)."""

from __future__ import annotations

from tests.extract.helpers import facts

_TITLE = "Larkhollow set diary: the last week"
_LEDE = "The last week of the Larkhollow shoot, day by day."


def _crew(sentence: str) -> set[tuple[str, str]]:
    return {(c.name, c.role.value) for c in facts(_LEDE, sentence, title=_TITLE).crew if c.served}


def test_our_script_and_behind_the_camera() -> None:
    assert ("Greta Vance", "writer") in _crew("Greta Vance, who wrote our script, gave a speech.")
    assert ("Tom Hale", "director") in _crew("This time Tom Hale takes over behind the camera.")


def test_near_phrases_credit_nothing() -> None:
    assert not _crew("Greta Vance, who wrote to our runner, gave a speech.")
    assert not _crew("This time Tom Hale takes over the catering van.")
