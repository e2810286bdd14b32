"""An actor who "had originally been announced as" a part and left, on invented text: a former
holder of the part, not its current one."""

from __future__ import annotations

from tests.extract.helpers import facts


def test_had_originally_been_announced_as_is_a_former_part() -> None:
    for text in (
        "Quell took over in May, after Bo Tully, who had originally been announced as Juno, "
        "left the production.",
        "Bo Tully had initially been cast as Juno but withdrew in the spring.",
    ):
        found = facts(
            "Copper Bay has a new Juno.",
            "Mira Quell will play Juno Hart in Copper Bay.",
            text,
            title="Copper Bay has a new Juno",
        )
        current = {(c.actor, c.status.value) for c in found.cast}
        assert ("Bo Tully", "current") not in current
