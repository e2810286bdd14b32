"""Crew on invented text (review 124): a holder said to be out of the new work is no credit of
it whether the post opens the sentence or not ("Director Ines Garrow won't be back"), while a
holder said to stay is still credited; a name is matched whole among the holders named."""

from __future__ import annotations

from tests.extract.helpers import served_crew

_LEDE = "Brackwater, the finale of the coastal drama Saltings, opens on Friday."


def test_a_post_opening_the_sentence_out_of_the_work_is_no_credit() -> None:
    for line in (
        "Director Ines Garrow won't be back for the finale.",
        "Writer Ines Garrow is not returning, though her outline was kept.",
    ):
        found = served_crew(_LEDE, "Pell Arno wrote and directed the finale.", line)
        assert not {name for _, name in found} & {"Ines Garrow"}, line


def test_a_holder_said_to_stay_is_still_credited() -> None:
    found = served_crew(_LEDE, "Director Ines Garrow is back for the finale.")
    assert ("director", "Ines Garrow") in found


def test_a_name_inside_a_longer_holders_name_is_still_credited() -> None:
    found = served_crew(
        _LEDE,
        "The finale is directed by Ines Garr. Director Ines Garrow won't be back for it.",
    )
    assert ("director", "Ines Garr") in found
