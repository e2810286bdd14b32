""" "A and B, the film's X and Y": two actors apposed to their two parts, in order."""

from __future__ import annotations

from tests.extract.helpers import facts, served_pairs


def test_pair_apposed_to_the_films_parts() -> None:
    found = facts(
        "Quillon Bay wrapped in Cornwall on Friday after a ten-week shoot.",
        "Oriel Pennock and Lenka Dravinsky, the film's Sabeth and Maud, shared a last swim.",
        title="Quillon Bay wraps filming",
    )
    assert {("Oriel Pennock", "Sabeth"), ("Lenka Dravinsky", "Maud")} <= served_pairs(found)


def test_pair_with_a_lowercase_apposition_is_no_casting() -> None:
    found = facts(
        "Quillon Bay wrapped in Cornwall on Friday after a ten-week shoot.",
        "Oriel Pennock and Lenka Dravinsky, the film's stars, shared a last swim.",
        title="Quillon Bay wraps filming",
    )
    assert not served_pairs(found)
