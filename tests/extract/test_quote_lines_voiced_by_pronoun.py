"""Quotes on invented text: in a piece about a trailer, a line given with a pronoun's voicing
("His growled “...”") right after the actor "returns as" a part is the part's line in the
footage, held, not the actor's remark."""

from __future__ import annotations

from tests.extract.helpers import facts, served_quotes

_TITLE = "The Brinmoor trailer: five things we spotted"


def test_a_growled_line_after_an_actor_returns_as_a_part_is_held() -> None:
    found = facts(
        "The full trailer for the second season of Brinmoor is out.",
        "3. Treluck is still watching",
        "Oddvar Thornquist returns as Constable Treluck. His growled “Nobody walks off this"
        " moor, Ilsa” suggests the feud is heating up.",
        date="2026-05-12",
        title=_TITLE,
    )
    assert not served_quotes(found), served_quotes(found)


def test_the_actor_talking_of_the_trailer_stays_quoted() -> None:
    found = facts(
        "The full trailer for the second season of Brinmoor is out.",
        "Oddvar Thornquist returns as Constable Treluck. He told us: “I grew the beard for it.”",
        date="2026-05-12",
        title=_TITLE,
    )
    assert served_quotes(found) == [("I grew the b", "Oddvar Thornquist")]
