"""A recap's stage direction before a part ("Cue Ada's voiceover") is no first name: the part
given with its actor in brackets ("Ada (Rin Soto)") stays the right way round (invented
articles)."""

from __future__ import annotations

from tests.extract.helpers import facts

_TITLE = "Larkhollow trailer: things we learned"
_LEDE = "The Larkhollow trailer is out."


def _cast(*paragraphs: str) -> set[tuple[str, str]]:
    found = facts(_LEDE, *paragraphs, title=_TITLE).cast
    return {(c.actor, c.character) for c in found if c.served}


def test_a_cue_before_a_part_is_no_name() -> None:
    for line in ("Cue Ada's voiceover: \"We'll manage.\"", "Cue Ada, crying on a platform."):
        cast = _cast("The opening shot is Ada (Rin Soto) on a train.", line)
        assert ("Rin Soto", "Ada") in cast, line
        assert not any(actor.startswith("Cue") for actor, _ in cast), line


def test_a_plain_bracketed_part_stays() -> None:
    assert ("Rin Soto", "Ada") in _cast("The opening shot is Ada (Rin Soto) on a train.")
