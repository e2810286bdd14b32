"""A bracket of two works after a maker's name, then a crew verb ("X (Still Ingrid, Harbour
Glass) is directing"), lists the maker's earlier films: no part, even when its first title
ends in a first name the article gives someone else, who must stay free for their own credits.
A bracket of part and work with no crew verb after it is still a casting (invented sentences,
none of the corpus's names)."""

from __future__ import annotations

from tests.extract.helpers import facts, pairs, served_credits, served_pairs


def test_works_before_is_directing_give_no_part() -> None:
    found = facts(
        "Ingrid Pellow has written the script. Odran Veltcombe (Still Ingrid, Harbour Glass) is "
        "directing."
    )
    assert not pairs(found)
    assert {("writer", "Ingrid Pellow"), ("director", "Odran Veltcombe")} <= served_credits(found)


def test_works_before_a_trailing_directing_give_no_part() -> None:
    found = facts(
        "Ingrid Pellow has written the script, with Odran Veltcombe (Still Ingrid, Kettle Rise) "
        "directing."
    )
    assert not pairs(found)
    assert ("director", "Odran Veltcombe") in served_credits(found)


def test_a_part_and_its_work_in_brackets_stay_a_casting() -> None:
    found = facts(
        "Tavish Ormbrook (Nessa Drummock, Kettle Rise) returns for the finale.",
        title="Kettle Rise: the finale",
    )
    assert ("Tavish Ormbrook", "Nessa Drummock") in served_pairs(found)
