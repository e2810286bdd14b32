"""The director told in an absolute phrase: "A directs the opening episodes, with B behind the
camera for the rest" (after a clause of directing only); a role noun before the name keeps its
own role."""

from __future__ import annotations

from tests.extract.helpers import credits, facts


def test_with_a_name_behind_the_camera_credits_the_director() -> None:
    found = facts(
        "Lena Voss helms the first two episodes, with Dario Kent behind the camera for the "
        "final four.",
        "Shooting resumes in Glasgow next week, with Pia Brandt and Olu Adeyemi behind the camera.",
    )
    assert {("director", "Lena Voss"), ("director", "Dario Kent")} <= credits(found)
    # on a clause of the shoot, "behind the camera" may be the director or the one at the camera
    assert not {("director", "Pia Brandt"), ("director", "Olu Adeyemi")} & credits(found)


def test_a_role_noun_before_the_name_keeps_its_role() -> None:
    found = facts("The series stars Mina Hart, with cinematographer Ravi Sol behind the camera.")
    assert ("director", "Ravi Sol") not in credits(found)


def test_the_articles_cinematographer_behind_the_camera_is_no_director() -> None:
    found = facts(
        "Cinematographer Ravi Sol returns for the second season.",
        "Shooting starts in April, with Sol behind the camera once again.",
        "Director of photography Nell Ames is back too, and Ames is behind the camera for the "
        "finale.",
    )
    assert ("director", "Ravi Sol") not in credits(found)
    assert ("director", "Nell Ames") not in credits(found)
    assert {("cinematographer", "Ravi Sol"), ("cinematographer", "Nell Ames")} <= credits(found)
