"""A part described as someone "of" a place names the person after it, never the place; a
leaver "replacing" someone takes the successor's part, not a part told in an aside."""

from __future__ import annotations

from bot.facts import CastStatus
from tests.extract.helpers import facts, pairs, served_pairs, served_statuses


def test_the_mayor_of_a_town_then_the_name() -> None:
    found = facts(
        "Shooting began near the hamlet of Dorrow. The cast is completed by Dana Velko "
        "as the ambitious mayor of Dorrow, Marta Holub."
    )
    assert served_pairs(found) == {("Dana Velko", "Marta Holub")}


def test_the_warden_of_a_town_the_article_films_in() -> None:
    found = facts(
        "Filming moved to a farm outside Brackwater last week. Sela Maund is cast as the "
        "weary warden of Brackwater, Ottilie Crane."
    )
    assert served_pairs(found) == {("Sela Maund", "Ottilie Crane")}


def test_the_priest_of_a_parish_then_the_name_mid_sentence() -> None:
    """Nothing tells Lenby a place: the name is read, but held (it may be whom "of" names)."""
    found = facts(
        "Ivo Renner appears as the gentle priest of Lenby, Father Osric Vale, in the third "
        "episode of the drama."
    )
    assert pairs(found) == {("Ivo Renner", "Father Osric Vale")}
    assert not any(part == "Lenby" for _, part in pairs(found))


def test_replacing_takes_the_successors_part_not_an_aside_casting() -> None:
    found = facts(
        "The drama has recast a role. Maren Oakes will play Ivy Dunmore, a singer Hal Brisk "
        "(Tobias Wren) meets at a summer camp, replacing Petra Lind, who was announced in "
        "the part in May.",
        "Wren has played Hal since the first season.",
    )
    statuses = served_statuses(found)
    assert ("Petra Lind", "Hal Brisk") not in statuses
    assert statuses.get(("Petra Lind", "Ivy Dunmore")) is CastStatus.FORMER


def test_after_a_leaver_exited_takes_the_successors_part() -> None:
    found = facts(
        "Jonas Pike will now play Edda Roan, the sister Kit Mallory (Bea Sandor) never knew "
        "she had, after Lorna Fisk exited the film over a clash.",
        "Sandor has played Kit since the start.",
    )
    statuses = served_statuses(found)
    assert ("Lorna Fisk", "Kit Mallory") not in statuses
