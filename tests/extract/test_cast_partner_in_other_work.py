"""A scene partner's part in another named work ("in Lumen, playing X opposite Y’s Z"), on
invented text: Y's part belongs to that work, not to this article's."""

from __future__ import annotations

from tests.extract.helpers import facts, pairs


def test_a_partners_part_in_another_work_is_dropped() -> None:
    for text in (
        "Last spring Quell was at the Lyceum in The Glass Harbour, playing Ines opposite "
        "Noel Cray’s Captain Brisk.",
        "She spent the winter playing Ines opposite Noel Cray's Captain Brisk in Quayside.",
    ):
        found = pairs(
            facts(
                "Copper Bay: meet its star.",
                "Mira Quell will play Juno Hart in Copper Bay.",
                text,
                title="Copper Bay: meet Mira Quell",
            )
        )
        assert ("Mira Quell", "Juno Hart") in found
        assert ("Noel Cray", "Captain Brisk") not in found
