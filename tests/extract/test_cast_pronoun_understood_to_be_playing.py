"""A newcomer named with an earlier credit in a genre-led title ("in the BBC drama Salt Lane"),
then a hedged pronoun casting: "He is understood to be playing Y", "She is believed to play Y".
The title after a genre noun is a work, not a second person, so the pronoun means the actor."""

from __future__ import annotations

import pytest

from tests.extract.helpers import facts, served_pairs


@pytest.mark.parametrize(
    ("before", "after"),
    [
        (
            "Among the new faces on set was Tobin Haskey, 23, who played a young thief in the "
            "ITV thriller Salt Lane.",
            "He is understood to be playing Wilf Marden, Ivo’s cousin.",
        ),
        (
            "Spotted outside the chip shop was Lorna Pitcairn, 31, best remembered as a medic in "
            "the drama Harbour Ward.",
            "She is believed to be playing Wilf Marden.",
        ),
        (
            "Also on the call sheet was Tobin Haskey, who starred in the sitcom Dray Street.",
            "He is thought to play Wilf Marden.",
        ),
        (
            "Newcomer Lorna Pitcairn has joined the film.",
            "She will be playing Wilf Marden.",
        ),
    ],
)
def test_hedged_pronoun_casting_after_a_genre_led_credit(before: str, after: str) -> None:
    found = facts("Greyhithe film: set report.", f"{before} {after}")
    assert {pair[1] for pair in served_pairs(found)} == {"Wilf Marden"}
    assert len(served_pairs(found)) == 1
    assert next(iter(served_pairs(found)))[0] in {"Tobin Haskey", "Lorna Pitcairn"}


def test_a_title_after_a_genre_noun_is_nobody_a_pronoun_means() -> None:
    found = facts(
        "Greyhithe film: set report.",
        "The crew had just come from the drama Harbour Ward. He is playing Wilf Marden.",
    )
    assert not served_pairs(found)
