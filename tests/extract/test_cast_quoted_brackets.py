"""A bracket pair that is a whole quotation ("the “Lumen (Night Mix)” singalong") is a title,
not a casting."""

from __future__ import annotations

from tests.extract.helpers import facts, pairs, served_pairs


def test_quoted_bracket_pair_is_a_title() -> None:
    found = facts(
        "Wyncote opens on Friday. Tilda Vancroft (Marra) leads the cast.",
        'The thread for the "Brannow (Harbour Version)" singalong is pinned below.',
        title="Wyncote megathread",
    )
    assert not any(actor == "Harbour Version" for actor, _ in pairs(found))
    assert ("Tilda Vancroft", "Marra") in served_pairs(found)
