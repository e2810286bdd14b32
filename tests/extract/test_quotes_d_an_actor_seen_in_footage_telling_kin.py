"""An actor seen in footage, then telling someone in the story the words ("X appears in the
trailer, telling her nephew “...”"): the part's line, not the actor's quote."""

from __future__ import annotations

from tests.extract.helpers import facts, served_quotes


def test_an_actor_in_the_trailer_telling_kin_is_a_line_of_the_work() -> None:
    found = facts(
        "Orchard Lane returns in June",
        "Orchard Lane returns on 6 June. Dilys Fenwick, who plays Tom's aunt Peg, appears"
        ' briefly in the new trailer, telling her nephew "Nothing in this house stays buried."',
    )
    assert not any(text.startswith("Nothing in") for text, _ in served_quotes(found))


def test_an_actor_in_the_trailer_telling_fans_is_still_quoted() -> None:
    found = facts(
        "Orchard Lane returns in June",
        "Orchard Lane returns on 6 June. Dilys Fenwick, who plays Tom's aunt Peg, appears"
        ' briefly in the new trailer, and told fans at the launch "We shot it all in the rain."',
    )
    assert any(text.startswith("We shot it") for text, _ in served_quotes(found))
