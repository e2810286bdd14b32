"""A possessive part whose clause puts it in another work ("since Ada Crane's Sergeant Pike walked
into Elmgate in The Burning Field", "Ada Crane's Dr Grey did in the 1971 thriller Glass Hours")
is that work's part, not a casting in ours; a possessive part with no other work in its clause
stays (invented articles)."""

from __future__ import annotations

from tests.extract.helpers import facts

_TITLE = "Column: why Larkhollow needs a big screen"
_LEDE = "Larkhollow is the film of the summer."


def _cast(sentence: str) -> set[tuple[str, str]]:
    found = facts(_LEDE, sentence, title=_TITLE).cast
    return {(c.actor, c.character) for c in found if c.served}


def test_a_possessive_part_in_another_works_clause_is_not_ours() -> None:
    for sentence in (
        "Rin Soto, as the smiling Reverend Tull, is the scariest vicar since Ada Crane’s"
        " Sergeant Pike walked into Elmgate in The Burning Field, and I mean that.",
        "Rin Soto, as the smiling Reverend Tull, is as cold as Ada Crane's Dr Grey was in the 1971"
        " thriller Glass Hours.",
    ):
        cast = _cast(sentence)
        assert not any(actor == "Ada Crane" for actor, _ in cast), sentence
        assert ("Rin Soto", "Reverend Tull") in cast, sentence


def test_a_possessive_part_with_no_other_work_stays() -> None:
    sentence = "Ada Crane’s Dr Pike walks into Elmgate in the rain, and the film never recovers."
    assert ("Ada Crane", "Dr Pike") in _cast(sentence)
