"""A part with its "played by" set off in dashes mid-sentence is that actor's casting:
"the film follows Ada's sister Bea – played by Y – as she moves away"."""

from __future__ import annotations

from tests.extract.helpers import facts, served_pairs


def test_en_dashed_played_by_after_a_described_part() -> None:
    found = facts(
        "Oren Blay said the story resumes as Tam's brother Ivo Drake – played by Sefton Rook – "
        "starts a new job.",
        title="Lantern Street sequel",
    )
    assert ("Sefton Rook", "Ivo Drake") in served_pairs(found)


def test_em_dashed_played_by_after_a_bare_part() -> None:
    found = facts(
        "The sequel opens a year on, when Wren Talley — played by Juno Adair — returns to "
        "Harrowby.",
        title="Lantern Street sequel",
    )
    assert ("Juno Adair", "Wren Talley") in served_pairs(found)


def test_dashed_played_by_with_an_actor_noun() -> None:
    found = facts(
        "Fans will finally meet Cass Merrow – played by newcomer Tilly Sand – in the second act.",
        title="Lantern Street sequel",
    )
    assert ("Tilly Sand", "Cass Merrow") in served_pairs(found)
