"""A bracketed list of who came to a premiere, gala or screening names the people there, so
each pair is the actor, then the part: "Among those on the carpet were Ada Vale (Mira Holt)".
Story prose before it ("the film about Mira Holt (Ada Vale)") does not turn it round."""

from __future__ import annotations

from tests.extract.helpers import facts
from tests.extract.helpers import served_pairs as served

_LEDE = (
    "The stars of “Lanterns at Dusk” arrived in Leeds on Monday for the premiere of the film "
    "about Mara Quill (Tess Arden) and Owen Vale (Ravi Stroud)."
)


def test_among_those_on_the_carpet_were_lists_actors_first() -> None:
    found = facts(
        _LEDE,
        "Among those on the carpet were Dina Holloway (Pip Garner), Marcus Bell (Ivo Stane) "
        "and Greta Lind, who plays Owen's aunt, June Vale.",
    )
    assert {("Dina Holloway", "Pip Garner"), ("Marcus Bell", "Ivo Stane")} <= served(found)
    assert not {("Pip Garner", "Dina Holloway"), ("Ivo Stane", "Marcus Bell")} & served(found)


def test_guests_at_the_gala_included_lists_actors_first() -> None:
    found = facts(
        _LEDE,
        "Guests at the gala included Dina Holloway (Pip Garner) and Marcus Bell (Ivo Stane).",
    )
    assert {("Dina Holloway", "Pip Garner"), ("Marcus Bell", "Ivo Stane")} <= served(found)
    assert not {("Pip Garner", "Dina Holloway"), ("Ivo Stane", "Marcus Bell")} & served(found)


def test_in_attendance_at_the_screening_were_lists_actors_first() -> None:
    found = facts(
        _LEDE,
        "Also in attendance at the screening were Dina Holloway (Pip Garner) and Marcus Bell "
        "(Ivo Stane).",
    )
    assert {("Dina Holloway", "Pip Garner"), ("Marcus Bell", "Ivo Stane")} <= served(found)
    assert not {("Pip Garner", "Dina Holloway"), ("Ivo Stane", "Marcus Bell")} & served(found)


def test_story_prose_still_glosses_a_part_with_its_actor() -> None:
    found = facts(_LEDE)
    assert {("Tess Arden", "Mara Quill"), ("Ravi Stroud", "Owen Vale")} <= served(found)
