"""A full name whose camera does a camera's work in a review ("X’s camera lingers on ...") is the
cinematographer; the director's camera, a bare name's, or a camera that is only an object, is no
camera credit (invented sentences, none of the corpus's names)."""

from __future__ import annotations

from tests.extract.helpers import served_crew


def test_a_camera_that_finds_things_is_a_cinematographer_credit() -> None:
    served = served_crew("Tomasz Wielgosz’s camera finds a strange beauty in the car parks.")
    assert ("cinematographer", "Tomasz Wielgosz") in served


def test_a_camera_that_lingers_is_a_cinematographer_credit() -> None:
    served = served_crew(
        "The pacing sags, but Ines Varga's camera often lingers on hands and doors."
    )
    assert ("cinematographer", "Ines Varga") in served


def test_the_directors_camera_is_no_second_credit() -> None:
    served = served_crew(
        "The film is directed by Odile Brack from her own script.",
        "Odile Brack’s camera lingers on the estuary at dawn.",
    )
    assert ("director", "Odile Brack") in served
    assert ("cinematographer", "Odile Brack") not in served


def test_a_camera_as_an_object_is_no_credit() -> None:
    served = served_crew("Hallie Dunmore's camera was stolen on the first night, the heroine says.")
    assert ("cinematographer", "Hallie Dunmore") not in served


def test_a_camera_that_treats_a_place_is_a_cinematographer_credit() -> None:
    served = served_crew("Orrin Tull’s camera treats the harbour like a fourth sister.")
    assert ("cinematographer", "Orrin Tull") in served
    served = served_crew("Orrin’s camera treats the harbour like a fourth sister, she says.")
    assert not {name for role, name in served if role == "cinematographer"}


def test_a_camera_that_lets_scenes_breathe_is_a_cinematographer_credit() -> None:
    served = served_crew(
        "Halvard Mossberg shoots it all with patience, and Saoirse Quayle’s camera lets scenes "
        "breathe."
    )
    assert ("cinematographer", "Saoirse Quayle") in served
    served = served_crew("Saoirse Quayle's camera lets her down on the first night, she says.")
    assert ("cinematographer", "Saoirse Quayle") not in served
