"""Earlier directors told bare ("earlier directors A and B") (invented text, none of the corpus's
names)."""

from __future__ import annotations

from tests.extract.helpers import credits, facts


def test_earlier_directors_told_bare_are_not_ours() -> None:
    found = facts(
        "Brackenfall opens in May, directed by Orrin Skelbrook.",
        "“My job was not to break it,” he says, referring to earlier directors Wilma Thrushgate "
        "and Peder Quist.",
    )
    assert credits(found) == {("director", "Orrin Skelbrook")}
