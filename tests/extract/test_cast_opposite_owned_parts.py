""" "X stars opposite Y as her partner, Z": whose partner "her" means decides who plays Z, and
only both genders would tell, so the casting is held (invented sentences); "X plays opposite Y as
Z" still gives X the part."""

from __future__ import annotations

from tests.extract.helpers import facts

_TITLE = "Nora Quill on Tern Reach"


def test_an_owned_part_after_opposite_is_held() -> None:
    found = facts(
        "Nora Quill leads the ITV drama Tern Reach as Inspector Ruth Dale.",
        "Quill stars opposite Ivo Sand as her partner, DS Tom Kerr, and Pia Lund as the mayor,"
        " Edith Crane.",
        title=_TITLE,
    )
    served = {(c.actor, c.character) for c in found.cast if c.served}
    assert ("Nora Quill", "DS Tom Kerr") not in served
    assert ("Pia Lund", "Edith Crane") in served


def test_a_plain_part_after_opposite_is_the_subjects() -> None:
    found = facts(
        "Nora Quill plays opposite Ivo Sand as Inspector Ruth Dale in the ITV drama Tern Reach.",
        title=_TITLE,
    )
    served = {(c.actor, c.character) for c in found.cast if c.served}
    assert ("Nora Quill", "Inspector Ruth Dale") in served
