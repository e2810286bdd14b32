"""The actor telling of their own return: "X confirmed on Instagram that she's back as Y"."""

from __future__ import annotations

from tests.extract.helpers import facts, pairs, served_pairs

_TITLE = "Marrowgate film: everything we know"


def test_the_actor_confirming_she_is_back_as_the_part() -> None:
    found = facts(
        "- Perpetua Alsopp-Nwosu confirmed on her Instagram story that she's back as Gwenllian, "
        "so the whole gang is accounted for.",
        title=_TITLE,
    )
    assert ("Perpetua Alsopp-Nwosu", "Gwenllian") in served_pairs(found)


def test_back_in_a_place_is_no_part() -> None:
    found = facts(
        "Perpetua Alsopp-Nwosu confirmed that she's back in Cardiff as of Monday.", title=_TITLE
    )
    assert not any(actor == "Perpetua Alsopp-Nwosu" for actor, _ in pairs(found))
