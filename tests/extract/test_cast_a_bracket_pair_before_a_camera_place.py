"""A film-maker's earlier work in brackets, then where the name stands on this one ("is behind
the camera", "will be at the helm"): a crew job, so the bracket is never served as a part."""

from __future__ import annotations

from tests.extract.helpers import facts, pairs, served_pairs

TITLE = "Everything we know about Harrowgate Deep"
LEDE = "Harrowgate Deep, the new coastal drama, starts filming in Fife next month."


def test_a_bracketed_work_before_behind_the_camera_is_not_a_part() -> None:
    found = facts(LEDE, "Tamsin Orrell-Vance (Greywater) is behind the camera.", title=TITLE)
    assert ("Tamsin Orrell-Vance", "Greywater") not in served_pairs(found)


def test_a_bracketed_work_before_at_the_helm_is_not_a_part() -> None:
    found = facts(LEDE, "Bram Kettleworth (Lowfield) will be at the helm again.", title=TITLE)
    assert ("Bram Kettleworth", "Lowfield") not in served_pairs(found)


def test_an_actor_and_part_in_brackets_before_a_playing_verb_still_served() -> None:
    found = facts(LEDE, "Nerys Paltrey (Ilse Corran) leads the ensemble.", title=TITLE)
    assert ("Nerys Paltrey", "Ilse Corran") in pairs(found)
