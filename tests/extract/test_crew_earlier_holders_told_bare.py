"""A predecessor told by a numbered run ("takes over from series one director X"), earlier
directors told bare ("earlier directors A and B") (invented text, none of the corpus's
names)."""

from __future__ import annotations

from tests.extract.helpers import credits, facts


def test_a_predecessor_of_a_numbered_run_is_not_ours() -> None:
    found = facts(
        "Brackenfall returns to Channel 4 in May.",
        "Series two will be directed by Orrin Skelbrook, who takes over from series one "
        "director "
        "Wilma Thrushgate.",
    )
    assert ("director", "Orrin Skelbrook") in credits(found)
    assert ("director", "Wilma Thrushgate") not in credits(found)


def test_earlier_directors_told_bare_are_not_ours() -> None:
    found = facts(
        "Brackenfall opens in May, directed by Orrin Skelbrook.",
        "“My job was not to break it,” he says, referring to earlier directors Wilma Thrushgate "
        "and Peder Quist.",
    )
    assert credits(found) == {("director", "Orrin Skelbrook")}
