"""A part's first name doing something now ("Mira is driving") shows the owned two-word name
("Ada Vale's Mira Holt is seen ...") is a person, not a title; without it, an owned two-word
name before "is" is still read as a possible title (invented articles)."""

from __future__ import annotations

from bot.extract.alone_names import names_said_alone
from tests.extract.helpers import facts

_TITLE = "Ferrow Lane trailer: ten things we spotted"
_LEDE = "Netflix has released the trailer for Ferrow Lane, the drama's final season."
_OWNED = "Petra Vance’s Oona Quill is seen behind the wheel of a rusty van."


def _cast(body: str) -> set[tuple[str, str]]:
    return {(c.actor, c.character) for c in facts(_LEDE, body, title=_TITLE).cast if c.served}


def test_a_first_name_doing_something_is_a_persons() -> None:
    assert "Oona" in names_said_alone("3. Oona is driving\nThe van is hers.")
    assert ("Petra Vance", "Oona Quill") in _cast(f"3. Oona is driving\n{_OWNED}")


def test_without_it_the_owned_name_may_be_a_title() -> None:
    assert "Oona" not in names_said_alone("Oona Quill is streaming now.")
    assert ("Petra Vance", "Oona Quill") not in _cast(_OWNED)
