"""An actor's part to come in another work, told in a clause on that work ("the new play
“Salt Year”, in which Vale is set to play the lead, Mira Holt"), is that work's, not the
article's own."""

from __future__ import annotations

import pytest

from tests.extract.helpers import facts, served_pairs

_LEAD = (
    "Ada Vale has left the Quill Lane film after a scheduling clash.",
    "Ada Vale, who was cast as newcomer Rhea Stone in June, has stepped away from Quill Lane. "
    "Tom Reed plays Ivo Marsh in the film.",
)


@pytest.mark.parametrize(
    "sentence",
    [
        "The clash is the Globe’s new play “Salt Year”, in which Vale is set to play the lead, "
        "Mira Holt, from March.",
        'She is off to the opera house’s staging of "Salt Year", in which Vale will play '
        "Mira Holt for the winter run.",
        "The reason is Salt Year, in which Ada Vale is due to play Mira Holt next spring.",
    ],
)
def test_a_part_to_come_in_another_work_is_not_ours(sentence: str) -> None:
    found = facts(*_LEAD, sentence, title="Ada Vale exits the Quill Lane film")
    assert ("Tom Reed", "Ivo Marsh") in served_pairs(found)
    assert ("Ada Vale", "Mira Holt") not in served_pairs(found)


def test_our_own_work_in_such_a_clause_still_casts() -> None:
    found = facts(
        "The Quill Lane film has found its lead.",
        "The part is in Quill Lane, in which Ada Vale will play Mira Holt from March.",
        title="Ada Vale joins the Quill Lane film",
    )
    assert ("Ada Vale", "Mira Holt") in served_pairs(found)
