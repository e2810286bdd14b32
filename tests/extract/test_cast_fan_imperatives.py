"""A fan's imperative before a part's first name ("Give Bea a spin-off", "Protect Bea at all
costs") is no full name: the part stays Bea, cast to the actor the list gives, and "Give Bea"
is no actor."""

from __future__ import annotations

import pytest

from tests.extract.helpers import facts, served_pairs


@pytest.mark.parametrize(
    "comment",
    [
        "Give Bea a spin-off please, I'm asking nicely",
        "Protect Bea at all costs honestly",
        "Let Bea have one happy scene for once",
    ],
)
def test_a_fans_imperative_is_no_actor(comment: str) -> None:
    found = served_pairs(
        facts(
            "Quick facts about the Saltgrass film.",
            "Returning: Ada Vale (Mira), Tom Reed (Jay) and Lia Moss (Bea)",
            f"u/fan_person (300 points): Lia Moss deserves her own show. {comment}",
        )
    )
    assert ("Lia Moss", "Bea") in found
    assert not any(actor.split()[0] in {"Give", "Protect", "Let"} for actor, _ in found)
