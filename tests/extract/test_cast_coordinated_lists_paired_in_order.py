"""Two lists paired in order that the pairing rule cannot read whole ("Fenwick, 31, and Dev
Sandhu, who ..., have spent years as Maisie Crane and Luke Pardoe"): the last actor is never
given the first part; a lone actor's "as X" stays served (invented sentences)."""

from __future__ import annotations

from tests.extract.helpers import facts, served_pairs

_LEDE = "Tidewater Road returns for its last series in the spring."


def test_the_last_actor_of_a_list_is_not_given_the_first_part() -> None:
    for sentence in (
        "Fenwick, 31, and Dev Sandhu, who turns 30 next week, have spent six years as Maisie "
        "Crane and Luke Pardoe, the feuding neighbours at the heart of the show.",
        "Fenwick and Dev Sandhu, both from Hull, have spent six years as Maisie Crane and Luke "
        "Pardoe.",
    ):
        found = served_pairs(facts(_LEDE, sentence))
        assert ("Dev Sandhu", "Maisie Crane") not in found, sentence


def test_a_lone_actor_as_a_part_stays_served() -> None:
    found = served_pairs(
        facts(_LEDE, "Dev Sandhu, who turns 30 next week, has spent six years as Luke Pardoe.")
    )
    assert ("Dev Sandhu", "Luke Pardoe") in found


def test_a_lone_actor_as_a_part_beside_another_name_stays_served() -> None:
    found = served_pairs(
        facts(_LEDE, "Dev Sandhu returns as Luke Pardoe and Orla Fenwick is back as Maisie Crane.")
    )
    assert ("Dev Sandhu", "Luke Pardoe") in found


def test_a_gapped_list_keeps_each_pair() -> None:
    found = served_pairs(
        facts(
            _LEDE,
            "Orla Fenwick is back as Maisie Crane and Dev Sandhu as Luke Pardoe and Tess Ambrose, "
            "and Ivo Lake returns as Gus.",
        )
    )
    assert ("Orla Fenwick", "Maisie Crane") in found
