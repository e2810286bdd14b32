"""Another work of the same maker named before a casting ("the channel's other drama, X, ..."),
on invented text: that work's casting, not this article's."""

from __future__ import annotations

from tests.extract.helpers import facts, pairs


def test_a_casting_in_the_makers_other_work_is_dropped() -> None:
    for text, pair in (
        (
            'Glimmer\'s other coastal drama, "Tin Lid," returns in May, with Noel Cray back as '
            "skipper Hal Brisk.",
            ("Noel Cray", "skipper Hal Brisk"),
        ),
        (
            "The network's other new series, Marsh Lights, stars Tova Rees as Greta Moll.",
            ("Tova Rees", "Greta Moll"),
        ),
    ):
        found = pairs(
            facts(
                "Copper Bay wraps.",
                "Mira Quell plays Juno Hart in Copper Bay.",
                text,
                title="Copper Bay wraps filming",
            )
        )
        assert ("Mira Quell", "Juno Hart") in found
        assert pair not in found
        assert not any(actor == pair[0] for actor, _ in found)
