"""A name that modifies the noun after it ("a Golden Harp award", "the Lumen+ star") is an award
or a company, never the actor of the part that follows."""

from __future__ import annotations

import pytest

from tests.extract.helpers import facts, pairs, served_pairs

_LEDE = "Filming has begun on new BBC Two drama Larkspur Row, with Maren Tully in the lead."


@pytest.mark.parametrize(
    "sentence",
    [
        "The Welsh actress, who won a Golden Harp award for her role as Elspeth Rann, said yes.",
        "Tully picked up a Northfield Screen Guild prize for her role as Elspeth Rann.",
        "She earned a Silver Lantern nomination for her turn as Elspeth Rann last spring.",
    ],
)
def test_an_award_is_no_actor(sentence: str) -> None:
    found = facts(_LEDE, sentence, title="Larkspur Row")
    assert not any(part == "Elspeth Rann" for _, part in pairs(found))


@pytest.mark.parametrize(
    "sentence",
    [
        "The Lumen Plus star has walked away from her role as DS Wren Callow.",
        "The Harbour TV actress is quitting her role as DS Wren Callow after two series.",
        "The Harbour TV star has walked away from her role as DS Wren Callow.",
    ],
)
def test_a_company_is_no_actor(sentence: str) -> None:
    found = facts(sentence, "Odile Farrant will not return to Gull Harbour.", title="Gull Harbour")
    assert not any(part == "Wren Callow" for _, part in pairs(found))


def test_an_actor_who_stars_as_a_part_still_plays_it() -> None:
    found = facts(_LEDE, "Ada Vale stars as Elspeth Rann, Ivy's sister.", title="Larkspur Row")
    assert ("Ada Vale", "Elspeth Rann") in served_pairs(found)


@pytest.mark.parametrize("owner", ["S4C’s", "E4’s", "Channel 5’s"])
def test_a_part_in_a_numbered_channels_work_is_another_works(owner: str) -> None:
    sentence = f"Ada Holt earned praise for her role as Elspeth Rann in {owner} Yr Harbwr."
    found = facts(_LEDE, sentence, title="Larkspur Row")
    assert ("Ada Holt", "Elspeth Rann") not in served_pairs(found)


def test_a_part_an_award_was_won_for_never_speaks() -> None:
    found = facts(
        _LEDE,
        "Tully, 31, plays Sergeant Ivy Dace.",
        "The Welsh actress, who won a Golden Harp award for her role as Elspeth Rann in S4C’s "
        "Yr Harbwr, said: “Ivy has spent her life running from that town.”",
        title="Larkspur Row",
    )
    assert all(q.speaker != "Elspeth Rann" for q in found.quotes)
