"""A cover shoot's credit line ("Styling: X") is page furniture, not a heading on another work;
and a run of roles before a name may qualify its last one ("Creator and head writer X")
(invented articles)."""

from __future__ import annotations

from tests.extract.helpers import served_crew

_TITLE = "Cover story: Brannagh Lusk is staying put"
_LEDE = "The wind on the headland is trying to take Brannagh Lusk's hat."


def test_a_styling_line_leaves_the_credits_after_it() -> None:
    crew = served_crew(
        _LEDE,
        "Styling: Hesketh Varn",
        "Lusk plays a widow in Kettle Marsh, Channel 4's six-part drama. It was created and"
        " written by Orla Quorle, and directed by Teodor Vasse.",
        title=_TITLE,
    )
    assert {("creator", "Orla Quorle"), ("director", "Teodor Vasse")} <= crew


def test_creator_and_head_writer_gives_both_roles() -> None:
    crew = served_crew(
        "Disney+ has released the first trailer for Kettle Marsh, its new fantasy series.",
        "Creator and head writer Owain Dunrathy has said he wanted the show to feel warm.",
        title="First look: Kettle Marsh trailer lands",
    )
    assert {("creator", "Owain Dunrathy"), ("writer", "Owain Dunrathy")} <= crew
